import type { Command } from "../types";
import { fsErrorText } from "../paths";
import { lines } from "./io";

/**
 * GNU sed's everyday subset: addresses (N, $, /re/, ranges, `!`), commands s (g, p, N, I), p, d,
 * q, =, a, i, c, y and `{ }` blocks; options -n, -e, -E/-r, -i[SUFFIX]. Errors as GNU words them.
 */

type Addr = { line: number } | { last: true } | { re: RegExp };

interface Cmd {
  a1?: Addr;
  a2?: Addr;
  neg: boolean;
  op: string;
  re?: RegExp;
  replacement?: string;
  global?: boolean;
  nth?: number;
  print?: boolean;
  text?: string;
  from?: string;
  to?: string;
  block?: Cmd[];
  /** Index of this command, for range state. */
  id: number;
}

class SedError extends Error {}

/** POSIX basic regex → JavaScript: \( \) \{ \} \+ \? \| are the operators; ( ) { } + ? | are literal. */
function toJs(src: string, extended: boolean): string {
  const classes: Record<string, string> = { "[:space:]": "\\s", "[:digit:]": "0-9", "[:alpha:]": "A-Za-z", "[:alnum:]": "A-Za-z0-9", "[:upper:]": "A-Z", "[:lower:]": "a-z", "[:blank:]": " \\t" };
  let s = src;
  for (const [k, v] of Object.entries(classes)) s = s.split(k).join(v);
  if (extended) return s;
  return s.replace(/\\([(){}+?|])|([(){}+?|])/g, (_m, esc, plain) => (esc ? esc : `\\${plain}`));
}

function parse(script: string, extended: boolean): Cmd[] {
  let i = 0;
  let nextId = 0;
  const err = (msg: string, at = i): never => {
    throw new SedError(`-e expression #1, char ${at}: ${msg}`);
  };
  const skipWs = () => {
    while (i < script.length && (script[i] === " " || script[i] === "\t")) i++;
  };
  const regex = (delim: string, flags = ""): RegExp => {
    let src = "";
    i++;
    while (i < script.length && script[i] !== delim) {
      if (script[i] === "\\" && script[i + 1] === delim) {
        src += delim;
        i += 2;
        continue;
      }
      if (script[i] === "\\" && i + 1 < script.length) {
        src += script.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (script[i] === "\n") err("unterminated address regex");
      src += script[i++];
    }
    if (i >= script.length) err("unterminated address regex");
    i++;
    try {
      return new RegExp(toJs(src, extended), flags);
    } catch {
      return err("Invalid preceding regular expression");
    }
  };
  const address = (): Addr | undefined => {
    const c = script[i];
    if (c === "$") {
      i++;
      return { last: true };
    }
    const n = /^\d+/.exec(script.slice(i));
    if (n) {
      i += n[0].length;
      return { line: Number(n[0]) };
    }
    if (c === "/") return { re: regex("/") };
    if (c === "\\" && script[i + 1]) {
      i++;
      return { re: regex(script[i]) };
    }
    return undefined;
  };
  const text = (): string => {
    // a\ NEWLINE text, a\text, or a text (GNU one-liner forms).
    skipWs();
    if (script[i] === "\\") {
      i++;
      if (script[i] === "\n") i++;
    }
    let t = "";
    while (i < script.length && script[i] !== "\n") {
      if (script[i] === "\\" && i + 1 < script.length) {
        t += script[i + 1] === "n" ? "\n" : script[i + 1];
        i += 2;
        continue;
      }
      t += script[i++];
    }
    return t;
  };
  const list = (inBlock: boolean): Cmd[] => {
    const cmds: Cmd[] = [];
    for (;;) {
      while (i < script.length && /[\s;]/.test(script[i])) i++;
      if (i >= script.length) {
        if (inBlock) err("unmatched `{'", 0);
        return cmds;
      }
      if (script[i] === "}") {
        if (!inBlock) err("unexpected `}'", i + 1);
        i++;
        return cmds;
      }
      const cmd: Cmd = { neg: false, op: "", id: nextId++ };
      cmd.a1 = address();
      if (cmd.a1 && script[i] === ",") {
        i++;
        cmd.a2 = address();
        if (!cmd.a2) err("unexpected `,'", i);
      }
      skipWs();
      if (script[i] === "!") {
        cmd.neg = true;
        i++;
        skipWs();
      }
      const op = script[i++];
      cmd.op = op ?? "";
      switch (op) {
        case "p":
        case "d":
        case "q":
        case "=":
        case "n":
        case "N":
        case "h":
        case "H":
        case "g":
        case "G":
        case "x":
          break;
        case "a":
        case "i":
        case "c":
          cmd.text = text();
          break;
        case "{":
          cmd.block = list(true);
          break;
        case "s":
        case "y": {
          const delim = script[i];
          if (!delim || delim === "\n" || delim === "\\") err(`unterminated \`${op}' command`, i);
          const parts: string[] = [];
          let cur = "";
          i++;
          while (i < script.length && parts.length < 2) {
            const c = script[i];
            if (c === "\\" && script[i + 1] === delim) {
              cur += op === "s" && /[.*[\]^$/]/.test(delim) ? `\\${delim}` : delim;
              i += 2;
              continue;
            }
            if (c === "\\" && i + 1 < script.length) {
              cur += script.slice(i, i + 2);
              i += 2;
              continue;
            }
            if (c === delim) {
              parts.push(cur);
              cur = "";
              i++;
              continue;
            }
            cur += c;
            i++;
          }
          if (parts.length < 2) err(`unterminated \`${op}' command`, script.length);
          if (op === "y") {
            if (parts[0].length !== parts[1].length) err("strings for `y' command are different lengths", i);
            cmd.from = parts[0];
            cmd.to = parts[1];
            break;
          }
          let flags = "";
          while (i < script.length && /[gpiIme0-9]/.test(script[i])) flags += script[i++];
          const nth = /\d+/.exec(flags);
          cmd.global = flags.includes("g");
          cmd.print = flags.includes("p");
          cmd.nth = nth ? Number(nth[0]) : undefined;
          try {
            cmd.re = new RegExp(toJs(parts[0], extended), `g${/[iI]/.test(flags) ? "i" : ""}`);
          } catch {
            err("Invalid preceding regular expression", i);
          }
          cmd.replacement = parts[1];
          skipWs();
          if (i < script.length && !/[;\n}]/.test(script[i])) err(`unknown option to \`s'`, i + 1);
          break;
        }
        default:
          err(op === undefined ? "missing command" : `unknown command: \`${op}'`, i);
      }
      cmds.push(cmd);
    }
  };
  return list(false);
}

function substitute(template: string, m: RegExpExecArray): string {
  return template.replace(/\\(\d)|\\n|\\t|\\&|\\\\|&/g, (t, d) => (t === "&" ? m[0] : t === "\\&" ? "&" : t === "\\n" ? "\n" : t === "\\t" ? "\t" : t === "\\\\" ? "\\" : (m[Number(d)] ?? "")));
}

function run(input: string[], cmds: Cmd[], quiet: boolean): string {
  let out = "";
  const ranges = new Map<number, boolean>();
  let hold = "";
  let quit = false;
  const matchAddr = (a: Addr, line: string, n: number, last: boolean) => ("line" in a ? a.line === n : "last" in a ? last : ((a.re.lastIndex = 0), a.re.test(line)));
  const selected = (c: Cmd, line: string, n: number, last: boolean): boolean => {
    let hit: boolean;
    if (!c.a1) hit = true;
    else if (!c.a2) hit = matchAddr(c.a1, line, n, last);
    else if (ranges.get(c.id)) {
      hit = true;
      const end = "line" in c.a2 ? n >= c.a2.line : matchAddr(c.a2, line, n, last);
      if (end) ranges.set(c.id, false);
    } else if (matchAddr(c.a1, line, n, last)) {
      hit = true;
      const endsNow = "line" in c.a2 ? c.a2.line <= n : "last" in c.a2 ? last : false;
      ranges.set(c.id, !endsNow);
    } else hit = false;
    return hit !== c.neg;
  };
  for (let idx = 0; idx < input.length && !quit; idx++) {
    let line = input[idx];
    const n = idx + 1;
    const last = idx === input.length - 1;
    let append = "";
    let deleted = false;
    const exec = (list: Cmd[]): boolean => {
      for (const c of list) {
        if (!selected(c, line, n, last)) continue;
        switch (c.op) {
          case "{":
            if (!exec(c.block!)) return false;
            break;
          case "p":
            out += line + "\n";
            break;
          case "d":
            deleted = true;
            return false;
          case "q":
            quit = true;
            return false;
          case "=":
            out += `${n}\n`;
            break;
          case "a":
            append += c.text + "\n";
            break;
          case "i":
            out += c.text + "\n";
            break;
          case "c":
            deleted = true;
            if (!c.a2 || !ranges.get(c.id) || c.neg) out += c.text + "\n";
            return false;
          case "h":
            hold = line;
            break;
          case "H":
            hold += "\n" + line;
            break;
          case "g":
            line = hold;
            break;
          case "G":
            line += "\n" + hold;
            break;
          case "x":
            [line, hold] = [hold, line];
            break;
          case "y":
            line = [...line].map((ch) => (c.from!.includes(ch) ? c.to![c.from!.indexOf(ch)] : ch)).join("");
            break;
          case "s": {
            let count = 0;
            let changed = false;
            const re = c.re!;
            re.lastIndex = 0;
            line = line.replace(re, (...args) => {
              const m = args.slice(0, -2) as unknown as RegExpExecArray;
              count++;
              if (c.nth ? count === c.nth || (c.global && count > c.nth) : c.global || count === 1) {
                changed = true;
                return substitute(c.replacement!, m);
              }
              return m[0];
            });
            if (changed && c.print) out += line + "\n";
            break;
          }
        }
      }
      return true;
    };
    exec(cmds);
    if (!deleted && !quiet) out += line + "\n";
    if (quit && !deleted && quiet) {
      /* q prints nothing more with -n */
    }
    out += append;
  }
  return out;
}

export const sed: Command = {
  name: "sed",
  usage: "sed [-n] [-E] [-i[SUFFIX]] [-e SCRIPT | SCRIPT] [FILE]...",
  run(argv, ctx) {
    let quiet = false;
    let inPlace: string | undefined;
    let extended = false;
    const scripts: string[] = [];
    const files: string[] = [];
    for (let i = 1; i < argv.length; i++) {
      const a = argv[i];
      if (a === "-e" || a === "--expression") scripts.push(argv[++i] ?? "");
      else if (a.startsWith("--expression=")) scripts.push(a.slice(13));
      else if (a === "--in-place" || a.startsWith("--in-place=")) inPlace = a.slice(11);
      else if (a === "-n" || a === "--quiet" || a === "--silent") quiet = true;
      else if (a === "-E" || a === "-r" || a === "--regexp-extended") extended = true;
      else if (/^-[nErs]*i/.test(a) && a.startsWith("-") && !a.startsWith("--")) {
        if (a.includes("n")) quiet = true;
        if (/[Er]/.test(a.slice(1, a.indexOf("i")))) extended = true;
        inPlace = a.slice(a.indexOf("i") + 1);
      } else if (/^-[nEr]+$/.test(a)) {
        if (a.includes("n")) quiet = true;
        if (/[Er]/.test(a)) extended = true;
      } else if (a.startsWith("-") && a !== "-") {
        ctx.err(`sed: invalid option -- '${a.replace(/^-+/, "")[0]}'\nUsage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n`);
        return 1;
      } else if (!scripts.length && !files.length && !argv.slice(1, i).some((x) => x === "-e" || x.startsWith("--expression"))) scripts.push(a);
      else files.push(a);
    }
    if (!scripts.length) {
      ctx.err("Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n");
      return 1;
    }
    let cmds: Cmd[];
    try {
      cmds = parse(scripts.join("\n"), extended);
    } catch (e) {
      if (!(e instanceof SedError)) throw e;
      ctx.err(`sed: ${e.message}\n`);
      return 1;
    }
    if (!files.length) {
      if (inPlace !== undefined) {
        ctx.err("sed: no input files\n");
        return 1;
      }
      ctx.out(run(lines(ctx.stdin), cmds, quiet));
      return 0;
    }
    let code = 0;
    if (inPlace !== undefined) {
      for (const f of files) {
        const path = ctx.resolve(f);
        try {
          const text = ctx.host.fs.readFile(path);
          if (inPlace) ctx.host.fs.writeFile(inPlace.includes("*") ? ctx.resolve(inPlace.replace(/\*/g, f)) : path + inPlace, text);
          ctx.host.fs.writeFile(path, run(lines(text), cmds, quiet));
        } catch (e) {
          ctx.err(`sed: can't read ${f}: ${fsErrorText(e)}\n`);
          code = 2;
        }
      }
      return code;
    }
    const all: string[] = [];
    for (const f of files) {
      try {
        all.push(...lines(f === "-" ? ctx.stdin : ctx.host.fs.readFile(ctx.resolve(f))));
      } catch (e) {
        ctx.err(`sed: can't read ${f}: ${fsErrorText(e)}\n`);
        code = 2;
      }
    }
    ctx.out(run(all, cmds, quiet));
    return code;
  },
};
