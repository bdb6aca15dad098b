import { IncompleteInput, ShellSyntaxError, type AndOr, type Command, type Pipeline, type Redirect, type Script, type SimpleCommand } from "./ast";
import { tokenize, type Token } from "./lexer";
import { parseCompound, RESERVED } from "./compound";

interface HereDoc {
  body: string;
  expand: boolean;
}

const HEREDOC = /<<(-?)\s*(['"]?)([A-Za-z_][\w-]*)\2/g;

/** Pulls here-doc bodies out of the input: they are the lines after the line that opens them. */
function extractHereDocs(input: string): { rest: string; docs: HereDoc[] } {
  const lines = input.split("\n");
  const out: string[] = [];
  const docs: HereDoc[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    out.push(line);
    const opens = [...line.replace(/<<</g, "   ").matchAll(HEREDOC)];
    for (const m of opens) {
      const strip = m[1] === "-";
      const delim = m[3];
      const body: string[] = [];
      let closed = false;
      while (++i < lines.length) {
        const l = strip ? lines[i].replace(/^\t+/, "") : lines[i];
        if (l === delim) {
          closed = true;
          break;
        }
        body.push(l);
      }
      if (!closed) throw new IncompleteInput(`here-document delimited by end-of-file (wanted \`${delim}')`);
      docs.push({ body: body.map((l) => l + "\n").join(""), expand: m[2] === "" });
    }
  }
  return { rest: out.join("\n"), docs };
}

const REDIRECT_OPS: Record<string, { fd: Redirect["fd"]; op: Redirect["op"] }> = {
  ">": { fd: 1, op: ">" },
  "1>": { fd: 1, op: ">" },
  ">>": { fd: 1, op: ">>" },
  "1>>": { fd: 1, op: ">>" },
  "2>": { fd: 2, op: ">" },
  "2>>": { fd: 2, op: ">>" },
  "<": { fd: 0, op: "<" },
  "0<": { fd: 0, op: "<" },
  "&>": { fd: "&", op: ">" },
  ">&": { fd: 1, op: ">&" },
  "<<<": { fd: 0, op: "<<<" },
};

/** The parser's cursor over the tokens, shared with the compound-command rules in compound.ts. */
export class Parser {
  pos = 0;
  constructor(
    readonly tokens: Token[],
    private readonly docs: HereDoc[],
  ) {}

  peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  isOp(t: Token | undefined, ...ops: string[]): boolean {
    return t?.type === "op" && ops.includes(t.op);
  }

  /** Whether the next token is the unquoted word `w` (a reserved word in command position). */
  isWord(w: string, t = this.peek()): boolean {
    return t?.type === "word" && t.raw === w;
  }

  skipNewlines(): void {
    while (this.peek()?.type === "newline") this.pos++;
  }

  /** Fails on the next token as bash does: `near unexpected token`, or wants more input at the end. */
  unexpected(): never {
    const t = this.peek();
    if (!t) throw new IncompleteInput("syntax error: unexpected end of file");
    throw new ShellSyntaxError(tokenText(t));
  }

  expectWord(w: string): void {
    this.skipNewlines();
    if (!this.isWord(w)) this.unexpected();
    this.pos++;
  }

  /** Redirections after a command (simple or compound); returns false at the first non-redirect. */
  redirect(into: Redirect[]): boolean {
    const t = this.peek();
    if (t?.type !== "op") return false;
    if (t.op === "2>&1") {
      into.push({ fd: 2, op: ">&", target: "1" });
      this.pos++;
      return true;
    }
    if (t.op === "<<" || t.op === "<<-") {
      this.pos++;
      const delim = this.peek();
      if (delim?.type !== "word") this.unexpected();
      this.pos++;
      const doc = this.docs.shift();
      if (!doc) throw new IncompleteInput("here-document");
      into.push({ fd: 0, op: "<<", target: doc.body, expand: doc.expand });
      return true;
    }
    const r = REDIRECT_OPS[t.op];
    if (!r) return false;
    this.pos++;
    const target = this.peek();
    if (target?.type !== "word") this.unexpected();
    this.pos++;
    into.push({ ...r, target: target.raw });
    return true;
  }

  simple(): SimpleCommand {
    const cmd: SimpleCommand = { type: "simple", words: [], redirects: [] };
    for (;;) {
      const t = this.peek();
      if (!t || t.type === "newline") break;
      if (t.type === "word") {
        cmd.words.push(t.raw);
        this.pos++;
        continue;
      }
      if (t.type === "arith") throw new ShellSyntaxError("((");
      if (this.isOp(t, "(") && cmd.words.length) throw new ShellSyntaxError("(");
      if (!this.redirect(cmd.redirects)) break;
    }
    return cmd;
  }

  command(): Command {
    const t = this.peek();
    if (t?.type === "word" && RESERVED.has(t.raw)) return parseCompound(this, t.raw);
    if (t?.type === "arith" || this.isOp(t, "(")) return parseCompound(this, t?.type === "arith" ? "((" : "(");
    if (t?.type === "word" && this.isOp(this.tokens[this.pos + 1], "(") && this.isOp(this.tokens[this.pos + 2], ")")) return parseCompound(this, "name()");
    const c = this.simple();
    if (c.words.length === 0 && c.redirects.length === 0) this.unexpected();
    return c;
  }

  pipeline(): Pipeline {
    let negate = false;
    if (this.isWord("!")) {
      negate = true;
      this.pos++;
    }
    const commands = [this.command()];
    while (this.isOp(this.peek(), "|")) {
      this.pos++;
      this.skipNewlines();
      if (!this.peek()) throw new IncompleteInput("pipe");
      commands.push(this.command());
    }
    return { negate, commands };
  }

  andOr(): AndOr {
    const chain: AndOr = { first: this.pipeline(), rest: [] };
    while (this.isOp(this.peek(), "&&", "||")) {
      const op = (this.peek() as { op: "&&" | "||" }).op;
      this.pos++;
      this.skipNewlines();
      if (!this.peek()) throw new IncompleteInput(op);
      chain.rest.push({ op, pipeline: this.pipeline() });
    }
    return chain;
  }

  /**
   * A list of and-or chains separated by `;`, `&` or newlines, up to one of the `stop` reserved
   * words (or `)` / `;;` inside a subshell or case item). At top level (`stop` undefined) it runs to
   * the end of input; inside a compound, running out of input asks for more lines.
   */
  list(stop?: string[]): Script {
    const script: Script = [];
    for (;;) {
      this.skipNewlines();
      const t = this.peek();
      if (!t) {
        if (stop) throw new IncompleteInput("syntax error: unexpected end of file");
        break;
      }
      if (stop && (this.isOp(t, ")", ";;") || (t.type === "word" && stop.includes(t.raw)))) break;
      script.push(this.andOr());
      const next = this.peek();
      if (this.isOp(next, ";", "&")) {
        this.pos++;
        continue;
      }
      if (!next || next.type === "newline") continue;
      if (stop && (this.isOp(next, ")", ";;") || (next.type === "word" && stop.includes(next.raw)))) break;
      this.unexpected();
    }
    return script;
  }
}

/** Parses a command line (possibly several lines) into a Script. */
export function parse(input: string): Script {
  const { rest, docs } = extractHereDocs(input);
  const p = new Parser(tokenize(rest), docs);
  const script = p.list();
  if (p.pos < p.tokens.length) p.unexpected();
  return script;
}

/** Whether `text` is an unfinished command that needs more lines (the terminal then shows `> `). */
export function needsMoreInput(text: string): boolean {
  try {
    parse(text);
    return false;
  } catch (e) {
    return e instanceof IncompleteInput;
  }
}

export function tokenText(t: Token | undefined): string {
  if (!t || t.type === "newline") return "newline";
  if (t.type === "arith") return "((";
  return t.type === "op" ? t.op : t.raw;
}
