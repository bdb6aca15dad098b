import type { Expr } from "./ast";
import { isLvalue } from "./ast";
import { TokenCursor } from "./cursor";

/** awk expressions by precedence, lowest first: ternary/assignment down to primaries. */
export class ExprParser extends TokenCursor {
  startsOperand() {
    const t = this.peek();
    return t.t === "num" || t.t === "str" || t.t === "re" || t.t === "name" || t.t === "func" || t.t === "builtin" || (t.t === "op" && ["$", "(", "!", "-", "+", "++", "--"].includes(t.v));
  }
  expr(): Expr {
    return this.ternary();
  }
  ternary(): Expr {
    const c = this.or();
    if (this.op("?")) {
      this.p++;
      this.nls();
      const a = this.ternary();
      this.nls();
      this.expectOp(":");
      this.nls();
      return { k: "cond", c, a, b: this.ternary() };
    }
    if (this.is("op") && /^(?:[-+*/%^]|\*\*)?=$/.test((this.peek() as { v: string }).v) && isLvalue(c)) {
      const o = (this.peek() as { v: string }).v;
      this.p++;
      this.nls();
      return { k: "assign", op: o, target: c, e: this.ternary() };
    }
    return c;
  }
  or(): Expr {
    let a = this.and();
    while (this.op("||")) {
      this.p++;
      this.nls();
      a = { k: "or", a, b: this.and() };
    }
    return a;
  }
  and(): Expr {
    let a = this.inExpr();
    while (this.op("&&")) {
      this.p++;
      this.nls();
      a = { k: "and", a, b: this.inExpr() };
    }
    return a;
  }
  inExpr(): Expr {
    let a = this.matchExpr();
    while (!this.noIn && this.is("kw", "in")) {
      this.p++;
      const t = this.peek();
      if (t.t !== "name") this.fail();
      this.p++;
      a = { k: "in", subs: a.k === "group" && (a as { list?: Expr[] }).list ? (a as unknown as { list: Expr[] }).list : [a], name: (t as { v: string }).v };
    }
    return a;
  }
  matchExpr(): Expr {
    let a = this.compare();
    while (this.op("~") || this.op("!~")) {
      const neg = this.op("!~");
      this.p++;
      a = { k: "match", neg, e: a, re: this.compare() };
    }
    return a;
  }
  compare(): Expr {
    const a = this.concat();
    const t = this.peek();
    if (t.t === "op" && ["<", "<=", "!=", "==", ">=", ">"].includes(t.v) && !(this.noGt && t.v === ">")) {
      this.p++;
      return { k: "bin", op: t.v, a, b: this.concat() };
    }
    return a;
  }
  concat(): Expr {
    let a = this.additive();
    while (this.startsOperand() && !this.op("-") && !this.op("+") && !this.is("kw", "in")) a = { k: "bin", op: " ", a, b: this.additive() };
    return a;
  }
  additive(): Expr {
    let a = this.mult();
    while (this.op("+") || this.op("-")) {
      const o = (this.peek() as { v: string }).v;
      this.p++;
      a = { k: "bin", op: o, a, b: this.mult() };
    }
    return a;
  }
  mult(): Expr {
    let a = this.unary();
    while (this.op("*") || this.op("/") || this.op("%")) {
      const o = (this.peek() as { v: string }).v;
      this.p++;
      a = { k: "bin", op: o, a, b: this.unary() };
    }
    return a;
  }
  unary(): Expr {
    if (this.op("!")) return this.p++, { k: "not", e: this.unary() };
    if (this.op("-")) return this.p++, { k: "neg", e: this.unary() };
    if (this.op("+")) return this.p++, { k: "pos", e: this.unary() };
    return this.power();
  }
  power(): Expr {
    const a = this.postfix();
    if (this.op("^") || this.op("**")) {
      this.p++;
      return { k: "bin", op: "^", a, b: this.unaryPow() };
    }
    return a;
  }
  unaryPow(): Expr {
    return (this.op("-") ? (this.p++, { k: "neg", e: this.unaryPow() }) : this.op("+") ? (this.p++, this.unaryPow()) : this.power());
  }
  postfix(): Expr {
    if (this.op("++") || this.op("--")) {
      const o = (this.peek() as { v: "++" | "--" }).v;
      this.p++;
      const target = this.primary();
      if (!isLvalue(target)) this.fail();
      return { k: "incdec", op: o, prefix: true, target };
    }
    const e = this.primary();
    if ((this.op("++") || this.op("--")) && isLvalue(e)) {
      const o = (this.peek() as { v: "++" | "--" }).v;
      this.p++;
      return { k: "incdec", op: o, prefix: false, target: e };
    }
    return e;
  }
  args(): Expr[] {
    this.expectOp("(");
    const list: Expr[] = [];
    this.nls();
    if (this.op(")")) return this.p++, list;
    for (;;) {
      const saveGt = this.noGt;
      this.noGt = 0;
      list.push(this.expr());
      this.noGt = saveGt;
      this.nls();
      if (this.op(")")) return this.p++, list;
      this.expectOp(",");
      this.nls();
    }
  }
  primary(): Expr {
    const t = this.peek();
    switch (t.t) {
      case "num":
        this.p++;
        return { k: "num", v: t.v };
      case "str":
        this.p++;
        return { k: "str", v: t.v };
      case "re":
        this.p++;
        return { k: "re", v: t.v };
      case "func": {
        this.p++;
        return { k: "call", name: t.v, args: this.args() };
      }
      case "builtin": {
        this.p++;
        if (t.v === "length" && !this.op("(")) return { k: "builtin", name: "length", args: [] };
        return { k: "builtin", name: t.v, args: this.args() };
      }
      case "name": {
        this.p++;
        if (this.op("[")) {
          this.p++;
          const subs = [this.expr()];
          while (this.op(",")) {
            this.p++;
            subs.push(this.expr());
          }
          this.expectOp("]");
          return { k: "idx", name: t.v, subs };
        }
        return { k: "var", name: t.v };
      }
      case "op":
        if (t.v === "$") {
          this.p++;
          if (this.op("++") || this.op("--")) return { k: "field", e: this.postfix() };
          if (this.op("-")) return this.p++, { k: "field", e: { k: "neg", e: this.primary() } };
          return { k: "field", e: this.primary() };
        }
        if (t.v === "(") {
          this.p++;
          const saveGt = this.noGt;
          this.noGt = 0;
          const first = this.expr();
          if (this.op(",")) {
            const list = [first];
            while (this.op(",")) {
              this.p++;
              this.nls();
              list.push(this.expr());
            }
            this.expectOp(")");
            this.noGt = saveGt;
            return Object.assign({ k: "group" as const, e: first }, { list });
          }
          this.expectOp(")");
          this.noGt = saveGt;
          return { k: "group", e: first };
        }
    }
    return this.fail();
  }
}
