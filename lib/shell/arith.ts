/**
 * Bash arithmetic (`$((...))`, `((...))`, `for ((;;))`, `let`): integers, C operators with bash's
 * precedence, variables (unset or empty = 0, other values evaluated as expressions), assignments.
 * Errors are worded as bash words them, with bash's "error token".
 */

export class ArithError extends Error {}

export interface ArithVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

type Tok = { t: "num"; v: number; s: number } | { t: "id"; v: string; s: number } | { t: "op"; v: string; s: number } | { t: "eof"; s: number };

const OPS = ["<<=", ">>=", "**", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "+=", "-=", "*=", "/=", "%=", "&=", "^=", "|=", "+", "-", "*", "/", "%", "<", ">", "=", "!", "~", "&", "^", "|", "?", ":", "(", ")", ","];
const MAX_DEPTH = 64;

export function evalArith(expression: string, vars: ArithVars, depth = 0): number {
  const text = expression.replace(/^\s+/, "");
  if (text.trim() === "") return 0;
  let pos = 0;
  let lasttp = 0;
  let tok: Tok = { t: "eof", s: 0 };
  let noeval = 0;
  const fail = (msg: string, from = lasttp): never => {
    throw new ArithError(`${text}: ${msg} (error token is "${text.slice(from)}")`);
  };
  const next = () => {
    while (pos < text.length && /\s/.test(text[pos])) pos++;
    if (pos >= text.length) {
      tok = { t: "eof", s: pos };
      return;
    }
    lasttp = pos;
    const s = pos;
    const rest = text.slice(pos);
    const num = /^(\d+#[0-9A-Za-z@_]+|0[xX][0-9A-Fa-f]*|\d\w*)/.exec(rest);
    if (num) {
      pos += num[0].length;
      tok = { t: "num", v: parseNumber(num[0], () => fail("value too great for base", s)), s };
      return;
    }
    const id = /^[A-Za-z_]\w*/.exec(rest);
    if (id) {
      pos += id[0].length;
      tok = { t: "id", v: id[0], s };
      return;
    }
    const op = OPS.find((o) => rest.startsWith(o));
    if (!op) fail("syntax error: invalid arithmetic operator");
    pos += op!.length;
    tok = { t: "op", v: op!, s };
  };
  const isOp = (...ops: string[]) => tok.t === "op" && ops.includes(tok.v);
  const valueOf = (name: string): number => {
    const raw = vars.get(name);
    if (raw === undefined || raw.trim() === "") return 0;
    if (/^\s*-?\d+\s*$/.test(raw)) return Number(raw);
    if (depth >= MAX_DEPTH) fail("expression recursion level exceeded");
    return evalArith(raw, vars, depth + 1);
  };
  const assign = (name: string, v: number) => {
    if (!noeval) vars.set(name, String(v));
    return v;
  };

  const levels = [["|"], ["^"], ["&"], ["==", "!="], ["<", ">", "<=", ">="], ["<<", ">>"], ["+", "-"], ["*", "/", "%"]];
  const apply = (op: string, a: number, b: number, start: number): number => {
    switch (op) {
      case "|": return a | b;
      case "^": return a ^ b;
      case "&": return a & b;
      case "==": return +(a === b);
      case "!=": return +(a !== b);
      case "<": return +(a < b);
      case ">": return +(a > b);
      case "<=": return +(a <= b);
      case ">=": return +(a >= b);
      case "<<": return a << b;
      case ">>": return a >> b;
      case "+": return a + b;
      case "-": return a - b;
      case "*": return a * b;
      case "/":
      case "%":
        if (b === 0) return noeval ? 0 : fail("division by 0", start);
        return op === "/" ? Math.trunc(a / b) : a % b;
    }
    return 0;
  };

  const level = (i: number): number => {
    if (i >= levels.length) return power();
    let a = level(i + 1);
    while (tok.t === "op" && levels[i].includes(tok.v)) {
      const op = tok.v;
      next();
      const start = tok.s;
      const b = level(i + 1);
      a = apply(op, a, b, start);
    }
    return a;
  };
  const power = (): number => {
    const a = unary();
    if (isOp("**")) {
      next();
      const b = power();
      if (b < 0) fail("exponent less than 0");
      return a ** b;
    }
    return a;
  };
  const unary = (): number => {
    if (isOp("!")) return next(), +!unary();
    if (isOp("~")) return next(), ~unary();
    if (isOp("-")) return next(), -unary();
    if (isOp("+")) return next(), unary();
    if (isOp("++", "--")) {
      const op = (tok as { v: string }).v;
      next();
      if (tok.t !== "id") return fail("syntax error: operand expected");
      const name = tok.v;
      next();
      return assign(name, valueOf(name) + (op === "++" ? 1 : -1));
    }
    return postfix();
  };
  const postfix = (): number => {
    if (tok.t === "num") {
      const v = tok.v;
      next();
      return v;
    }
    if (tok.t === "id") {
      const name = tok.v;
      next();
      if (isOp("++", "--")) {
        const op = (tok as { v: string }).v;
        next();
        const v = valueOf(name);
        assign(name, v + (op === "++" ? 1 : -1));
        return v;
      }
      return valueOf(name);
    }
    if (isOp("(")) {
      next();
      const v = comma();
      if (!isOp(")")) fail("missing `)'");
      next();
      return v;
    }
    return fail("syntax error: operand expected");
  };
  const logical = (op: "&&" | "||", sub: () => number): number => {
    let a = sub();
    while (isOp(op)) {
      next();
      const short = op === "&&" ? a === 0 : a !== 0;
      if (short) noeval++;
      const b = sub();
      if (short) noeval--;
      a = op === "&&" ? +(a !== 0 && b !== 0) : +(a !== 0 || b !== 0);
    }
    return a;
  };
  const andExpr = () => logical("&&", () => level(0));
  const orExpr = () => logical("||", andExpr);
  const ternary = (): number => {
    const c = orExpr();
    if (!isOp("?")) return c;
    next();
    if (!c) noeval++;
    const a = comma();
    if (!c) noeval--;
    if (!isOp(":")) fail("`:' expected for conditional expression");
    next();
    if (c) noeval++;
    const b = ternary();
    if (c) noeval--;
    return c ? a : b;
  };
  const assignment = (): number => {
    if (tok.t === "id") {
      const save = { pos, tok, lasttp };
      const name = tok.v;
      next();
      const after = tok as Tok;
      if (after.t === "op" && /^(?:[-+*/%&^|]|<<|>>)?=$/.test(after.v) && after.v !== "==") {
        const op = after.v.slice(0, -1);
        next();
        const start = (tok as Tok).s;
        const rhs = assignment();
        return assign(name, op ? apply(op, valueOf(name), rhs, start) : rhs);
      }
      ({ pos, tok, lasttp } = save);
    }
    const v = ternary();
    if (tok.t === "op" && /^(?:[-+*/%&^|]|<<|>>)?=$/.test(tok.v) && tok.v !== "==") fail("attempted assignment to non-variable");
    return v;
  };
  const comma = (): number => {
    let v = assignment();
    while (isOp(",")) {
      next();
      v = assignment();
    }
    return v;
  };

  next();
  const v = comma();
  if (tok.t !== "eof") fail("syntax error in expression");
  return v;
}

function parseNumber(s: string, tooBig: () => never): number {
  let base = 10;
  let digits = s;
  if (s.includes("#")) {
    const [b, d] = s.split("#");
    base = Number(b);
    digits = d;
  } else if (/^0[xX]/.test(s)) {
    base = 16;
    digits = s.slice(2);
    if (digits === "") return 0;
  } else if (s.length > 1 && s.startsWith("0")) base = 8;
  if (base < 2 || base > 64) tooBig();
  const alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ@_";
  let v = 0;
  for (const ch of digits) {
    const d = base <= 36 ? alphabet.indexOf(ch.toLowerCase()) : alphabet.indexOf(ch);
    if (d < 0 || d >= base) tooBig();
    v = v * base + d;
  }
  return v;
}
