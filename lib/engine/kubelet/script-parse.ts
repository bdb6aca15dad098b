/**
 * A small POSIX sh grammar for what container commands in exam manifests contain:
 * `sh -c 'echo start; while true; do date >> /log/app.log; sleep 5; done'`. Lists (`;`, newline,
 * `&&`, `||`), pipes, redirections, `while`/`until`/`for`/`if`, quotes and `$VAR`/`$(...)` words.
 * The container's shell (not the learner's): its output becomes the container's log.
 */

/** A word keeps its raw text; expansion happens when the command runs (variables change over time). */
export interface Word {
  raw: string;
}
export interface Redirect {
  fd: 1 | 2;
  op: ">" | ">>" | ">&" | "<";
  target: Word;
}
export type Node =
  | { type: "simple"; words: Word[]; redirects: Redirect[]; assigns: [string, Word][] }
  | { type: "list"; items: { node: Node; op: ";" | "&&" | "||" }[] }
  | { type: "pipe"; cmds: Node[] }
  | { type: "while"; until: boolean; cond: Node; body: Node }
  | { type: "for"; name: string; values: Word[]; body: Node }
  | { type: "if"; cond: Node; then: Node; else?: Node }
  | { type: "not"; node: Node };

export class ScriptSyntaxError extends Error {}

type Tok = { kind: "word"; raw: string } | { kind: "op"; op: string };

const OPS = ["&&", "||", ";;", ">>", "2>&1", "2>>", "2>", ">&", ";", "&", "|", ">", "<", "\n", "(", ")"];

/** Splits a script into words (quotes kept raw) and operators. */
export function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === " " || ch === "\t") {
      i++;
      continue;
    }
    if (ch === "\\" && src[i + 1] === "\n") {
      i += 2;
      continue;
    }
    if (ch === "#") {
      while (i < src.length && src[i] !== "\n") i++;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (op) {
      toks.push({ kind: "op", op });
      i += op.length;
      continue;
    }
    let raw = "";
    while (i < src.length) {
      const c = src[i];
      if (c === " " || c === "\t" || c === "\n" || ";&|<>()".includes(c)) break;
      if (c === "'") {
        const end = src.indexOf("'", i + 1);
        if (end < 0) throw new ScriptSyntaxError("syntax error: unterminated quoted string");
        raw += src.slice(i, end + 1);
        i = end + 1;
      } else if (c === '"') {
        let j = i + 1;
        while (j < src.length && src[j] !== '"') j += src[j] === "\\" ? 2 : 1;
        if (j >= src.length) throw new ScriptSyntaxError("syntax error: unterminated quoted string");
        raw += src.slice(i, j + 1);
        i = j + 1;
      } else if (c === "$" && src[i + 1] === "(") {
        let depth = 0;
        let j = i + 1;
        for (; j < src.length; j++) {
          if (src[j] === "(") depth++;
          else if (src[j] === ")" && --depth === 0) break;
        }
        raw += src.slice(i, j + 1);
        i = j + 1;
      } else if (c === "\\") {
        raw += src.slice(i, i + 2);
        i += 2;
      } else {
        raw += c;
        i++;
      }
    }
    toks.push({ kind: "word", raw });
  }
  return toks;
}

const RESERVED = new Set(["do", "done", "then", "else", "elif", "fi", "in"]);

/** Parses a script into a list node; throws ScriptSyntaxError worded as sh does. */
export function parseScript(src: string): Node {
  const toks = tokenize(src);
  let p = 0;
  const peek = () => toks[p];
  const isWord = (w: string) => peek()?.kind === "word" && (peek() as { raw: string }).raw === w;
  const isOp = (o: string) => peek()?.kind === "op" && (peek() as { op: string }).op === o;
  const skipNewlines = () => {
    while (isOp("\n") || isOp(";")) p++;
  };
  const expectWord = (w: string) => {
    skipNewlines();
    if (!isWord(w)) throw new ScriptSyntaxError(`syntax error: unexpected ${peek() ? (peek().kind === "word" ? `"${(peek() as { raw: string }).raw}"` : `"${(peek() as { op: string }).op === "\n" ? "newline" : (peek() as { op: string }).op}"`) : "end of file"} (expecting "${w}")`);
    p++;
  };

  function list(stop: string[]): Node {
    const items: { node: Node; op: ";" | "&&" | "||" }[] = [];
    let op: ";" | "&&" | "||" = ";";
    for (;;) {
      skipNewlines();
      const t = peek();
      if (!t || (t.kind === "word" && stop.includes(t.raw)) || (t.kind === "op" && t.op === ")")) break;
      items.push({ node: pipeline(), op });
      if (isOp("&&") || isOp("||")) {
        op = (peek() as { op: "&&" | "||" }).op;
        p++;
        while (isOp("\n")) p++;
      } else {
        op = ";";
        if (isOp("&")) p++;
      }
    }
    return { type: "list", items };
  }

  function pipeline(): Node {
    let negate = false;
    if (isWord("!")) {
      negate = true;
      p++;
    }
    const cmds = [command()];
    while (isOp("|")) {
      p++;
      cmds.push(command());
    }
    const node: Node = cmds.length === 1 ? cmds[0] : { type: "pipe", cmds };
    return negate ? { type: "not", node } : node;
  }

  function command(): Node {
    const t = peek();
    if (t?.kind === "op" && t.op === "(") {
      p++;
      const body = list([]);
      if (!isOp(")")) throw new ScriptSyntaxError('syntax error: unexpected end of file (expecting ")")');
      p++;
      return body;
    }
    if (t?.kind === "word" && (t.raw === "while" || t.raw === "until")) {
      p++;
      const cond = list(["do"]);
      expectWord("do");
      const body = list(["done"]);
      expectWord("done");
      return { type: "while", until: t.raw === "until", cond, body };
    }
    if (t?.kind === "word" && t.raw === "for") {
      p++;
      const name = (peek() as { raw: string })?.raw ?? "";
      p++;
      const values: Word[] = [];
      if (isWord("in")) {
        p++;
        while (peek()?.kind === "word") values.push({ raw: (toks[p++] as { raw: string }).raw });
      }
      expectWord("do");
      const body = list(["done"]);
      expectWord("done");
      return { type: "for", name, values, body };
    }
    if (t?.kind === "word" && t.raw === "if") {
      p++;
      const cond = list(["then"]);
      expectWord("then");
      const then = list(["else", "elif", "fi"]);
      let otherwise: Node | undefined;
      if (isWord("elif")) {
        toks[p] = { kind: "word", raw: "if" };
        otherwise = command();
        return { type: "if", cond, then, else: otherwise };
      }
      if (isWord("else")) {
        p++;
        otherwise = list(["fi"]);
      }
      expectWord("fi");
      return { type: "if", cond, then, else: otherwise };
    }
    if (t?.kind === "word" && RESERVED.has(t.raw)) throw new ScriptSyntaxError(`syntax error: unexpected "${t.raw}"`);
    const words: Word[] = [];
    const redirects: Redirect[] = [];
    const assigns: [string, Word][] = [];
    for (;;) {
      const u = peek();
      if (!u) break;
      if (u.kind === "word") {
        const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(u.raw);
        if (m && words.length === 0) assigns.push([m[1], { raw: m[2] }]);
        else words.push({ raw: u.raw });
        p++;
        continue;
      }
      const redirect = { ">": [1, ">"], ">>": [1, ">>"], "2>": [2, ">"], "2>>": [2, ">>"], "2>&1": [2, ">&"], ">&": [1, ">&"], "<": [1, "<"] }[u.op] as [1 | 2, Redirect["op"]] | undefined;
      if (!redirect) break;
      p++;
      if (u.op === "2>&1") {
        redirects.push({ fd: 2, op: ">&", target: { raw: "1" } });
        continue;
      }
      const target = peek();
      if (target?.kind !== "word") throw new ScriptSyntaxError(`syntax error: unexpected ${target ? `"${(target as { op: string }).op === "\n" ? "newline" : (target as { op: string }).op}"` : "end of file"}`);
      p++;
      redirects.push({ fd: redirect[0], op: redirect[1], target: { raw: target.raw } });
    }
    if (!words.length && !assigns.length && !redirects.length) {
      const u = peek();
      throw new ScriptSyntaxError(`syntax error: unexpected ${u ? `"${u.kind === "op" ? (u.op === "\n" ? "newline" : u.op) : u.raw}"` : "end of file"}`);
    }
    return { type: "simple", words, redirects, assigns };
  }

  const root = list([]);
  if (p < toks.length) {
    const u = toks[p];
    throw new ScriptSyntaxError(`syntax error: unexpected "${u.kind === "op" ? u.op : u.raw}"`);
  }
  return root;
}
