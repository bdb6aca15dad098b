import type { Command } from "../types";
import { fsErrorText } from "../paths";
import { lines } from "./io";

/** One sed command: an optional address (line number, $ or /regex/) and s, p, d. */
interface SedCommand {
  address?: { line?: number; last?: boolean; re?: RegExp };
  op: "s" | "p" | "d";
  re?: RegExp;
  replacement?: string;
  global?: boolean;
  print?: boolean;
}

/** Converts a POSIX basic regex to a JS one: \( \) \{ \} \+ \? \| are the operators. */
function bre(src: string, extended: boolean): string {
  if (extended) return src;
  return src.replace(/\\([(){}+?|])|([(){}+?|])/g, (_m, esc, plain) => (esc ? esc : `\\${plain}`));
}

function parseScript(script: string, extended: boolean): SedCommand[] | string {
  const cmds: SedCommand[] = [];
  for (const part of script.split(/;|\n/).map((p) => p.trim()).filter(Boolean)) {
    let rest = part;
    const cmd: Partial<SedCommand> = {};
    const addr = /^(\d+|\$|\/((?:\\.|[^/])*)\/)/.exec(rest);
    if (addr) {
      cmd.address = addr[1] === "$" ? { last: true } : addr[2] !== undefined ? { re: new RegExp(bre(addr[2], extended)) } : { line: Number(addr[1]) };
      rest = rest.slice(addr[0].length).trimStart();
    }
    if (rest === "p" || rest === "d") {
      cmds.push({ ...cmd, op: rest });
      continue;
    }
    if (rest.startsWith("s") && rest.length > 1) {
      const delim = rest[1];
      const pieces: string[] = [];
      let cur = "";
      for (let i = 2; i < rest.length; i++) {
        if (rest[i] === "\\" && rest[i + 1] === delim) {
          cur += delim;
          i++;
        } else if (rest[i] === delim) {
          pieces.push(cur);
          cur = "";
        } else cur += rest[i];
      }
      pieces.push(cur);
      if (pieces.length < 3) return `-e expression #1, char ${part.length}: unterminated \`s' command`;
      const flags = pieces[2];
      try {
        cmds.push({ ...cmd, op: "s", re: new RegExp(bre(pieces[0], extended), flags.includes("g") ? "g" : flags.includes("I") ? "i" : ""), replacement: pieces[1], global: flags.includes("g"), print: flags.includes("p") });
      } catch {
        return `-e expression #1, char ${part.length}: Invalid preceding regular expression`;
      }
      continue;
    }
    return `-e expression #1, char ${part.length}: unknown command: \`${rest[0] ?? ""}'`;
  }
  return cmds;
}

function replacement(template: string, match: string[]): string {
  return template.replace(/\\(\d)|&|\\n|\\&/g, (m, d) => (m === "&" ? match[0] : m === "\\&" ? "&" : m === "\\n" ? "\n" : (match[Number(d)] ?? "")));
}

function run(text: string, cmds: SedCommand[], quiet: boolean): string {
  const ls = lines(text);
  let out = "";
  ls.forEach((line, idx) => {
    let cur = line;
    let deleted = false;
    for (const c of cmds) {
      const a = c.address;
      if (a && !(a.line === idx + 1 || (a.last && idx === ls.length - 1) || (a.re && a.re.test(cur)))) continue;
      if (c.op === "d") {
        deleted = true;
        break;
      }
      if (c.op === "p") out += cur + "\n";
      if (c.op === "s" && c.re) {
        c.re.lastIndex = 0;
        const before = cur;
        cur = cur.replace(c.re, (...m) => replacement(c.replacement ?? "", m.slice(0, -2) as string[]));
        if (c.print && cur !== before) out += cur + "\n";
      }
    }
    if (!deleted && !quiet) out += cur + "\n";
  });
  return out;
}

export const sed: Command = {
  name: "sed",
  usage: "sed [-n] [-i] [-E] [-e SCRIPT | SCRIPT] [FILE]...",
  run(argv, ctx) {
    let quiet = false;
    let inPlace = false;
    let extended = false;
    const scripts: string[] = [];
    const files: string[] = [];
    for (let i = 1; i < argv.length; i++) {
      const a = argv[i];
      if (a === "-n") quiet = true;
      else if (a === "-i" || a.startsWith("-i")) inPlace = true;
      else if (a === "-E" || a === "-r") extended = true;
      else if (a === "-e") scripts.push(argv[++i] ?? "");
      else if (!scripts.length && !a.startsWith("-")) scripts.push(a);
      else files.push(a);
    }
    if (!scripts.length) {
      ctx.err("Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n");
      return 1;
    }
    const cmds = parseScript(scripts.join("\n"), extended);
    if (typeof cmds === "string") {
      ctx.err(`sed: ${cmds}\n`);
      return 1;
    }
    if (!files.length) {
      if (inPlace) {
        ctx.err("sed: no input files\n");
        return 1;
      }
      ctx.out(run(ctx.stdin, cmds, quiet));
      return 0;
    }
    let code = 0;
    for (const f of files) {
      const path = ctx.resolve(f);
      try {
        const result = run(ctx.host.fs.readFile(path), cmds, quiet);
        if (inPlace) ctx.host.fs.writeFile(path, result);
        else ctx.out(result);
      } catch (e) {
        ctx.err(`sed: can't read ${f}: ${fsErrorText(e)}\n`);
        code = 2;
      }
    }
    return code;
  },
};
