import { IncompleteInput, ShellSyntaxError, type AndOr, type Pipeline, type Redirect, type Script, type SimpleCommand } from "./ast";
import { tokenize, type Token } from "./lexer";

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
    const opens = [...line.matchAll(HEREDOC)];
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
};

/** Parses a command line (possibly several lines) into a Script. */
export function parse(input: string): Script {
  const { rest, docs } = extractHereDocs(input);
  const tokens = tokenize(rest);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isOp = (t: Token | undefined, ...ops: string[]) => t?.type === "op" && ops.includes(t.op);

  const simple = (): SimpleCommand => {
    const cmd: SimpleCommand = { type: "simple", words: [], redirects: [] };
    for (;;) {
      const t = peek();
      if (!t || t.type === "newline") break;
      if (t.type === "word") {
        cmd.words.push(t.raw);
        pos++;
        continue;
      }
      if (t.op === "2>&1") {
        cmd.redirects.push({ fd: 2, op: ">&", target: "1" });
        pos++;
        continue;
      }
      if (t.op === "<<" || t.op === "<<-") {
        pos++;
        const delim = peek();
        if (delim?.type !== "word") throw new ShellSyntaxError(delim?.type === "op" ? delim.op : "newline");
        pos++;
        const doc = docs.shift();
        if (!doc) throw new IncompleteInput("here-document");
        cmd.redirects.push({ fd: 0, op: "<<", target: doc.body, expand: doc.expand });
        continue;
      }
      const r = REDIRECT_OPS[t.op];
      if (!r) break;
      pos++;
      const target = peek();
      if (target?.type !== "word") throw new ShellSyntaxError(target?.type === "op" ? target.op : "newline");
      pos++;
      cmd.redirects.push({ ...r, target: target.raw });
    }
    return cmd;
  };

  const pipeline = (): Pipeline => {
    let negate = false;
    if (peek()?.type === "word" && (peek() as { raw: string }).raw === "!") {
      negate = true;
      pos++;
    }
    const nonEmpty = () => {
      const c = simple();
      if (c.words.length === 0 && c.redirects.length === 0) throw new ShellSyntaxError(tokenText(peek()));
      return c;
    };
    const commands = [nonEmpty()];
    while (isOp(peek(), "|")) {
      pos++;
      while (peek()?.type === "newline") pos++;
      if (!peek()) throw new IncompleteInput("pipe");
      commands.push(nonEmpty());
    }
    return { negate, commands };
  };

  const script: Script = [];
  while (pos < tokens.length) {
    const t = peek();
    if (t?.type === "newline" || isOp(t, ";")) {
      if (isOp(t, ";") && script.length === 0) throw new ShellSyntaxError(";");
      pos++;
      continue;
    }
    if (t?.type === "op" && !REDIRECT_OPS[t.op] && !["<<", "<<-", "2>&1"].includes(t.op)) throw new ShellSyntaxError(t.op);
    const chain: AndOr = { first: pipeline(), rest: [] };
    while (isOp(peek(), "&&", "||")) {
      const op = (peek() as { op: "&&" | "||" }).op;
      pos++;
      while (peek()?.type === "newline") pos++;
      if (!peek()) throw new IncompleteInput(op);
      chain.rest.push({ op, pipeline: pipeline() });
    }
    script.push(chain);
    const next = peek();
    if (next && next.type === "op" && !["&&", "||", ";", "&"].includes(next.op)) throw new ShellSyntaxError(next.op);
    if (isOp(next, "&")) pos++; // background jobs run in the foreground here
  }
  return script;
}

function tokenText(t: Token | undefined): string {
  if (!t || t.type === "newline") return "newline";
  return t.type === "op" ? t.op : t.raw;
}
