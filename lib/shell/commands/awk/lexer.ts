/** awk tokens. A `/` starts a regex literal where an operand may begin (after an operator or `(`). */

export type Tok =
  | { t: "num"; v: number; pos: number }
  | { t: "str"; v: string; pos: number }
  | { t: "re"; v: string; pos: number }
  | { t: "name"; v: string; pos: number }
  | { t: "func"; v: string; pos: number }
  | { t: "builtin"; v: string; pos: number }
  | { t: "kw"; v: string; pos: number }
  | { t: "op"; v: string; pos: number }
  | { t: "nl"; pos: number }
  | { t: "eof"; pos: number };

export class AwkSyntaxError extends Error {
  constructor(
    readonly pos: number,
    readonly why = "syntax error",
  ) {
    super(why);
  }
}

const KEYWORDS = new Set(["BEGIN", "END", "function", "func", "if", "else", "while", "for", "do", "break", "continue", "next", "nextfile", "exit", "return", "delete", "in", "getline", "print", "printf"]);
export const BUILTINS = new Set(["length", "substr", "index", "split", "sub", "gsub", "match", "sprintf", "tolower", "toupper", "int", "sqrt", "exp", "log", "sin", "cos", "atan2", "rand", "srand", "system", "close", "fflush"]);
const OPS = ["+=", "-=", "*=", "/=", "%=", "^=", "**=", "==", "<=", ">=", "!=", "++", "--", "&&", "||", ">>", "!~", "**", "+", "-", "*", "/", "%", "^", "!", ">", "<", "|", "?", ":", "~", "$", "=", "(", ")", "[", "]", "{", "}", ";", ","];

const ESC: Record<string, string> = { n: "\n", t: "\t", r: "\r", "\\": "\\", '"': '"', "/": "/", a: "\x07", b: "\b", f: "\f", v: "\v" };

export function unescapeAwk(s: string): string {
  return s.replace(/\\([0-7]{1,3}|.)/g, (m, c: string) => (/^[0-7]/.test(c) ? String.fromCharCode(parseInt(c, 8)) : (ESC[c] ?? m)));
}

export function lex(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  const operandEnded = () => {
    const p = toks[toks.length - 1];
    if (!p) return false;
    return p.t === "num" || p.t === "str" || p.t === "name" || p.t === "re" || (p.t === "builtin" && p.v === "length") || (p.t === "op" && [")", "]", "$", "++", "--"].includes(p.v));
  };
  while (i < src.length) {
    const c = src[i];
    if (c === " " || c === "\t") {
      i++;
      continue;
    }
    if (c === "\\" && src[i + 1] === "\n") {
      i += 2;
      continue;
    }
    if (c === "#") {
      while (i < src.length && src[i] !== "\n") i++;
      continue;
    }
    if (c === "\n") {
      toks.push({ t: "nl", pos: i++ });
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let s = "";
      while (j < src.length && src[j] !== '"') {
        if (src[j] === "\n") throw new AwkSyntaxError(j, "unterminated string");
        if (src[j] === "\\" && j + 1 < src.length) {
          s += src.slice(j, j + 2);
          j += 2;
        } else s += src[j++];
      }
      if (j >= src.length) throw new AwkSyntaxError(i, "unterminated string");
      toks.push({ t: "str", v: unescapeAwk(s), pos: i });
      i = j + 1;
      continue;
    }
    if (c === "/" && !operandEnded()) {
      let j = i + 1;
      let s = "";
      let inClass = false;
      while (j < src.length && (src[j] !== "/" || inClass)) {
        if (src[j] === "\n") throw new AwkSyntaxError(j, "unterminated regexp");
        if (src[j] === "\\" && j + 1 < src.length) {
          s += src[j + 1] === "/" ? "/" : src.slice(j, j + 2);
          j += 2;
          continue;
        }
        if (src[j] === "[") inClass = true;
        else if (src[j] === "]") inClass = false;
        s += src[j++];
      }
      if (j >= src.length) throw new AwkSyntaxError(i, "unterminated regexp");
      toks.push({ t: "re", v: s, pos: i });
      i = j + 1;
      continue;
    }
    const num = /^(?:0[xX][0-9a-fA-F]+|\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)/.exec(src.slice(i));
    if (num) {
      toks.push({ t: "num", v: Number(num[0]), pos: i });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_]\w*/.exec(src.slice(i));
    if (id) {
      const w = id[0];
      const pos = i;
      i += w.length;
      if (KEYWORDS.has(w)) toks.push({ t: "kw", v: w === "func" ? "function" : w, pos });
      else if (BUILTINS.has(w)) toks.push({ t: "builtin", v: w, pos });
      else if (src[i] === "(") toks.push({ t: "func", v: w, pos });
      else toks.push({ t: "name", v: w, pos });
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) throw new AwkSyntaxError(i, `invalid char '${c}' in expression`);
    toks.push({ t: "op", v: op, pos: i });
    i += op.length;
  }
  toks.push({ t: "eof", pos: src.length });
  return toks;
}
