import { JqSyntaxError } from "./syntax-error";

export type Tok = { t: "num"; v: number } | { t: "str"; parts: (string | Tok[])[] } | { t: "ident"; v: string } | { t: "field"; v: string } | { t: "var"; v: string } | { t: "format"; v: string } | { t: "op"; v: string } | { t: "eof" };

const OPS = ["?//", "|=", "+=", "-=", "*=", "/=", "%=", "//=", "==", "!=", "<=", ">=", "//", "..", "and", "or", "|", ",", "+", "-", "*", "/", "%", "=", "<", ">", ".", "[", "]", "(", ")", "{", "}", ":", ";", "?"];

export function lex(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  const readString = (): Tok => {
    const parts: (string | Tok[])[] = [];
    let cur = "";
    i++;
    while (i < src.length && src[i] !== '"') {
      if (src[i] === "\\") {
        const c = src[i + 1];
        if (c === "(") {
          let depth = 1;
          let j = i + 2;
          for (; j < src.length && depth; j++) {
            if (src[j] === "(") depth++;
            else if (src[j] === ")") depth--;
          }
          if (cur) parts.push(cur);
          cur = "";
          parts.push(lex(src.slice(i + 2, j - 1)));
          i = j;
          continue;
        }
        const map: Record<string, string> = { n: "\n", t: "\t", r: "\r", '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f" };
        if (c === "u") {
          cur += String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        if (map[c] === undefined) throw new JqSyntaxError(`Invalid escape at line 1, column ${i + 2}`);
        cur += map[c];
        i += 2;
        continue;
      }
      cur += src[i++];
    }
    if (i >= src.length) throw new JqSyntaxError("unexpected $end");
    i++;
    if (cur || parts.length === 0) parts.push(cur);
    return { t: "str", parts };
  };
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "#") {
      while (i < src.length && src[i] !== "\n") i++;
      continue;
    }
    if (c === '"') {
      toks.push(readString());
      continue;
    }
    const rest = src.slice(i);
    let m = /^\d+(\.\d+)?([eE][-+]?\d+)?/.exec(rest);
    if (m) {
      toks.push({ t: "num", v: Number(m[0]) });
      i += m[0].length;
      continue;
    }
    m = /^\.([A-Za-z_][\w]*)/.exec(rest);
    if (m) {
      toks.push({ t: "field", v: m[1] });
      i += m[0].length;
      continue;
    }
    m = /^\$([A-Za-z_][\w]*)/.exec(rest);
    if (m) {
      toks.push({ t: "var", v: m[1] });
      i += m[0].length;
      continue;
    }
    m = /^@([A-Za-z0-9]+)/.exec(rest);
    if (m) {
      toks.push({ t: "format", v: m[1] });
      i += m[0].length;
      continue;
    }
    m = /^[A-Za-z_][\w]*(::[A-Za-z_][\w]*)*/.exec(rest);
    if (m) {
      toks.push(m[0] === "and" || m[0] === "or" ? { t: "op", v: m[0] } : { t: "ident", v: m[0] });
      i += m[0].length;
      continue;
    }
    const op = OPS.find((o) => rest.startsWith(o) && !/^[a-z]/.test(o));
    if (!op) throw new JqSyntaxError(`syntax error, unexpected INVALID_CHARACTER`);
    toks.push({ t: "op", v: op });
    i += op.length;
  }
  toks.push({ t: "eof" });
  return toks;
}
