import type { Command } from "../types";
import { parseShort } from "./args";
import { lines, readInputs } from "./io";

/** grep with the options exam takers use: -i -v -c -E -q -n -o -w -l -A -B -C -e. */
export const grep: Command = {
  name: "grep",
  usage: "grep [OPTION]... PATTERN [FILE]...",
  run(argv, ctx) {
    const { flags, values, operands } = parseShort(argv, "ABCe");
    const pattern = values.e ?? operands.shift();
    if (pattern === undefined) {
      ctx.err("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n");
      return 2;
    }
    // Basic regex: \| is alternation, + ? ( ) { } are literal unless -E.
    let source = flags.has("E") ? pattern : pattern.replace(/\\\|/g, "\u0000").replace(/([+?(){}|])/g, "\\$1").replace(/\u0000/g, "|");
    if (flags.has("F")) source = pattern.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
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
    const multi = operands.length > 1;
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
