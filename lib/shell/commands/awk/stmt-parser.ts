import type { Dest, Expr, Stmt } from "./ast";
import { ExprParser } from "./expr-parser";

/** awk statements: print/printf with redirections, control flow, delete, blocks. */
export class StmtParser extends ExprParser {
  simpleEnd() {
    if (this.op(";") || this.is("nl")) {
      this.p++;
      return;
    }
    if (this.op("}") || this.is("eof")) return;
    this.fail();
  }
  printStmt(kind: "print" | "printf"): Stmt {
    this.p++;
    let list: Expr[] = [];
    this.noGt++;
    if (this.op("(")) {
      const save = this.p;
      const g = this.primary() as Expr & { list?: Expr[] };
      if (this.op(";") || this.op("}") || this.is("nl") || this.is("eof") || this.op(">") || this.op(">>") || this.op("|")) list = g.list ?? [g.k === "group" ? g.e : g];
      else {
        this.p = save;
        list = [];
      }
    }
    if (list.length === 0 && !this.op(";") && !this.op("}") && !this.is("nl") && !this.is("eof") && !this.op(">") && !this.op(">>") && !this.op("|")) {
      list.push(this.expr());
      while (this.op(",")) {
        this.p++;
        this.nls();
        list.push(this.expr());
      }
    }
    this.noGt--;
    let dest: Dest;
    if (this.op(">") || this.op(">>") || this.op("|")) {
      const o = (this.peek() as { v: ">" | ">>" | "|" }).v;
      this.p++;
      dest = { op: o, e: this.concat() };
    }
    if (kind === "printf" && list.length === 0) this.fail();
    this.simpleEnd();
    return { k: kind, args: list, dest };
  }
  block(): Stmt[] {
    this.expectOp("{");
    const body: Stmt[] = [];
    this.terms();
    while (!this.op("}")) {
      if (this.is("eof")) this.fail();
      body.push(this.stmt());
      this.terms();
    }
    this.p++;
    return body;
  }
  stmt(): Stmt {
    const t = this.peek();
    if (this.op("{")) return { k: "block", body: this.block() };
    if (this.op(";")) return this.p++, { k: "block", body: [] };
    if (t.t === "kw") {
      switch (t.v) {
        case "print":
        case "printf":
          return this.printStmt(t.v);
        case "if": {
          this.p++;
          this.expectOp("(");
          const c = this.expr();
          this.expectOp(")");
          this.nls();
          const a = this.stmt();
          const save = this.p;
          this.terms();
          if (this.is("kw", "else")) {
            this.p++;
            this.nls();
            return { k: "if", c, a, b: this.stmt() };
          }
          this.p = save;
          return { k: "if", c, a };
        }
        case "while": {
          this.p++;
          this.expectOp("(");
          const c = this.expr();
          this.expectOp(")");
          if (this.op(";")) return this.p++, { k: "while", c, body: { k: "block", body: [] } };
          this.nls();
          return { k: "while", c, body: this.stmt() };
        }
        case "do": {
          this.p++;
          this.nls();
          const body = this.stmt();
          this.terms();
          if (!this.is("kw", "while")) this.fail();
          this.p++;
          this.expectOp("(");
          const c = this.expr();
          this.expectOp(")");
          this.simpleEnd();
          return { k: "do", body, c };
        }
        case "for": {
          this.p++;
          this.expectOp("(");
          const t1 = this.toks[this.p];
          const t2 = this.toks[this.p + 1];
          const t3 = this.toks[this.p + 2];
          if (t1.t === "name" && t2.t === "kw" && t2.v === "in" && t3.t === "name" && this.toks[this.p + 3].t === "op" && (this.toks[this.p + 3] as { v: string }).v === ")") {
            this.p += 4;
            this.nls();
            return { k: "forin", v: t1.v, arr: t3.v, body: this.stmt() };
          }
          const init = this.op(";") ? undefined : this.expr();
          this.expectOp(";");
          this.nls();
          const c = this.op(";") ? undefined : this.expr();
          this.expectOp(";");
          this.nls();
          const step = this.op(")") ? undefined : this.expr();
          this.expectOp(")");
          if (this.op(";")) return this.p++, { k: "for", init, c, step, body: { k: "block", body: [] } };
          this.nls();
          return { k: "for", init, c, step, body: this.stmt() };
        }
        case "next":
        case "nextfile":
        case "break":
        case "continue":
          this.p++;
          this.simpleEnd();
          return { k: t.v };
        case "exit":
        case "return": {
          this.p++;
          const e = this.op(";") || this.op("}") || this.is("nl") || this.is("eof") ? undefined : this.expr();
          this.simpleEnd();
          return { k: t.v, e };
        }
        case "delete": {
          this.p++;
          const n = this.peek();
          if (n.t !== "name") this.fail();
          this.p++;
          let subs: Expr[] | undefined;
          if (this.op("[")) {
            this.p++;
            subs = [this.expr()];
            while (this.op(",")) {
              this.p++;
              subs.push(this.expr());
            }
            this.expectOp("]");
          }
          this.simpleEnd();
          return { k: "delete", name: (n as { v: string }).v, subs };
        }
        case "getline":
          this.p++;
          this.simpleEnd();
          return { k: "getline" };
      }
    }
    const e = this.expr();
    this.simpleEnd();
    return { k: "expr", e };
  }
}
