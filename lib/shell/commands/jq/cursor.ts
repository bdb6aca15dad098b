import type { Tok } from "./lexer";
import { JqSyntaxError } from "./syntax-error";

export const KEYWORDS = new Set(["if", "then", "elif", "else", "end", "as", "reduce", "foreach", "try", "catch", "def", "label", "import", "include"]);

/** A position in jq's token list and the checks every parsing rule makes; errors name tokens as jq's grammar does. */
export class JqCursor {
  p = 0;

  constructor(protected readonly toks: Tok[]) {}

  peek() {
    return this.toks[this.p];
  }
  isOp(v: string) {
    const t = this.toks[this.p];
    return t.t === "op" && t.v === v;
  }
  isIdent(v: string) {
    const t = this.toks[this.p];
    return t.t === "ident" && t.v === v;
  }
  describe(t: Tok): string {
    if (t.t === "eof") return "$end";
    if (t.t === "ident") return KEYWORDS.has(t.v) ? t.v : "IDENT";
    if (t.t === "num") return "LITERAL";
    if (t.t === "str") return "QQSTRING_START";
    if (t.t === "field") return "FIELD";
    if (t.t === "op") return t.v === ".." ? "REC" : t.v.length > 1 ? t.v : `'${t.v}'`;
    return "IDENT";
  }
  fail(): never {
    throw new JqSyntaxError(`syntax error, unexpected ${this.describe(this.peek())}`);
  }
  expectOp(v: string) {
    if (!this.isOp(v)) this.fail();
    this.p++;
  }
  expectIdent(v: string) {
    if (!this.isIdent(v)) this.fail();
    this.p++;
  }
}
