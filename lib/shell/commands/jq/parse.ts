/** The jq language subset exam takers use: paths, pipes, comma, literals, objects, operators, functions, if, as, reduce, assignment. */

export type Ast =
  | { k: "id" }
  | { k: "recurse" }
  | { k: "index"; target: Ast; index: Ast; opt: boolean }
  | { k: "slice"; target: Ast; from?: Ast; to?: Ast; opt: boolean }
  | { k: "iter"; target: Ast; opt: boolean }
  | { k: "lit"; v: unknown }
  | { k: "str"; parts: (string | Ast)[]; format?: string }
  | { k: "format"; name: string }
  | { k: "arr"; e?: Ast }
  | { k: "obj"; entries: { key: Ast; value?: Ast }[] }
  | { k: "pipe" | "comma" | "alt" | "and" | "or"; a: Ast; b: Ast }
  | { k: "bin"; op: string; a: Ast; b: Ast }
  | { k: "neg"; e: Ast }
  | { k: "call"; name: string; args: Ast[] }
  | { k: "if"; cond: Ast; then: Ast; else?: Ast }
  | { k: "as"; src: Ast; name: string; body: Ast }
  | { k: "var"; name: string }
  | { k: "reduce"; src: Ast; name: string; init: Ast; update: Ast }
  | { k: "assign"; op: string; lhs: Ast; rhs: Ast }
  | { k: "try"; e: Ast; catch?: Ast }
  | { k: "def"; name: string; params: string[]; body: Ast; rest: Ast };

export class JqSyntaxError extends Error {}

type Tok = { t: "num"; v: number } | { t: "str"; parts: (string | Tok[])[] } | { t: "ident"; v: string } | { t: "field"; v: string } | { t: "var"; v: string } | { t: "format"; v: string } | { t: "op"; v: string } | { t: "eof" };

const OPS = ["?//", "|=", "+=", "-=", "*=", "/=", "%=", "//=", "==", "!=", "<=", ">=", "//", "..", "and", "or", "|", ",", "+", "-", "*", "/", "%", "=", "<", ">", ".", "[", "]", "(", ")", "{", "}", ":", ";", "?"];

function lex(src: string): Tok[] {
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

const KEYWORDS = new Set(["if", "then", "elif", "else", "end", "as", "reduce", "foreach", "try", "catch", "def", "label", "import", "include"]);

export function parseJq(src: string): Ast {
  return parseTokens(lex(src));
}

function parseTokens(toks: Tok[]): Ast {
  let p = 0;
  const peek = () => toks[p];
  const isOp = (v: string) => {
    const t = toks[p];
    return t.t === "op" && t.v === v;
  };
  const isIdent = (v: string) => {
    const t = toks[p];
    return t.t === "ident" && t.v === v;
  };
  const describe = (t: Tok): string => {
    if (t.t === "eof") return "$end";
    if (t.t === "ident") return KEYWORDS.has(t.v) ? t.v : "IDENT";
    if (t.t === "num") return "LITERAL";
    if (t.t === "str") return "QQSTRING_START";
    if (t.t === "field") return "FIELD";
    if (t.t === "op") return t.v === ".." ? "REC" : t.v.length > 1 ? t.v : `'${t.v}'`;
    return "IDENT";
  };
  const fail = (): never => {
    throw new JqSyntaxError(`syntax error, unexpected ${describe(peek())}`);
  };
  const expectOp = (v: string) => {
    if (!isOp(v)) fail();
    p++;
  };
  const expectIdent = (v: string) => {
    if (!isIdent(v)) fail();
    p++;
  };

  const pipe = (): Ast => {
    if (isIdent("def")) {
      p++;
      const name = peek();
      if (name.t !== "ident") fail();
      p++;
      const params: string[] = [];
      if (isOp("(")) {
        p++;
        for (;;) {
          const t = peek();
          if (t.t !== "ident" && t.t !== "var") fail();
          params.push((t as { v: string }).v);
          p++;
          if (isOp(";")) p++;
          else break;
        }
        expectOp(")");
      }
      expectOp(":");
      const body = pipe();
      expectOp(";");
      return { k: "def", name: (name as { v: string }).v, params, body, rest: pipe() };
    }
    const a = comma();
    if (isIdent("as")) {
      p++;
      const v = peek();
      if (v.t !== "var") fail();
      p++;
      expectOp("|");
      return { k: "as", src: a, name: (v as { v: string }).v, body: pipe() };
    }
    if (isOp("|")) {
      p++;
      return { k: "pipe", a, b: pipe() };
    }
    return a;
  };
  const comma = (): Ast => {
    let a = alt();
    while (isOp(",")) {
      p++;
      a = { k: "comma", a, b: alt() };
    }
    return a;
  };
  const alt = (): Ast => {
    const a = assign();
    if (isOp("//")) {
      p++;
      return { k: "alt", a, b: alt() };
    }
    return a;
  };
  const assign = (): Ast => {
    const a = or();
    const t = peek();
    if (t.t === "op" && ["=", "|=", "+=", "-=", "*=", "/=", "%=", "//="].includes(t.v)) {
      p++;
      return { k: "assign", op: t.v, lhs: a, rhs: alt() };
    }
    return a;
  };
  const or = (): Ast => {
    let a = and();
    while (isOp("or")) {
      p++;
      a = { k: "or", a, b: and() };
    }
    return a;
  };
  const and = (): Ast => {
    let a = compare();
    while (isOp("and")) {
      p++;
      a = { k: "and", a, b: compare() };
    }
    return a;
  };
  const compare = (): Ast => {
    const a = additive();
    const t = peek();
    if (t.t === "op" && ["==", "!=", "<", "<=", ">", ">="].includes(t.v)) {
      p++;
      return { k: "bin", op: t.v, a, b: additive() };
    }
    return a;
  };
  const additive = (): Ast => {
    let a = mult();
    while (isOp("+") || isOp("-")) {
      const op = (peek() as { v: string }).v;
      p++;
      a = { k: "bin", op, a, b: mult() };
    }
    return a;
  };
  const mult = (): Ast => {
    let a = unary();
    while (isOp("*") || isOp("/") || isOp("%")) {
      const op = (peek() as { v: string }).v;
      p++;
      a = { k: "bin", op, a, b: unary() };
    }
    return a;
  };
  const unary = (): Ast => (isOp("-") ? (p++, { k: "neg", e: postfix() }) : postfix());
  const bracketSuffix = (target: Ast): Ast => {
    p++;
    if (isOp("]")) {
      p++;
      return { k: "iter", target, opt: optional() };
    }
    if (isOp(":")) {
      p++;
      const to = pipe();
      expectOp("]");
      return { k: "slice", target, to, opt: optional() };
    }
    const idx = pipe();
    if (isOp(":")) {
      p++;
      const to = isOp("]") ? undefined : pipe();
      expectOp("]");
      return { k: "slice", target, from: idx, to, opt: optional() };
    }
    expectOp("]");
    return { k: "index", target, index: idx, opt: optional() };
  };
  const optional = () => (isOp("?") ? (p++, true) : false);
  const postfix = (): Ast => {
    let e = term();
    for (;;) {
      const t = peek();
      if (t.t === "field") {
        p++;
        e = { k: "index", target: e, index: { k: "lit", v: t.v }, opt: optional() };
      } else if (t.t === "op" && t.v === "." && toks[p + 1].t === "str") {
        p++;
        const s = stringAst(peek() as Tok & { t: "str" });
        p++;
        e = { k: "index", target: e, index: s, opt: optional() };
      } else if (t.t === "op" && t.v === "[") e = bracketSuffix(e);
      else if (t.t === "op" && t.v === "." && toks[p + 1].t === "op" && (toks[p + 1] as { v: string }).v === "[") {
        p++;
        e = bracketSuffix(e);
      } else if (t.t === "op" && t.v === "?") {
        p++;
        e = { k: "try", e };
      } else return e;
    }
  };
  const stringAst = (t: Tok & { t: "str" }, format?: string): Ast => {
    if (t.parts.every((x) => typeof x === "string") && !format) return { k: "lit", v: t.parts.join("") };
    return { k: "str", parts: t.parts.map((x) => (typeof x === "string" ? x : parseTokens(x))), format };
  };
  const term = (): Ast => {
    const t = peek();
    switch (t.t) {
      case "num":
        p++;
        return { k: "lit", v: t.v };
      case "str":
        p++;
        return stringAst(t);
      case "format": {
        p++;
        const s = peek();
        if (s.t === "str") {
          p++;
          return stringAst(s, t.v);
        }
        return { k: "format", name: t.v };
      }
      case "field":
        p++;
        return { k: "index", target: { k: "id" }, index: { k: "lit", v: t.v }, opt: optional() };
      case "var":
        p++;
        return { k: "var", name: t.v };
      case "op":
        if (t.v === ".") {
          p++;
          const n = peek();
          if (n.t === "str") {
            p++;
            return { k: "index", target: { k: "id" }, index: stringAst(n), opt: optional() };
          }
          if (n.t === "op" && n.v === "[") return bracketSuffix({ k: "id" });
          return { k: "id" };
        }
        if (t.v === "..") {
          p++;
          return { k: "recurse" };
        }
        if (t.v === "(") {
          p++;
          const e = pipe();
          expectOp(")");
          return e;
        }
        if (t.v === "[") {
          p++;
          if (isOp("]")) {
            p++;
            return { k: "arr" };
          }
          const e = pipe();
          expectOp("]");
          return { k: "arr", e };
        }
        if (t.v === "{") {
          p++;
          const entries: { key: Ast; value?: Ast }[] = [];
          while (!isOp("}")) {
            const k = peek();
            let key: Ast;
            if (k.t === "ident" || k.t === "field") {
              key = { k: "lit", v: k.v };
              p++;
            } else if (k.t === "var") {
              p++;
              entries.push({ key: { k: "lit", v: k.v }, value: { k: "var", name: k.v } });
              if (isOp(",")) p++;
              continue;
            } else if (k.t === "str") {
              key = stringAst(k);
              p++;
            } else if (k.t === "num") {
              key = { k: "lit", v: k.v };
              p++;
            } else if (k.t === "op" && k.v === "(") {
              p++;
              key = pipe();
              expectOp(")");
            } else return fail();
            let value: Ast | undefined;
            if (isOp(":")) {
              p++;
              value = objValue();
            }
            entries.push({ key, value });
            if (isOp(",")) p++;
            else if (!isOp("}")) fail();
          }
          p++;
          return { k: "obj", entries };
        }
        return fail();
      case "ident": {
        if (t.v === "if") {
          p++;
          const cond = pipe();
          expectIdent("then");
          const then = pipe();
          return { k: "if", cond, then, else: ifTail() };
        }
        if (t.v === "reduce") {
          p++;
          const src = postfix();
          expectIdent("as");
          const v = peek();
          if (v.t !== "var") fail();
          p++;
          expectOp("(");
          const init = pipe();
          expectOp(";");
          const update = pipe();
          expectOp(")");
          return { k: "reduce", src, name: (v as { v: string }).v, init, update };
        }
        if (t.v === "try") {
          p++;
          const e = postfix();
          if (isIdent("catch")) {
            p++;
            return { k: "try", e, catch: postfix() };
          }
          return { k: "try", e };
        }
        if (KEYWORDS.has(t.v)) return fail();
        p++;
        if (t.v === "true" || t.v === "false" || t.v === "null") return { k: "lit", v: t.v === "null" ? null : t.v === "true" };
        const args: Ast[] = [];
        if (isOp("(")) {
          p++;
          for (;;) {
            args.push(pipe());
            if (isOp(";")) p++;
            else break;
          }
          expectOp(")");
        }
        return { k: "call", name: t.v, args };
      }
    }
    return fail();
  };
  const objValue = (): Ast => {
    let a = postfixOrNeg();
    while (isOp("|")) {
      p++;
      a = { k: "pipe", a, b: postfixOrNeg() };
    }
    return a;
  };
  const postfixOrNeg = (): Ast => {
    let a = unary();
    while (isOp("+") || isOp("-") || isOp("*") || isOp("/") || isOp("//") || isOp("==") || isOp("!=")) {
      const op = (peek() as { v: string }).v;
      p++;
      a = op === "//" ? { k: "alt", a, b: unary() } : { k: "bin", op, a, b: unary() };
    }
    return a;
  };
  const ifTail = (): Ast | undefined => {
    if (isIdent("elif")) {
      p++;
      const cond = pipe();
      expectIdent("then");
      const then = pipe();
      return { k: "if", cond, then, else: ifTail() };
    }
    if (isIdent("else")) {
      p++;
      const e = pipe();
      expectIdent("end");
      return e;
    }
    expectIdent("end");
    return undefined;
  };

  const ast = pipe();
  if (peek().t !== "eof") fail();
  return ast;
}
