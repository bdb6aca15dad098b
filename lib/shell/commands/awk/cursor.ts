import { AwkSyntaxError, type Tok } from "./lexer";

/** A position in the token list and the small questions every parsing rule asks of it. */
export class TokenCursor {
  p = 0;
  /** Inside `print` arguments `>` is redirection, not comparison; in a `for (k in a)` head `in` is taken. */
  noGt = 0;
  noIn = 0;

  constructor(protected readonly toks: Tok[]) {}

  peek(): Tok {
    return this.toks[this.p];
  }
  is(t: Tok["t"], v?: string) {
    const x = this.toks[this.p];
    return x.t === t && (v === undefined || (x as { v?: unknown }).v === v);
  }
  op(v: string) {
    return this.is("op", v);
  }
  fail(): never {
    const t = this.peek();
    throw new AwkSyntaxError(t.pos, t.t === "eof" || t.t === "nl" ? "unexpected newline or end of string" : "syntax error");
  }
  expectOp(v: string) {
    if (!this.op(v)) this.fail();
    this.p++;
  }
  nls() {
    while (this.is("nl")) this.p++;
  }
  terms() {
    while (this.is("nl") || this.op(";")) this.p++;
  }
}
