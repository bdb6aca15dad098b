import type { Command } from "../types";
import { parseShort } from "./args";
import { lines, readInputs } from "./io";
import type { CommandContext } from "../types";

/** Files under the given paths (directories walked in name order), as grep -r visits them. */
function expandRecursive(paths: string[], ctx: CommandContext): string[] {
  const out: string[] = [];
  const walk = (p: string, depth: number) => {
    if (out.length > 5000 || depth > 32) return;
    const abs = ctx.resolve(p);
    let isDir = false;
    try {
      isDir = ctx.host.fs.stat(abs).type === "dir";
    } catch {
      out.push(p);
      return;
    }
    if (!isDir) return void out.push(p);
    for (const n of ctx.host.fs.readdir(abs)) walk(p === "." ? n : `${p.replace(/\/$/, "")}/${n}`, depth + 1);
  };
  for (const p of paths) walk(p, 0);
  return out;
}

/** grep with the options exam takers use: -i -v -c -E -q -n -o -w -l -A -B -C -e. */
export const grep: Command = {
  name: "grep",
  usage: "grep [OPTION]... PATTERN [FILE]...",
  run(argv, ctx) {
    const { flags, values, operands: ops } = parseShort(argv, "ABCe");
    // Every -e adds a pattern; -r/-R search directories.
    const patterns: string[] = [];
    for (let i = 1; i < argv.length; i++) {
      if (argv[i] === "--") break;
      if (argv[i] === "-e") patterns.push(argv[++i] ?? "");
      else if (/^-[^-]*e./.test(argv[i]) && !/[ABC]/.test(argv[i].slice(1, argv[i].indexOf("e")))) patterns.push(argv[i].slice(argv[i].indexOf("e") + 1));
    }
    let operands = ops;
    if (patterns.length === 0 && values.e === undefined && operands.length) patterns.push(operands.shift()!);
    const pattern = patterns.length ? patterns.join("\n") : undefined;
    if (flags.has("r") || flags.has("R")) operands = expandRecursive(operands.length ? operands : ["."], ctx);
    if (pattern === undefined) {
      ctx.err("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n");
      return 2;
    }
    // Basic regex: \| is alternation, + ? ( ) { } are literal unless -E.
    const one = (p: string) => {
      if (flags.has("F")) return p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      return flags.has("E") ? p : p.replace(/\\\|/g, "\u0000").replace(/([+?(){}|])/g, "\\$1").replace(/\u0000/g, "|");
    };
    let source = pattern.split("\n").map(one).join("|");
    if (flags.has("w")) source = `(?<![\\w])(?:${source})(?![\\w])`;
    let re: RegExp;
    try {
      re = new RegExp(source, flags.has("i") ? "gi" : "g");
    } catch {
      ctx.err("grep: Unmatched ( or \\(\n");
      return 2;
    }
    const after = Number(values.A ?? values.C ?? 0);
    const before = Number(values.B ?? values.C ?? 0);
    const multi = (operands.length > 1 || flags.has("r") || flags.has("R")) && !flags.has("h");
    let matchedAny = false;
    const code = readInputs("grep", operands, ctx, (text, label) => {
      const ls = lines(text);
      const hits = ls.map((l) => {
        re.lastIndex = 0;
        return re.test(l) !== flags.has("v");
      });
      const count = hits.filter(Boolean).length;
      if (count) matchedAny = true;
      if (flags.has("q")) return;
      const prefix = (i: number, sep: string) => (multi ? `${label}${sep}` : "") + (flags.has("n") ? `${i + 1}${sep}` : "");
      if (flags.has("l")) return count && ctx.out(label + "\n");
      if (flags.has("c")) return ctx.out(prefix(-1, ":").replace(/0:$/, "") + `${count}\n`);
      let lastPrinted = -1;
      const show = new Set<number>();
      hits.forEach((h, i) => {
        if (!h) return;
        for (let j = Math.max(0, i - before); j <= Math.min(ls.length - 1, i + after); j++) show.add(j);
      });
      [...show].sort((a, b) => a - b).forEach((i) => {
        if ((before || after) && lastPrinted >= 0 && i > lastPrinted + 1) ctx.out("--\n");
        lastPrinted = i;
        if (flags.has("o") && hits[i] && !flags.has("v")) {
          for (const m of ls[i].matchAll(re)) if (m[0]) ctx.out(prefix(i, ":") + m[0] + "\n");
          return;
        }
        ctx.out(prefix(i, hits[i] ? ":" : "-") + ls[i] + "\n");
      });
    });
    if (code) return 2;
    return matchedAny ? 0 : 1;
  },
};
