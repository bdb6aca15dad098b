import { skipParens } from "./parser/lexer";
import { ArithError, evalArith } from "./arith";
import { expandBraces } from "./braces";

export interface ExpandContext {
  vars(name: string): string | undefined;
  /** Assign a variable (`${x:=v}`, `$((x=1))`). */
  setVar?(name: string, value: string): void;
  /** $1, $2, ... of the running function or script. */
  positional?: string[];
  lastExit: number;
  home: string;
  /** Runs `$(...)`; returns its stdout. */
  substitute(command: string): string;
  /** Runs `<(list)` / `>(list)`; returns the /dev/fd path the command reads or writes. */
  procSubst?(list: string, dir: "<" | ">"): string;
  /** Paths matching a glob pattern (absolute or relative to cwd), sorted; empty if none. */
  glob(pattern: string): string[];
}

/** An expansion that aborts the command line (`$((1/0))`, `${x:?msg}`); the message follows `bash: `. */
export class ExpandError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

interface Piece {
  text: string;
  /** Quoted text is never split or globbed. */
  quoted: boolean;
  /** Result of an unquoted expansion: subject to field splitting. */
  split: boolean;
  /** Starts a new field ("$@"). */
  fieldBreak?: boolean;
}

const stripTrailingNewlines = (s: string) => s.replace(/\n+$/, "");

/** Index just past the `}` that closes the `${` at `i`. */
function closeBrace(raw: string, i: number): number {
  let depth = 0;
  for (let j = i + 1; j < raw.length; j++) {
    if (raw[j] === "\\") j++;
    else if (raw[j] === "'" && depth > 1) j = Math.max(j, raw.indexOf("'", j + 1));
    else if (raw[j] === "{") depth++;
    else if (raw[j] === "}" && --depth === 0) return j + 1;
  }
  return raw.length + 1;
}

function special(name: string, ctx: ExpandContext): string | undefined {
  const pos = ctx.positional ?? [];
  if (name === "?") return String(ctx.lastExit);
  if (name === "#") return String(pos.length);
  if (name === "@" || name === "*") return pos.join(" ");
  if (name === "$") return "4242";
  if (name === "!") return "";
  if (name === "-") return "himBHs";
  if (name === "0") return "bash";
  if (/^\d+$/.test(name)) return pos[Number(name) - 1];
  return ctx.vars(name);
}

/** Longest/shortest prefix or suffix removal with a glob pattern. */
function trim(value: string, pattern: string, op: string): string {
  const re = globSource(pattern);
  const sizes = [...Array(value.length + 1).keys()];
  if (op === "#" || op === "##") {
    for (const n of op === "#" ? sizes : sizes.reverse()) if (new RegExp(`^${re}$`, "s").test(value.slice(0, n))) return value.slice(n);
  } else {
    for (const n of op === "%" ? sizes : sizes.reverse()) if (new RegExp(`^${re}$`, "s").test(value.slice(value.length - n))) return value.slice(0, value.length - n);
  }
  return value;
}

const PARAM = /^([A-Za-z_]\w*|[?$#@*!0-9-]|\d+)(.*)$/s;

/** `${...}`: the operators exam takers reach for (defaults, lengths, trims, replace, substrings). */
function braceParam(inner: string, ctx: ExpandContext): string {
  const bad = () => new ExpandError(`\${${inner}}: bad substitution`);
  if (/^#([A-Za-z_]\w*|[?$#@*!0-9]|\d+)$/.test(inner)) return String((special(inner.slice(1), ctx) ?? "").length);
  const m = PARAM.exec(inner);
  if (!m) throw bad();
  const [, name, rest] = m;
  const v = special(name, ctx);
  if (rest === "") return v ?? "";
  const word = (w: string) => expandString(w, ctx);
  const op = /^(:?[-=+?]|##?|%%?|\/\/?|\^\^?|,,?|:)(.*)$/s.exec(rest);
  if (!op) throw bad();
  const [, o, arg] = op;
  const unsetOrEmpty = o.startsWith(":") ? v === undefined || v === "" : v === undefined;
  switch (o) {
    case "-":
    case ":-":
      return unsetOrEmpty ? word(arg) : v!;
    case "=":
    case ":=":
      if (!unsetOrEmpty) return v!;
      if (!/^[A-Za-z_]/.test(name)) throw new ExpandError(`$${name}: cannot assign in this way`);
      ctx.setVar?.(name, word(arg));
      return word(arg);
    case "+":
    case ":+":
      return unsetOrEmpty ? "" : word(arg);
    case "?":
    case ":?":
      if (unsetOrEmpty) throw new ExpandError(`${name}: ${arg ? word(arg) : o === "?" ? "parameter not set" : "parameter null or not set"}`, 127);
      return v!;
    case "#":
    case "##":
    case "%":
    case "%%":
      return trim(v ?? "", word(arg), o);
    case "/":
    case "//": {
      const slash = arg.indexOf("/");
      const pat = word(slash < 0 ? arg : arg.slice(0, slash));
      const rep = slash < 0 ? "" : word(arg.slice(slash + 1));
      if (!pat) return v ?? "";
      let src = globSource(pat);
      if (pat.startsWith("#")) src = "^" + globSource(pat.slice(1));
      else if (pat.startsWith("%")) src = globSource(pat.slice(1)) + "$";
      return (v ?? "").replace(new RegExp(src, o === "//" ? "gs" : "s"), () => rep);
    }
    case "^^":
    case "^":
      return o === "^" ? (v ?? "").charAt(0).toUpperCase() + (v ?? "").slice(1) : (v ?? "").toUpperCase();
    case ",,":
    case ",":
      return o === "," ? (v ?? "").charAt(0).toLowerCase() + (v ?? "").slice(1) : (v ?? "").toLowerCase();
    case ":": {
      const [off, len] = arg.split(":");
      const value = v ?? "";
      const n = (s: string) => arithmetic(s, ctx);
      let start = n(off);
      if (start < 0) start = Math.max(0, value.length + start);
      if (len === undefined) return value.slice(start);
      const l = n(len);
      if (l < 0) {
        if (value.length + l < start) throw new ExpandError(`${len}: substring expression < 0`);
        return value.slice(start, value.length + l);
      }
      return value.slice(start, start + l);
    }
  }
  throw bad();
}

/** Evaluates an arithmetic expression after expanding `$var` and `$(...)` in it. */
export function arithmetic(expr: string, ctx: ExpandContext): number {
  try {
    // `<(` and `>(` are comparisons here, not process substitutions.
    return evalArith(expandString(expr, { ...ctx, procSubst: undefined }), { get: (n) => special(n, ctx), set: (n, v) => ctx.setVar?.(n, v) });
  } catch (e) {
    if (e instanceof ArithError) throw new ExpandError(e.message);
    throw e;
  }
}

/** `$...` at raw[i]: returns the value and the index after it. */
function dollar(raw: string, i: number, ctx: ExpandContext): { value: string; end: number } {
  const next = raw[i + 1];
  if (next === "(") {
    const end = skipParens(raw, i + 1);
    if (raw[i + 2] === "(" && raw[end - 2] === ")") return { value: String(arithmetic(raw.slice(i + 3, end - 2), ctx)), end };
    return { value: stripTrailingNewlines(ctx.substitute(raw.slice(i + 2, end - 1))), end };
  }
  if (next === "{") {
    const close = closeBrace(raw, i);
    return { value: braceParam(raw.slice(i + 2, close - 1), ctx), end: close };
  }
  const m = /^([A-Za-z_]\w*|[?$#@*!0-9-])/.exec(raw.slice(i + 1));
  if (!m) return { value: "$", end: i + 1 };
  return { value: special(m[1], ctx) ?? "", end: i + 1 + m[1].length };
}

function backtick(raw: string, j: number, ctx: ExpandContext): { value: string; end: number } {
  const end = raw.indexOf("`", j + 1);
  const stop = end < 0 ? raw.length : end;
  return { value: stripTrailingNewlines(ctx.substitute(raw.slice(j + 1, stop))), end: stop + 1 };
}

function pieces(raw: string, ctx: ExpandContext): Piece[] {
  const out: Piece[] = [];
  let lit = "";
  const pushLit = () => {
    if (lit) out.push({ text: lit, quoted: false, split: false });
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
      const stop = end < 0 ? raw.length : end;
      out.push({ text: raw.slice(i + 1, stop), quoted: true, split: false });
      i = stop + 1;
    } else if (ch === '"') {
      pushLit();
      let j = i + 1;
      let text = "";
      while (j < raw.length && raw[j] !== '"') {
        if (raw[j] === "\\" && '$`"\\\n'.includes(raw[j + 1])) {
          text += raw[j + 1];
          j += 2;
        } else if (raw[j] === "$" && (raw.startsWith("$@", j) || raw.startsWith("${@}", j))) {
          (ctx.positional ?? []).forEach((p, k) => {
            if (k === 0) text += p;
            else {
              out.push({ text, quoted: true, split: false });
              text = p;
              out.push({ text: "", quoted: true, split: false, fieldBreak: true });
            }
          });
          j += raw[j + 1] === "@" ? 2 : 4;
        } else if (raw[j] === "$") {
          const v = dollar(raw, j, ctx);
          text += v.value;
          j = v.end;
        } else if (raw[j] === "`") {
          const v = backtick(raw, j, ctx);
          text += v.value;
          j = v.end;
        } else text += raw[j++];
      }
      out.push({ text, quoted: true, split: false });
      i = j + 1;
    } else if (ch === "$" && raw[i + 1] !== undefined && /[({A-Za-z_?$#@*!0-9-]/.test(raw[i + 1])) {
      pushLit();
      const v = dollar(raw, i, ctx);
      out.push({ text: v.value, quoted: false, split: true });
      i = v.end;
    } else if (ch === "`") {
      pushLit();
      const v = backtick(raw, i, ctx);
      out.push({ text: v.value, quoted: false, split: true });
      i = v.end;
    } else if ((ch === "<" || ch === ">") && raw[i + 1] === "(" && ctx.procSubst) {
      pushLit();
      const end = skipParens(raw, i + 1);
      out.push({ text: ctx.procSubst(raw.slice(i + 2, end - 1), ch), quoted: false, split: false });
      i = end;
    } else {
      lit += ch;
      i++;
    }
  }
  pushLit();
  return out;
}

export interface ExpandOptions {
  /** `[[ ]]`, `case`, assignments: no field splitting and no pathname expansion. */
  noSplit?: boolean;
}

/** Expands one word into zero or more fields: braces, quotes, variables, substitutions, splitting, globs. */
export function expandWord(raw: string, ctx: ExpandContext, opts: ExpandOptions = {}): string[] {
  if (raw === '"$@"') return [...(ctx.positional ?? [])];
  if (opts.noSplit) return [expandString(raw, ctx)];
  return expandBraces(raw).flatMap((w) => expandOne(w, ctx));
}

function expandOne(raw: string, ctx: ExpandContext): string[] {
  type Field = { text: string; glob: boolean; quotedAny: boolean };
  const fields: Field[] = [];
  let cur: Field | null = null;
  const ensure = (): Field => (cur ??= { text: "", glob: false, quotedAny: false });
  for (const p of pieces(raw, ctx)) {
    if (p.fieldBreak) {
      if (cur) fields.push(cur);
      cur = { text: "", glob: false, quotedAny: true };
      continue;
    }
    if (p.split) {
      const parts = p.text.split(/[ \t\n]+/);
      parts.forEach((part, idx) => {
        if (idx > 0 && cur) {
          fields.push(cur);
          cur = null;
        }
        if (part) {
          const f = ensure();
          f.text += part;
          if (/[*?[]/.test(part)) f.glob = true;
        }
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

/** A word expanded to one string: quotes removed, expansions done, no splitting or globbing. */
export function expandString(raw: string, ctx: ExpandContext): string {
  let tilde = "";
  let rest = raw;
  if (raw === "~" || raw.startsWith("~/")) {
    tilde = ctx.home;
    rest = raw.slice(1);
  }
  return tilde + pieces(rest, ctx).map((p) => p.text).join("");
}

/** Here-doc bodies with an unquoted delimiter get `$VAR`, `$((...))` and `$(...)` expanded, nothing else. */
export function expandHereDoc(body: string, ctx: ExpandContext): string {
  let out = "";
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (ch === "\\" && "$`\\".includes(body[i + 1])) {
      out += body[i + 1];
      i += 2;
    } else if (ch === "$") {
      const v = dollar(body, i, ctx);
      out += v.value;
      i = v.end;
    } else if (ch === "`") {
      const v = backtick(body, i, ctx);
      out += v.value;
      i = v.end;
    } else out += body[i++];
  }
  return out;
}

/** A glob pattern as a regular-expression source (`*`, `?`, `[abc]`, `[!abc]`). */
export function globSource(pattern: string): string {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") re += ".*";
    else if (c === "?") re += ".";
    else if (c === "\\" && i + 1 < pattern.length) re += pattern[++i].replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    else if (c === "[") {
      const end = pattern.indexOf("]", i + 2);
      if (end < 0) re += "\\[";
      else {
        let set = pattern.slice(i + 1, end);
        if (set.startsWith("!")) set = "^" + set.slice(1);
        re += `[${set.replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else re += c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return re;
}

/** Whether a name matches a glob pattern (`*`, `?`, `[abc]`). */
export function globMatch(pattern: string, name: string): boolean {
  try {
    return new RegExp(`^${globSource(pattern)}$`, "s").test(name);
  } catch {
    return pattern === name;
  }
}
