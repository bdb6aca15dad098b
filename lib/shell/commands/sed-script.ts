/** A sed script parsed into commands: addresses, options and blocks, with GNU sed's error messages. */

export type Addr = { line: number } | { last: true } | { re: RegExp };

export interface Cmd {
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

export class SedError extends Error {}

/** POSIX basic regex → JavaScript: \( \) \{ \} \+ \? \| are the operators; ( ) { } + ? | are literal. */
function toJs(src: string, extended: boolean): string {
  const classes: Record<string, string> = { "[:space:]": "\\s", "[:digit:]": "0-9", "[:alpha:]": "A-Za-z", "[:alnum:]": "A-Za-z0-9", "[:upper:]": "A-Z", "[:lower:]": "a-z", "[:blank:]": " \\t" };
  let s = src;
  for (const [k, v] of Object.entries(classes)) s = s.split(k).join(v);
  if (extended) return s;
  return s.replace(/\\([(){}+?|])|([(){}+?|])/g, (_m, esc, plain) => (esc ? esc : `\\${plain}`));
}

export function parseSedScript(script: string, extended: boolean): Cmd[] {
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
