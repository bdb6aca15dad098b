import type { Command } from "../types";
import { parseShort } from "./args";
import { lines, readInputs } from "./io";
import { fsErrorText } from "../paths";

/** Text filters: sort, uniq, cut, tr, tee, base64. */

export const sort: Command = {
  name: "sort",
  usage: "sort [-nru] [-k N] [-t SEP] [FILE]...",
  run(argv, ctx) {
    const { flags, values, operands } = parseShort(argv, "kt");
    const all: string[] = [];
    const code = readInputs("sort", operands, ctx, (text) => all.push(...lines(text)));
    const field = values.k ? Number(values.k.split(",")[0]) : 0;
    const key = (l: string) => (field ? ((values.t ? l.split(values.t) : l.trim().split(/\s+/))[field - 1] ?? "") : l);
    const numeric = flags.has("n") || /n/.test(values.k ?? "");
    all.sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      const c = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x < y ? -1 : x > y ? 1 : 0;
      return c || (a < b ? -1 : a > b ? 1 : 0);
    });
    if (flags.has("r")) all.reverse();
    const out = flags.has("u") ? all.filter((l, i) => i === 0 || key(l) !== key(all[i - 1])) : all;
    ctx.out(out.map((l) => l + "\n").join(""));
    return code;
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
