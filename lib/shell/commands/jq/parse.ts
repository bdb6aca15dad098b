import type { Ast } from "./ast";
import { lex, type Tok } from "./lexer";
import { KEYWORDS } from "./cursor";
import { JqOperatorParser } from "./operators";

export type { Ast } from "./ast";
export { JqSyntaxError } from "./syntax-error";

/** jq terms: literals, strings with interpolation, paths, arrays, objects, calls, if/try/reduce/foreach. */
class JqParser extends JqOperatorParser {
  stringAst(t: Tok & { t: "str" }, format?: string): Ast {
    if (t.parts.every((x) => typeof x === "string") && !format) return { k: "lit", v: t.parts.join("") };
    return { k: "str", parts: t.parts.map((x) => (typeof x === "string" ? x : new JqParser(x).program())), format };
  }
  term(): Ast {
    const t = this.peek();
    switch (t.t) {
      case "num":
        this.p++;
        return { k: "lit", v: t.v };
      case "str":
        this.p++;
        return this.stringAst(t);
      case "format": {
        this.p++;
        const s = this.peek();
        if (s.t === "str") {
          this.p++;
          return this.stringAst(s, t.v);
        }
        return { k: "format", name: t.v };
      }
      case "field":
        this.p++;
        return { k: "index", target: { k: "id" }, index: { k: "lit", v: t.v }, opt: this.optional() };
      case "var":
        this.p++;
        return { k: "var", name: t.v };
      case "op":
        if (t.v === ".") {
          this.p++;
          const n = this.peek();
          if (n.t === "str") {
            this.p++;
            return { k: "index", target: { k: "id" }, index: this.stringAst(n), opt: this.optional() };
          }
          if (n.t === "op" && n.v === "[") return this.bracketSuffix({ k: "id" });
          return { k: "id" };
        }
        if (t.v === "..") {
          this.p++;
          return { k: "recurse" };
        }
        if (t.v === "(") {
          this.p++;
          const e = this.pipe();
          this.expectOp(")");
          return e;
        }
        if (t.v === "[") {
          this.p++;
          if (this.isOp("]")) {
            this.p++;
            return { k: "arr" };
          }
          const e = this.pipe();
          this.expectOp("]");
          return { k: "arr", e };
        }
        if (t.v === "{") {
          this.p++;
          const entries: { key: Ast; value?: Ast }[] = [];
          while (!this.isOp("}")) {
            const k = this.peek();
            let key: Ast;
            if (k.t === "ident" || k.t === "field") {
              key = { k: "lit", v: k.v };
              this.p++;
            } else if (k.t === "var") {
              this.p++;
              entries.push({ key: { k: "lit", v: k.v }, value: { k: "var", name: k.v } });
              if (this.isOp(",")) this.p++;
              continue;
            } else if (k.t === "str") {
              key = this.stringAst(k);
              this.p++;
            } else if (k.t === "num") {
              key = { k: "lit", v: k.v };
              this.p++;
            } else if (k.t === "op" && k.v === "(") {
              this.p++;
              key = this.pipe();
              this.expectOp(")");
            } else return this.fail();
            let value: Ast | undefined;
            if (this.isOp(":")) {
              this.p++;
              value = this.objValue();
            }
            entries.push({ key, value });
            if (this.isOp(",")) this.p++;
            else if (!this.isOp("}")) this.fail();
          }
          this.p++;
          return { k: "obj", entries };
        }
        return this.fail();
      case "ident": {
        if (t.v === "if") {
          this.p++;
          const cond = this.pipe();
          this.expectIdent("then");
          const then = this.pipe();
          return { k: "if", cond, then, else: this.ifTail() };
        }
        if (t.v === "reduce") {
          this.p++;
          const src = this.postfix();
          this.expectIdent("as");
          const v = this.peek();
          if (v.t !== "var") this.fail();
          this.p++;
          this.expectOp("(");
          const init = this.pipe();
          this.expectOp(";");
          const update = this.pipe();
          this.expectOp(")");
          return { k: "reduce", src, name: (v as { v: string }).v, init, update };
        }
        if (t.v === "try") {
          this.p++;
          const e = this.postfix();
          if (this.isIdent("catch")) {
            this.p++;
            return { k: "try", e, catch: this.postfix() };
          }
          return { k: "try", e };
        }
        if (KEYWORDS.has(t.v)) return this.fail();
        this.p++;
        if (t.v === "true" || t.v === "false" || t.v === "null") return { k: "lit", v: t.v === "null" ? null : t.v === "true" };
        const args: Ast[] = [];
        if (this.isOp("(")) {
          this.p++;
          for (;;) {
            args.push(this.pipe());
            if (this.isOp(";")) this.p++;
            else break;
          }
          this.expectOp(")");
        }
        return { k: "call", name: t.v, args };
      }
    }
    return this.fail();
  }
  objValue(): Ast {
    let a = this.postfixOrNeg();
    while (this.isOp("|")) {
      this.p++;
      a = { k: "pipe", a, b: this.postfixOrNeg() };
    }
    return a;
  }
  postfixOrNeg(): Ast {
    let a = this.unary();
    while (this.isOp("+") || this.isOp("-") || this.isOp("*") || this.isOp("/") || this.isOp("//") || this.isOp("==") || this.isOp("!=")) {
      const op = (this.peek() as { v: string }).v;
      this.p++;
      a = op === "//" ? { k: "alt", a, b: this.unary() } : { k: "bin", op, a, b: this.unary() };
    }
    return a;
  }
  ifTail(): Ast | undefined {
    if (this.isIdent("elif")) {
      this.p++;
      const cond = this.pipe();
      this.expectIdent("then");
      const then = this.pipe();
      return { k: "if", cond, then, else: this.ifTail() };
    }
    if (this.isIdent("else")) {
      this.p++;
      const e = this.pipe();
      this.expectIdent("end");
      return e;
    }
    this.expectIdent("end");
    return undefined;
  }

  program(): Ast {
    const ast = this.pipe();
    if (this.peek().t !== "eof") this.fail();
    return ast;
  }
}

export function parseJq(src: string): Ast {
  return new JqParser(lex(src)).program();
}
