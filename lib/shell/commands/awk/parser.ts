import { AwkSyntaxError, lex, type Tok } from "./lexer";

export type Expr =
  | { k: "num"; v: number }
  | { k: "str"; v: string }
  | { k: "re"; v: string }
  | { k: "var"; name: string }
  | { k: "idx"; name: string; subs: Expr[] }
  | { k: "field"; e: Expr }
  | { k: "assign"; op: string; target: Expr; e: Expr }
  | { k: "cond"; c: Expr; a: Expr; b: Expr }
  | { k: "bin"; op: string; a: Expr; b: Expr }
  | { k: "and" | "or"; a: Expr; b: Expr }
  | { k: "not" | "neg" | "pos"; e: Expr }
  | { k: "match"; neg: boolean; e: Expr; re: Expr }
  | { k: "in"; subs: Expr[]; name: string }
  | { k: "incdec"; op: "++" | "--"; prefix: boolean; target: Expr }
  | { k: "call"; name: string; args: Expr[] }
  | { k: "builtin"; name: string; args: Expr[] }
  | { k: "group"; e: Expr };

export type Dest = { op: ">" | ">>" | "|"; e: Expr } | undefined;

export type Stmt =
  | { k: "print" | "printf"; args: Expr[]; dest: Dest }
  | { k: "expr"; e: Expr }
  | { k: "if"; c: Expr; a: Stmt; b?: Stmt }
  | { k: "while"; c: Expr; body: Stmt }
  | { k: "do"; body: Stmt; c: Expr }
  | { k: "for"; init?: Expr; c?: Expr; step?: Expr; body: Stmt }
  | { k: "forin"; v: string; arr: string; body: Stmt }
  | { k: "block"; body: Stmt[] }
  | { k: "next" | "break" | "continue" | "nextfile" }
  | { k: "exit" | "return"; e?: Expr }
  | { k: "delete"; name: string; subs?: Expr[] }
  | { k: "getline" };

export interface Item {
  pattern?: Expr | [Expr, Expr] | "BEGIN" | "END";
  action?: Stmt[];
}

export interface Program {
  items: Item[];
  functions: Record<string, { params: string[]; body: Stmt[] }>;
}

export function parseAwk(src: string): Program {
  const toks = lex(src);
  let p = 0;
  const peek = (): Tok => toks[p];
  const is = (t: Tok["t"], v?: string) => {
    const x = toks[p];
    return x.t === t && (v === undefined || (x as { v?: unknown }).v === v);
  };
  const op = (v: string) => is("op", v);
  const fail = (): never => {
    const t = peek();
    throw new AwkSyntaxError(t.pos, t.t === "eof" || t.t === "nl" ? "unexpected newline or end of string" : "syntax error");
  };
  const expectOp = (v: string) => {
    if (!op(v)) fail();
    p++;
  };
  const nls = () => {
    while (is("nl")) p++;
  };
  const terms = () => {
    while (is("nl") || op(";")) p++;
  };

  // ---- expressions ----
  let noGt = 0;
  let noIn = 0;
  const startsOperand = () => {
    const t = peek();
    return t.t === "num" || t.t === "str" || t.t === "re" || t.t === "name" || t.t === "func" || t.t === "builtin" || (t.t === "op" && ["$", "(", "!", "-", "+", "++", "--"].includes(t.v));
  };
  const expr = (): Expr => ternary();
  const ternary = (): Expr => {
    const c = or();
    if (op("?")) {
      p++;
      nls();
      const a = ternary();
      nls();
      expectOp(":");
      nls();
      return { k: "cond", c, a, b: ternary() };
    }
    if (is("op") && /^(?:[-+*/%^]|\*\*)?=$/.test((peek() as { v: string }).v) && isLvalue(c)) {
      const o = (peek() as { v: string }).v;
      p++;
      nls();
      return { k: "assign", op: o, target: c, e: ternary() };
    }
    return c;
  };
  const or = (): Expr => {
    let a = and();
    while (op("||")) {
      p++;
      nls();
      a = { k: "or", a, b: and() };
    }
    return a;
  };
  const and = (): Expr => {
    let a = inExpr();
    while (op("&&")) {
      p++;
      nls();
      a = { k: "and", a, b: inExpr() };
    }
    return a;
  };
  const inExpr = (): Expr => {
    let a = matchExpr();
    while (!noIn && is("kw", "in")) {
      p++;
      const t = peek();
      if (t.t !== "name") fail();
      p++;
      a = { k: "in", subs: a.k === "group" && (a as { list?: Expr[] }).list ? (a as unknown as { list: Expr[] }).list : [a], name: (t as { v: string }).v };
    }
    return a;
  };
  const matchExpr = (): Expr => {
    let a = compare();
    while (op("~") || op("!~")) {
      const neg = op("!~");
      p++;
      a = { k: "match", neg, e: a, re: compare() };
    }
    return a;
  };
  const compare = (): Expr => {
    const a = concat();
    const t = peek();
    if (t.t === "op" && ["<", "<=", "!=", "==", ">=", ">"].includes(t.v) && !(noGt && t.v === ">")) {
      p++;
      return { k: "bin", op: t.v, a, b: concat() };
    }
    return a;
  };
  const concat = (): Expr => {
    let a = additive();
    while (startsOperand() && !op("-") && !op("+") && !is("kw", "in")) a = { k: "bin", op: " ", a, b: additive() };
    return a;
  };
  const additive = (): Expr => {
    let a = mult();
    while (op("+") || op("-")) {
      const o = (peek() as { v: string }).v;
      p++;
      a = { k: "bin", op: o, a, b: mult() };
    }
    return a;
  };
  const mult = (): Expr => {
    let a = unary();
    while (op("*") || op("/") || op("%")) {
      const o = (peek() as { v: string }).v;
      p++;
      a = { k: "bin", op: o, a, b: unary() };
    }
    return a;
  };
  const unary = (): Expr => {
    if (op("!")) return p++, { k: "not", e: unary() };
    if (op("-")) return p++, { k: "neg", e: unary() };
    if (op("+")) return p++, { k: "pos", e: unary() };
    return power();
  };
  const power = (): Expr => {
    const a = postfix();
    if (op("^") || op("**")) {
      p++;
      return { k: "bin", op: "^", a, b: unaryPow() };
    }
    return a;
  };
  const unaryPow = (): Expr => (op("-") ? (p++, { k: "neg", e: unaryPow() }) : op("+") ? (p++, unaryPow()) : power());
  const postfix = (): Expr => {
    if (op("++") || op("--")) {
      const o = (peek() as { v: "++" | "--" }).v;
      p++;
      const target = primary();
      if (!isLvalue(target)) fail();
      return { k: "incdec", op: o, prefix: true, target };
    }
    const e = primary();
    if ((op("++") || op("--")) && isLvalue(e)) {
      const o = (peek() as { v: "++" | "--" }).v;
      p++;
      return { k: "incdec", op: o, prefix: false, target: e };
    }
    return e;
  };
  const args = (): Expr[] => {
    expectOp("(");
    const list: Expr[] = [];
    nls();
    if (op(")")) return p++, list;
    for (;;) {
      const saveGt = noGt;
      noGt = 0;
      list.push(expr());
      noGt = saveGt;
      nls();
      if (op(")")) return p++, list;
      expectOp(",");
      nls();
    }
  };
  const primary = (): Expr => {
    const t = peek();
    switch (t.t) {
      case "num":
        p++;
        return { k: "num", v: t.v };
      case "str":
        p++;
        return { k: "str", v: t.v };
      case "re":
        p++;
        return { k: "re", v: t.v };
      case "func": {
        p++;
        return { k: "call", name: t.v, args: args() };
      }
      case "builtin": {
        p++;
        if (t.v === "length" && !op("(")) return { k: "builtin", name: "length", args: [] };
        return { k: "builtin", name: t.v, args: args() };
      }
      case "name": {
        p++;
        if (op("[")) {
          p++;
          const subs = [expr()];
          while (op(",")) {
            p++;
            subs.push(expr());
          }
          expectOp("]");
          return { k: "idx", name: t.v, subs };
        }
        return { k: "var", name: t.v };
      }
      case "op":
        if (t.v === "$") {
          p++;
          if (op("++") || op("--")) return { k: "field", e: postfix() };
          if (op("-")) return p++, { k: "field", e: { k: "neg", e: primary() } };
          return { k: "field", e: primary() };
        }
        if (t.v === "(") {
          p++;
          const saveGt = noGt;
          noGt = 0;
          const first = expr();
          if (op(",")) {
            const list = [first];
            while (op(",")) {
              p++;
              nls();
              list.push(expr());
            }
            expectOp(")");
            noGt = saveGt;
            return Object.assign({ k: "group" as const, e: first }, { list });
          }
          expectOp(")");
          noGt = saveGt;
          return { k: "group", e: first };
        }
    }
    return fail();
  };

  // ---- statements ----
  const simpleEnd = () => {
    if (op(";") || is("nl")) {
      p++;
      return;
    }
    if (op("}") || is("eof")) return;
    fail();
  };
  const printStmt = (kind: "print" | "printf"): Stmt => {
    p++;
    let list: Expr[] = [];
    noGt++;
    if (op("(")) {
      const save = p;
      const g = primary() as Expr & { list?: Expr[] };
      if (op(";") || op("}") || is("nl") || is("eof") || op(">") || op(">>") || op("|")) list = g.list ?? [g.k === "group" ? g.e : g];
      else {
        p = save;
        list = [];
      }
    }
    if (list.length === 0 && !op(";") && !op("}") && !is("nl") && !is("eof") && !op(">") && !op(">>") && !op("|")) {
      list.push(expr());
      while (op(",")) {
        p++;
        nls();
        list.push(expr());
      }
    }
    noGt--;
    let dest: Dest;
    if (op(">") || op(">>") || op("|")) {
      const o = (peek() as { v: ">" | ">>" | "|" }).v;
      p++;
      dest = { op: o, e: concat() };
    }
    if (kind === "printf" && list.length === 0) fail();
    simpleEnd();
    return { k: kind, args: list, dest };
  };
  const block = (): Stmt[] => {
    expectOp("{");
    const body: Stmt[] = [];
    terms();
    while (!op("}")) {
      if (is("eof")) fail();
      body.push(stmt());
      terms();
    }
    p++;
    return body;
  };
  const stmt = (): Stmt => {
    const t = peek();
    if (op("{")) return { k: "block", body: block() };
    if (op(";")) return p++, { k: "block", body: [] };
    if (t.t === "kw") {
      switch (t.v) {
        case "print":
        case "printf":
          return printStmt(t.v);
        case "if": {
          p++;
          expectOp("(");
          const c = expr();
          expectOp(")");
          nls();
          const a = stmt();
          const save = p;
          terms();
          if (is("kw", "else")) {
            p++;
            nls();
            return { k: "if", c, a, b: stmt() };
          }
          p = save;
          return { k: "if", c, a };
        }
        case "while": {
          p++;
          expectOp("(");
          const c = expr();
          expectOp(")");
          if (op(";")) return p++, { k: "while", c, body: { k: "block", body: [] } };
          nls();
          return { k: "while", c, body: stmt() };
        }
        case "do": {
          p++;
          nls();
          const body = stmt();
          terms();
          if (!is("kw", "while")) fail();
          p++;
          expectOp("(");
          const c = expr();
          expectOp(")");
          simpleEnd();
          return { k: "do", body, c };
        }
        case "for": {
          p++;
          expectOp("(");
          const t1 = toks[p];
          const t2 = toks[p + 1];
          const t3 = toks[p + 2];
          if (t1.t === "name" && t2.t === "kw" && t2.v === "in" && t3.t === "name" && toks[p + 3].t === "op" && (toks[p + 3] as { v: string }).v === ")") {
            p += 4;
            nls();
            return { k: "forin", v: t1.v, arr: t3.v, body: stmt() };
          }
          const init = op(";") ? undefined : expr();
          expectOp(";");
          nls();
          const c = op(";") ? undefined : expr();
          expectOp(";");
          nls();
          const step = op(")") ? undefined : expr();
          expectOp(")");
          if (op(";")) return p++, { k: "for", init, c, step, body: { k: "block", body: [] } };
          nls();
          return { k: "for", init, c, step, body: stmt() };
        }
        case "next":
        case "nextfile":
        case "break":
        case "continue":
          p++;
          simpleEnd();
          return { k: t.v };
        case "exit":
        case "return": {
          p++;
          const e = op(";") || op("}") || is("nl") || is("eof") ? undefined : expr();
          simpleEnd();
          return { k: t.v, e };
        }
        case "delete": {
          p++;
          const n = peek();
          if (n.t !== "name") fail();
          p++;
          let subs: Expr[] | undefined;
          if (op("[")) {
            p++;
            subs = [expr()];
            while (op(",")) {
              p++;
              subs.push(expr());
            }
            expectOp("]");
          }
          simpleEnd();
          return { k: "delete", name: (n as { v: string }).v, subs };
        }
        case "getline":
          p++;
          simpleEnd();
          return { k: "getline" };
      }
    }
    const e = expr();
    simpleEnd();
    return { k: "expr", e };
  };

  const program: Program = { items: [], functions: {} };
  terms();
  while (!is("eof")) {
    let braced = true;
    if (is("kw", "BEGIN") || is("kw", "END")) {
      const which = (peek() as { v: "BEGIN" | "END" }).v;
      p++;
      nls();
      if (!op("{")) fail();
      program.items.push({ pattern: which, action: block() });
    } else if (is("kw", "function")) {
      p++;
      const n = peek();
      if (n.t !== "name" && n.t !== "func") fail();
      p++;
      expectOp("(");
      const params: string[] = [];
      while (!op(")")) {
        const q = peek();
        if (q.t !== "name") fail();
        params.push((q as { v: string }).v);
        p++;
        if (op(",")) p++;
        nls();
      }
      p++;
      nls();
      program.functions[(n as { v: string }).v] = { params, body: block() };
    } else {
      let pattern: Item["pattern"];
      if (!op("{")) {
        const a = expr();
        if (op(",")) {
          p++;
          nls();
          pattern = [a, expr()];
        } else pattern = a;
      }
      const action = op("{") ? block() : undefined;
      braced = !!action;
      program.items.push({ pattern, action });
    }
    if (!braced && !is("eof") && !is("nl") && !op(";")) fail();
    terms();
  }
  noIn = 0;
  return program;
}

function isLvalue(e: Expr): boolean {
  return e.k === "var" || e.k === "idx" || e.k === "field";
}
