import type { Command } from "../types";
import { parseShort } from "./args";
import { lines, readInputs } from "./io";
import { fsErrorText } from "../paths";

/** Text filters: sort, uniq, cut, tr, tee, base64. */

interface SortKey {
  f1: number;
  c1: number;
  f2: number;
  c2: number;
  n: boolean;
  r: boolean;
  h: boolean;
}

function parseKey(spec: string, global: { n: boolean; r: boolean; h: boolean }): SortKey | undefined {
  const m = /^(\d+)(?:\.(\d+))?([bdfghinMrRV]*)(?:,(\d+)(?:\.(\d+))?([bdfghinMrRV]*))?$/.exec(spec);
  if (!m || m[1] === "0") return undefined;
  const opts = (m[3] ?? "") + (m[6] ?? "");
  const own = opts.length > 0;
  return { f1: Number(m[1]), c1: Number(m[2] ?? 1), f2: m[4] ? Number(m[4]) : Infinity, c2: Number(m[5] ?? 0), n: own ? /[ngh]/.test(opts) : global.n, r: own ? opts.includes("r") : global.r, h: own ? opts.includes("h") : global.h };
}

function fieldsOf(line: string, sep: string | undefined): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (sep !== undefined) {
    let start = 0;
    for (let i = 0; i <= line.length; i++) {
      if (i === line.length || line[i] === sep) {
        out.push({ start, end: i });
        start = i + 1;
      }
    }
    return out;
  }
  // Default: a field is leading blanks plus non-blanks.
  let i = 0;
  while (i < line.length) {
    const start = i;
    while (i < line.length && /\s/.test(line[i])) i++;
    while (i < line.length && !/\s/.test(line[i])) i++;
    out.push({ start, end: i });
  }
  return out;
}

function keyText(line: string, k: SortKey, sep: string | undefined): string {
  const f = fieldsOf(line, sep);
  const a = f[k.f1 - 1];
  if (!a) return "";
  const from = a.start + k.c1 - 1;
  const last = f[Math.min(k.f2, f.length) - 1];
  const to = k.f2 === Infinity || !last ? line.length : k.c2 ? last.start + k.c2 : last.end;
  return line.slice(from, Math.max(from, to));
}

const HUMAN: Record<string, number> = { K: 1e3, M: 1e6, G: 1e9, T: 1e12, k: 1e3 };
function numeric(s: string, human: boolean): number {
  const m = /^\s*(-?\d*\.?\d+)([KMGTk]?)/.exec(s);
  if (!m) return 0;
  return Number(m[1]) * (human && m[2] ? HUMAN[m[2]] : 1);
}

const bytes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const sort: Command = {
  name: "sort",
  usage: "sort [-nrhu] [-k POS1[,POS2]] [-t SEP] [FILE]...",
  run(argv, ctx) {
    const { flags, operands } = parseShort(argv, "kto");
    const keysSpec: string[] = [];
    let sep: string | undefined;
    for (let i = 1; i < argv.length; i++) {
      const a = argv[i];
      if (a === "-k" || a === "--key") keysSpec.push(argv[++i] ?? "");
      else if (/^-[a-zA-Z]*k./.test(a)) keysSpec.push(a.slice(a.indexOf("k") + 1));
      else if (a.startsWith("--key=")) keysSpec.push(a.slice(6));
      else if (a === "-t") sep = argv[++i];
      else if (/^-t./.test(a)) sep = a.slice(2);
    }
    if (sep !== undefined && sep.length !== 1) {
      ctx.err(sep === "" ? "sort: empty tab\n" : `sort: multi-character tab ‘${sep}’\n`);
      return 2;
    }
    const global = { n: flags.has("n") || flags.has("g"), r: flags.has("r"), h: flags.has("h") };
    const keys: SortKey[] = [];
    for (const k of keysSpec) {
      const key = parseKey(k, global);
      if (!key) {
        ctx.err(`sort: ${/^0/.test(k) ? "field number is zero: invalid field specification" : "invalid number at field start: invalid count at start of"} ‘${k}’\n`);
        return 2;
      }
      keys.push(key);
    }
    const all: string[] = [];
    const code = readInputs("sort", operands, ctx, (text) => all.push(...lines(text)));
    if (code) return 2;
    const cmpKey = (a: string, b: string, k: SortKey) => {
      const x = keyText(a, k, sep);
      const y = keyText(b, k, sep);
      const c = k.n || k.h ? numeric(x, k.h) - numeric(y, k.h) : bytes(x, y);
      return k.r ? -c : c;
    };
    const whole: SortKey = { f1: 1, c1: 1, f2: Infinity, c2: 0, ...global };
    const active = keys.length ? keys : [whole];
    const cmp = (a: string, b: string) => {
      for (const k of active) {
        const c = cmpKey(a, b, k);
        if (c) return c;
      }
      if (flags.has("u") || flags.has("s")) return 0;
      return global.r ? -bytes(a, b) : bytes(a, b);
    };
    const sorted = all.map((l, i) => ({ l, i })).sort((a, b) => cmp(a.l, b.l) || a.i - b.i).map((x) => x.l);
    const out = flags.has("u") ? sorted.filter((l, i) => i === 0 || cmp(l, sorted[i - 1]) !== 0) : sorted;
    ctx.out(out.map((l) => l + "\n").join(""));
    return 0;
  },
};

export const uniq: Command = {
  name: "uniq",
  usage: "uniq [-c] [FILE]",
  run(argv, ctx) {
    const { flags, operands } = parseShort(argv);
    return readInputs("uniq", operands.slice(0, 1), ctx, (text) => {
      const groups: [string, number][] = [];
      for (const l of lines(text)) {
        const last = groups[groups.length - 1];
        if (last && last[0] === l) last[1]++;
        else groups.push([l, 1]);
      }
      for (const [l, n] of groups) {
        if (flags.has("d") && n < 2) continue;
        ctx.out(flags.has("c") ? `${String(n).padStart(7)} ${l}\n` : `${l}\n`);
      }
    });
  },
};

function parseList(spec: string): (n: number) => boolean {
  const ranges = spec.split(",").map((r) => {
    const [a, b] = r.split("-");
    const lo = a === "" ? 1 : Number(a);
    const hi = b === undefined ? lo : b === "" ? Infinity : Number(b);
    return [lo, hi];
  });
  return (n) => ranges.some(([lo, hi]) => n >= lo && n <= hi);
}

export const cut: Command = {
  name: "cut",
  usage: "cut -d DELIM -f LIST | -c LIST [FILE]...",
  run(argv, ctx) {
    const { values, operands } = parseShort(argv, "dfc");
    if (!values.f && !values.c) {
      ctx.err("cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n");
      return 1;
    }
    const want = parseList(values.f ?? values.c);
    const delim = values.d ?? "\t";
    return readInputs("cut", operands, ctx, (text) => {
      for (const l of lines(text)) {
        if (values.c) ctx.out([...l].filter((_, i) => want(i + 1)).join("") + "\n");
        else if (!l.includes(delim)) ctx.out(l + "\n");
        else ctx.out(l.split(delim).filter((_, i) => want(i + 1)).join(delim) + "\n");
      }
    });
  },
};

function expandSet(s: string): string {
  const classes: Record<string, string> = { "[:lower:]": "abcdefghijklmnopqrstuvwxyz", "[:upper:]": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "[:digit:]": "0123456789", "[:space:]": " \t\n\r\f\v" };
  let t = s;
  for (const [k, v] of Object.entries(classes)) t = t.split(k).join(v);
  t = t.replace(/\\n/g, "\n").replace(/\\t/g, "\t");
  return t.replace(/(.)-(.)/g, (_m, a: string, b: string) => {
    let r = "";
    for (let c = a.charCodeAt(0); c <= b.charCodeAt(0); c++) r += String.fromCharCode(c);
    return r;
  });
}

export const tr: Command = {
  name: "tr",
  usage: "tr [-d] SET1 [SET2]",
  run(argv, ctx) {
    const { flags, operands } = parseShort(argv);
    if (!operands.length || (!flags.has("d") && !flags.has("s") && operands.length < 2)) {
      ctx.err(operands.length ? `tr: missing operand after ‘${operands[0]}’\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n` : "tr: missing operand\nTry 'tr --help' for more information.\n");
      return 1;
    }
    const a = expandSet(operands[0]);
    if (flags.has("d")) ctx.out([...ctx.stdin].filter((c) => !a.includes(c)).join(""));
    else if (flags.has("s") && operands.length === 1) ctx.out(ctx.stdin.replace(new RegExp(`([${a.replace(/[\]\\^-]/g, "\\$&")}])\\1+`, "g"), "$1"));
    else {
      const b = expandSet(operands[1]);
      ctx.out([...ctx.stdin].map((c) => (a.includes(c) ? (b[a.indexOf(c)] ?? b[b.length - 1]) : c)).join(""));
    }
    return 0;
  },
};

export const tee: Command = {
  name: "tee",
  usage: "tee [-a] FILE...",
  run(argv, ctx) {
    const { flags, operands } = parseShort(argv);
    let code = 0;
    for (const f of operands) {
      try {
        ctx.host.fs.writeFile(ctx.resolve(f), ctx.stdin, { append: flags.has("a") });
      } catch (e) {
        ctx.err(`tee: ${f}: ${fsErrorText(e)}\n`);
        code = 1;
      }
    }
    ctx.out(ctx.stdin);
    return code;
  },
};

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : "=") + (i + 2 < bytes.length ? B64[n & 63] : "=");
  }
  return out;
}

export function fromBase64(text: string): string | undefined {
  const clean = text.replace(/[\s=]/g, "");
  if (/[^A-Za-z0-9+/]/.test(clean)) return undefined;
  const bytes: number[] = [];
  for (let i = 0; i < clean.length; i += 4) {
    const n = [0, 1, 2, 3].reduce((acc, k) => (acc << 6) | (clean[i + k] ? B64.indexOf(clean[i + k]) : 0), 0);
    bytes.push((n >> 16) & 255);
    if (clean[i + 2]) bytes.push((n >> 8) & 255);
    if (clean[i + 3]) bytes.push(n & 255);
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

export const base64: Command = {
  name: "base64",
  usage: "base64 [-d] [-w COLS] [FILE]",
  run(argv, ctx) {
    const { flags, values, operands } = parseShort(argv, "w");
    return readInputs("base64", operands, ctx, (text) => {
      if (flags.has("d")) {
        const decoded = fromBase64(text);
        if (decoded === undefined) {
          ctx.err("base64: invalid input\n");
          return;
        }
        ctx.out(decoded);
        return;
      }
      const enc = toBase64(text);
      const w = values.w === undefined ? 76 : Number(values.w);
      ctx.out((w > 0 ? (enc.match(new RegExp(`.{1,${w}}`, "g")) ?? []).join("\n") : enc) + "\n");
    });
  },
};
