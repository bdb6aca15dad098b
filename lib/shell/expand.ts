import { skipParens } from "./parser/lexer";

export interface ExpandContext {
  vars(name: string): string | undefined;
  lastExit: number;
  home: string;
  /** Runs `$(...)`; returns its stdout. */
  substitute(command: string): string;
  /** Paths matching a glob pattern (absolute or relative to cwd), sorted; empty if none. */
  glob(pattern: string): string[];
}

interface Piece {
  text: string;
  /** Quoted text is never split or globbed. */
  quoted: boolean;
  /** Result of an unquoted expansion: subject to field splitting. */
  split: boolean;
}

function readVar(raw: string, i: number, ctx: ExpandContext): { value: string; end: number } {
  const next = raw[i + 1];
  if (next === "{") {
    const close = raw.indexOf("}", i);
    const inner = raw.slice(i + 2, close);
    const m = /^(#?)([A-Za-z_]\w*|[?$#0-9])(?::?([-=+?])(.*))?$/.exec(inner);
    if (!m) return { value: "", end: close + 1 };
    const v = ctx.vars(m[2]);
    let value = v ?? "";
    if (m[3] === "-" || m[3] === "=") value = v === undefined || v === "" ? m[4] : v;
    if (m[3] === "+") value = v ? m[4] : "";
    if (m[1] === "#") value = String(value.length);
    return { value, end: close + 1 };
  }
  if (next === "?") return { value: String(ctx.lastExit), end: i + 2 };
  const m = /^([A-Za-z_]\w*|[$#0-9])/.exec(raw.slice(i + 1));
  if (!m) return { value: "$", end: i + 1 };
  return { value: ctx.vars(m[1]) ?? "", end: i + 1 + m[1].length };
}

const stripTrailingNewlines = (s: string) => s.replace(/\n+$/, "");

function pieces(raw: string, ctx: ExpandContext): Piece[] {
  const out: Piece[] = [];
  let lit = "";
  const pushLit = (quoted = false) => {
    if (lit) out.push({ text: lit, quoted, split: false });
    lit = "";
  };
  let i = 0;
  if (raw === "~" || raw.startsWith("~/")) {
    out.push({ text: ctx.home, quoted: true, split: false });
    i = 1;
  }
  while (i < raw.length) {
    const ch = raw[i];
    if (ch === "\\") {
      pushLit();
      out.push({ text: raw[i + 1] ?? "", quoted: true, split: false });
      i += 2;
    } else if (ch === "'") {
      pushLit();
      const end = raw.indexOf("'", i + 1);
      out.push({ text: raw.slice(i + 1, end), quoted: true, split: false });
      i = end + 1;
    } else if (ch === '"') {
      pushLit();
      let j = i + 1;
      let text = "";
      while (j < raw.length && raw[j] !== '"') {
        if (raw[j] === "\\" && '$`"\\\n'.includes(raw[j + 1])) {
          text += raw[j + 1];
          j += 2;
        } else if (raw[j] === "$" && raw[j + 1] === "(") {
          const end = skipParens(raw, j + 1);
          text += stripTrailingNewlines(ctx.substitute(raw.slice(j + 2, end - 1)));
          j = end;
        } else if (raw[j] === "$") {
          const v = readVar(raw, j, ctx);
          text += v.value;
          j = v.end;
        } else if (raw[j] === "`") {
          const end = raw.indexOf("`", j + 1);
          text += stripTrailingNewlines(ctx.substitute(raw.slice(j + 1, end)));
          j = end + 1;
        } else text += raw[j++];
      }
      out.push({ text, quoted: true, split: false });
      i = j + 1;
    } else if (ch === "$" && raw[i + 1] === "(") {
      pushLit();
      const end = skipParens(raw, i + 1);
      out.push({ text: stripTrailingNewlines(ctx.substitute(raw.slice(i + 2, end - 1))), quoted: false, split: true });
      i = end;
    } else if (ch === "`") {
      pushLit();
      const end = raw.indexOf("`", i + 1);
      out.push({ text: stripTrailingNewlines(ctx.substitute(raw.slice(i + 1, end))), quoted: false, split: true });
      i = end + 1;
    } else if (ch === "$") {
      pushLit();
      const v = readVar(raw, i, ctx);
      out.push({ text: v.value, quoted: false, split: true });
      i = v.end;
    } else {
      lit += ch;
      i++;
    }
  }
  pushLit();
  return out;
}

/** Expands one word into zero or more fields: quotes, variables, command substitution, splitting, globs. */
export function expandWord(raw: string, ctx: ExpandContext): string[] {
  const ps = pieces(raw, ctx);
  const fields: { text: string; glob: boolean; quotedAny: boolean }[] = [];
  let cur: { text: string; glob: boolean; quotedAny: boolean } | null = null;
  const ensure = () => (cur ??= { text: "", glob: false, quotedAny: false });
  for (const p of ps) {
    if (p.split) {
      const parts = p.text.split(/[ \t\n]+/);
      parts.forEach((part, idx) => {
        if (idx > 0 && cur) {
          fields.push(cur);
          cur = null;
        }
        if (part) ensure().text += part;
      });
      if (p.text && /[ \t\n]$/.test(p.text) && cur) {
        fields.push(cur);
        cur = null;
      }
      continue;
    }
    const f = ensure();
    f.text += p.text;
    if (p.quoted) f.quotedAny = true;
    else if (/[*?[]/.test(p.text)) f.glob = true;
  }
  if (cur) fields.push(cur);
  return fields.flatMap((f) => {
    if (f.glob) {
      const matches = ctx.glob(f.text);
      if (matches.length) return matches;
    }
    return f.text === "" && !f.quotedAny ? [] : [f.text];
  });
}

/** Here-doc bodies with an unquoted delimiter get `$VAR` and `$(...)` expanded, nothing else. */
export function expandHereDoc(body: string, ctx: ExpandContext): string {
  let out = "";
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (ch === "\\" && "$`\\".includes(body[i + 1])) {
      out += body[i + 1];
      i += 2;
    } else if (ch === "$" && body[i + 1] === "(") {
      const end = skipParens(body, i + 1);
      out += stripTrailingNewlines(ctx.substitute(body.slice(i + 2, end - 1)));
      i = end;
    } else if (ch === "$") {
      const v = readVar(body, i, ctx);
      out += v.value;
      i = v.end;
    } else out += body[i++];
  }
  return out;
}

/** Whether a name matches a glob pattern (`*`, `?`, `[abc]`). */
export function globMatch(pattern: string, name: string): boolean {
  const re = pattern.replace(/[.+^${}()|\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${re}$`).test(name);
}
