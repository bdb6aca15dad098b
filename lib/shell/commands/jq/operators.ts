import type { Ast } from "./ast";
import { JqCursor } from "./cursor";
import type { Tok } from "./lexer";

/** jq's operators by precedence: `def`, `as` bindings and reduce/foreach heads, `|`, `,`, `//`, assignments, and/or, comparisons, arithmetic, postfix paths. */
export abstract class JqOperatorParser extends JqCursor {
  abstract term(): Ast;
  abstract ifTail(): Ast | undefined;
  abstract stringAst(t: Tok & { t: "str" }, format?: string): Ast;

  pipe(): Ast {
    if (this.isIdent("def")) {
      this.p++;
      const name = this.peek();
      if (name.t !== "ident") this.fail();
      this.p++;
      const params: string[] = [];
      if (this.isOp("(")) {
        this.p++;
        for (;;) {
          const t = this.peek();
          if (t.t !== "ident" && t.t !== "var") this.fail();
          params.push((t as { v: string }).v);
          this.p++;
          if (this.isOp(";")) this.p++;
          else break;
        }
        this.expectOp(")");
      }
      this.expectOp(":");
      const body = this.pipe();
      this.expectOp(";");
      return { k: "def", name: (name as { v: string }).v, params, body, rest: this.pipe() };
    }
    const a = this.comma();
    if (this.isIdent("as")) {
      this.p++;
      const v = this.peek();
      if (v.t !== "var") this.fail();
      this.p++;
      this.expectOp("|");
      return { k: "as", src: a, name: (v as { v: string }).v, body: this.pipe() };
    }
    if (this.isOp("|")) {
      this.p++;
      return { k: "pipe", a, b: this.pipe() };
    }
    return a;
  }
  comma(): Ast {
    let a = this.alt();
    while (this.isOp(",")) {
      this.p++;
      a = { k: "comma", a, b: this.alt() };
    }
    return a;
  }
  alt(): Ast {
    const a = this.assign();
    if (this.isOp("//")) {
      this.p++;
      return { k: "alt", a, b: this.alt() };
    }
    return a;
  }
  assign(): Ast {
    const a = this.or();
    const t = this.peek();
    if (t.t === "op" && ["=", "|=", "+=", "-=", "*=", "/=", "%=", "//="].includes(t.v)) {
      this.p++;
      return { k: "assign", op: t.v, lhs: a, rhs: this.alt() };
    }
    return a;
  }
  or(): Ast {
    let a = this.and();
    while (this.isOp("or")) {
      this.p++;
      a = { k: "or", a, b: this.and() };
    }
    return a;
  }
  and(): Ast {
    let a = this.compare();
    while (this.isOp("and")) {
      this.p++;
      a = { k: "and", a, b: this.compare() };
    }
    return a;
  }
  compare(): Ast {
    const a = this.additive();
    const t = this.peek();
    if (t.t === "op" && ["==", "!=", "<", "<=", ">", ">="].includes(t.v)) {
      this.p++;
      return { k: "bin", op: t.v, a, b: this.additive() };
    }
    return a;
  }
  additive(): Ast {
    let a = this.mult();
    while (this.isOp("+") || this.isOp("-")) {
      const op = (this.peek() as { v: string }).v;
      this.p++;
      a = { k: "bin", op, a, b: this.mult() };
    }
    return a;
  }
  mult(): Ast {
    let a = this.unary();
    while (this.isOp("*") || this.isOp("/") || this.isOp("%")) {
      const op = (this.peek() as { v: string }).v;
      this.p++;
      a = { k: "bin", op, a, b: this.unary() };
    }
    return a;
  }
  unary(): Ast {
    return (this.isOp("-") ? (this.p++, { k: "neg", e: this.postfix() }) : this.postfix());
  }
  bracketSuffix(target: Ast): Ast {
    this.p++;
    if (this.isOp("]")) {
      this.p++;
      return { k: "iter", target, opt: this.optional() };
    }
    if (this.isOp(":")) {
      this.p++;
      const to = this.pipe();
      this.expectOp("]");
      return { k: "slice", target, to, opt: this.optional() };
    }
    const idx = this.pipe();
    if (this.isOp(":")) {
      this.p++;
      const to = this.isOp("]") ? undefined : this.pipe();
      this.expectOp("]");
      return { k: "slice", target, from: idx, to, opt: this.optional() };
    }
    this.expectOp("]");
    return { k: "index", target, index: idx, opt: this.optional() };
  }
  optional() {
    return (this.isOp("?") ? (this.p++, true) : false);
  }
  postfix(): Ast {
    let e = this.term();
    for (;;) {
      const t = this.peek();
      if (t.t === "field") {
        this.p++;
        e = { k: "index", target: e, index: { k: "lit", v: t.v }, opt: this.optional() };
      } else if (t.t === "op" && t.v === "." && this.toks[this.p + 1].t === "str") {
        this.p++;
        const s = this.stringAst(this.peek() as Tok & { t: "str" });
        this.p++;
        e = { k: "index", target: e, index: s, opt: this.optional() };
      } else if (t.t === "op" && t.v === "[") e = this.bracketSuffix(e);
      else if (t.t === "op" && t.v === "." && this.toks[this.p + 1].t === "op" && (this.toks[this.p + 1] as { v: string }).v === "[") {
        this.p++;
        e = this.bracketSuffix(e);
      } else if (t.t === "op" && t.v === "?") {
        this.p++;
        e = { k: "try", e };
      } else return e;
    }
  }
}
