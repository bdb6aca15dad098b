import type { Item, Program } from "./ast";
import { lex } from "./lexer";
import { StmtParser } from "./stmt-parser";

export type { Dest, Expr, Item, Program, Stmt } from "./ast";

/** A whole awk program: BEGIN/END blocks, function definitions, pattern-action items. */
class ProgramParser extends StmtParser {
  program(): Program {
    const program: Program = { items: [], functions: {} };
    this.terms();
    while (!this.is("eof")) {
      let braced = true;
      if (this.is("kw", "BEGIN") || this.is("kw", "END")) {
        const which = (this.peek() as { v: "BEGIN" | "END" }).v;
        this.p++;
        this.nls();
        if (!this.op("{")) this.fail();
        program.items.push({ pattern: which, action: this.block() });
      } else if (this.is("kw", "function")) {
        this.p++;
        const n = this.peek();
        if (n.t !== "name" && n.t !== "func") this.fail();
        this.p++;
        this.expectOp("(");
        const params: string[] = [];
        while (!this.op(")")) {
          const q = this.peek();
          if (q.t !== "name") this.fail();
          params.push((q as { v: string }).v);
          this.p++;
          if (this.op(",")) this.p++;
          this.nls();
        }
        this.p++;
        this.nls();
        program.functions[(n as { v: string }).v] = { params, body: this.block() };
      } else {
        let pattern: Item["pattern"];
        if (!this.op("{")) {
          const a = this.expr();
          if (this.op(",")) {
            this.p++;
            this.nls();
            pattern = [a, this.expr()];
          } else pattern = a;
        }
        const action = this.op("{") ? this.block() : undefined;
        braced = !!action;
        program.items.push({ pattern, action });
      }
      if (!braced && !this.is("eof") && !this.is("nl") && !this.op(";")) this.fail();
      this.terms();
    }
    this.noIn = 0;
    return program;
  }
}

export function parseAwk(src: string): Program {
  return new ProgramParser(lex(src)).program();
}
