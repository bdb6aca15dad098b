import { IncompleteInput, ShellSyntaxError, type CaseClause, type Command, type Redirect, type Script } from "./ast";
import type { Parser } from "./parser";
import { evalCond, type CondEnv } from "../cond";

/** Words that start or end a compound command when they appear where a command name would be. */
export const RESERVED = new Set(["if", "then", "elif", "else", "fi", "for", "while", "until", "do", "done", "case", "esac", "{", "}", "[[", "function"]);

const NAME = /^[A-Za-z_]\w*$/;

/** A non-empty list up to `stop`; an empty one fails on the token that ended it, as bash does. */
function body(p: Parser, stop: string[]): Script {
  const s = p.list(stop);
  if (s.length === 0) p.unexpected();
  return s;
}

function withRedirects<T extends { redirects: Redirect[] }>(p: Parser, cmd: T): T {
  while (p.redirect(cmd.redirects));
  return cmd;
}

/** `[[ ... ]]`: operators inside are plain words to the conditional evaluator. */
function cond(p: Parser): string[] {
  const words: string[] = [];
  for (;;) {
    const t = p.peek();
    if (!t || t.type === "newline") {
      if (words.length === 0 || !t) throw t ? new ShellSyntaxError("newline", "unexpected token `newline', conditional binary operator expected") : new IncompleteInput("syntax error: unexpected end of file");
      throw new ShellSyntaxError("newline", "unexpected token `newline', conditional binary operator expected");
    }
    p.pos++;
    if (t.type === "word" && t.raw === "]]") {
      const check = evalCond(words, DRY);
      if (typeof check === "string") throw new ShellSyntaxError("]]", check);
      return words;
    }
    const text = t.type === "arith" ? `((${t.expr}))` : t.type === "word" ? t.raw : t.op;
    // The regex after `=~` is one word even where it holds `(`, `)` or `|`.
    if (words[words.length - 2] === "=~" && !t.spaced) words[words.length - 1] += text;
    else words.push(text);
  }
}

const DRY: CondEnv = { expand: () => "", stat: () => undefined, setVar: () => {}, ctx: { vars: () => undefined, lastExit: 0, home: "/", substitute: () => "", glob: () => [] } };

function forClause(p: Parser): Command {
  const t = p.peek();
  if (t?.type === "arith") {
    p.pos++;
    const parts = t.expr.split(";");
    if (parts.length !== 3) throw new ShellSyntaxError("((", `syntax error: arithmetic expression required`);
    if (p.isOp(p.peek(), ";")) p.pos++;
    p.expectWord("do");
    const b = body(p, ["done"]);
    p.expectWord("done");
    return withRedirects(p, { type: "arithfor", init: parts[0], cond: parts[1], step: parts[2], body: b, redirects: [] });
  }
  if (t?.type !== "word") p.unexpected();
  if (!NAME.test(t.raw)) throw new ShellSyntaxError(t.raw, `\`${t.raw}': not a valid identifier`);
  p.pos++;
  p.skipNewlines();
  let words: string[] | undefined;
  if (p.isWord("in")) {
    p.pos++;
    words = [];
    for (let w = p.peek(); w?.type === "word"; w = p.peek()) {
      words.push(w.raw);
      p.pos++;
    }
    if (!p.peek()) throw new IncompleteInput("syntax error: unexpected end of file");
    if (!p.isOp(p.peek(), ";") && p.peek()?.type !== "newline") p.unexpected();
    p.pos++;
  } else if (p.isOp(p.peek(), ";")) p.pos++;
  p.expectWord("do");
  const b = body(p, ["done"]);
  p.expectWord("done");
  return withRedirects(p, { type: "for", name: t.raw, words, body: b, redirects: [] });
}

function caseClause(p: Parser): Command {
  const w = p.peek();
  if (w?.type !== "word") p.unexpected();
  p.pos++;
  p.expectWord("in");
  const items: CaseClause["items"] = [];
  for (;;) {
    p.skipNewlines();
    if (p.isWord("esac")) break;
    if (p.isOp(p.peek(), "(")) p.pos++;
    const patterns: string[] = [];
    for (;;) {
      const t = p.peek();
      if (t?.type !== "word") p.unexpected();
      patterns.push(t.raw);
      p.pos++;
      if (!p.isOp(p.peek(), "|")) break;
      p.pos++;
    }
    if (!p.isOp(p.peek(), ")")) p.unexpected();
    p.pos++;
    const b = p.list(["esac"]);
    items.push({ patterns, body: b });
    if (p.isOp(p.peek(), ";;")) {
      p.pos++;
      continue;
    }
    p.skipNewlines();
    if (!p.isWord("esac")) p.unexpected();
  }
  p.pos++;
  return withRedirects(p, { type: "case", word: w.raw, items, redirects: [] });
}

function functionBody(p: Parser, name: string): Command {
  p.skipNewlines();
  const t = p.peek();
  if (!t) throw new IncompleteInput("syntax error: unexpected end of file");
  const isCompound = (t.type === "word" && ["{", "if", "for", "while", "until", "case", "[["].includes(t.raw)) || p.isOp(t, "(") || t.type === "arith";
  if (!isCompound) p.unexpected();
  return { type: "function", name, body: p.command(), redirects: [] };
}

/** Parses the compound command that starts at the current token (`kind` names it). */
export function parseCompound(p: Parser, kind: string): Command {
  p.pos++;
  switch (kind) {
    case "if": {
      const branches = [{ cond: body(p, ["then"]), body: [] as Script }];
      p.expectWord("then");
      branches[0].body = body(p, ["elif", "else", "fi"]);
      let elseBody: Script | undefined;
      for (;;) {
        if (p.isWord("elif")) {
          p.pos++;
          const c = body(p, ["then"]);
          p.expectWord("then");
          branches.push({ cond: c, body: body(p, ["elif", "else", "fi"]) });
          continue;
        }
        if (p.isWord("else")) {
          p.pos++;
          elseBody = body(p, ["fi"]);
        }
        p.expectWord("fi");
        break;
      }
      return withRedirects(p, { type: "if", branches, elseBody, redirects: [] });
    }
    case "while":
    case "until": {
      const c = body(p, ["do"]);
      p.expectWord("do");
      const b = body(p, ["done"]);
      p.expectWord("done");
      return withRedirects(p, { type: "while", until: kind === "until", cond: c, body: b, redirects: [] });
    }
    case "for":
      return forClause(p);
    case "case":
      return caseClause(p);
    case "{": {
      const b = body(p, ["}"]);
      p.expectWord("}");
      return withRedirects(p, { type: "group", subshell: false, body: b, redirects: [] });
    }
    case "(": {
      const b = body(p, []);
      if (!p.isOp(p.peek(), ")")) p.unexpected();
      p.pos++;
      return withRedirects(p, { type: "group", subshell: true, body: b, redirects: [] });
    }
    case "((": {
      const t = p.tokens[p.pos - 1] as { expr: string };
      return withRedirects(p, { type: "arith", expr: t.expr, redirects: [] });
    }
    case "[[":
      return withRedirects(p, { type: "cond", words: cond(p), redirects: [] });
    case "function": {
      const t = p.peek();
      if (t?.type !== "word") p.unexpected();
      p.pos++;
      if (p.isOp(p.peek(), "(")) {
        p.pos++;
        if (!p.isOp(p.peek(), ")")) p.unexpected();
        p.pos++;
      }
      return functionBody(p, t.raw);
    }
    case "name()": {
      const t = p.tokens[p.pos - 1] as { raw: string };
      p.pos += 2;
      return functionBody(p, t.raw);
    }
    default:
      p.pos--;
      throw new ShellSyntaxError(kind);
  }
}
