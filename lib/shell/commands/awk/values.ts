import { formatPrintf } from "../printf";

/** awk values and their conversions: numbers, strings, and input "strnums". */

/** Field and input values: strings that look numeric compare as numbers (POSIX "strnum"). */
export class StrNum {
  constructor(readonly s: string) {}
}
export type Val = number | string | StrNum;

export const NUMERIC = /^\s*[-+]?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)\s*$/;

export class AwkFatal extends Error {}

/** C's %.6g, as awk's OFMT/CONVFMT. */
export function fmtG(n: number, prec = 6): string {
  if (!isFinite(n)) return isNaN(n) ? "nan" : n > 0 ? "inf" : "-inf";
  if (n === 0) return "0";
  const exp = Math.floor(Math.log10(Math.abs(n)));
  if (exp < -4 || exp >= prec) {
    const [m, e] = n.toExponential(prec - 1).split("e");
    const mant = m.includes(".") ? m.replace(/\.?0+$/, "") : m;
    const ev = Number(e);
    return `${mant}e${ev < 0 ? "-" : "+"}${String(Math.abs(ev)).padStart(2, "0")}`;
  }
  const s = n.toFixed(Math.max(0, prec - 1 - exp));
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}

export function toNum(v: Val): number {
  if (typeof v === "number") return v;
  const s = typeof v === "string" ? v : v.s;
  const m = /^\s*[-+]?(?:0[xX][0-9a-fA-F]+(?![\d.])|\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)/.exec(s);
  if (!m) return 0;
  return /0[xX]/.test(m[0]) ? 0 : Number(m[0]);
}

export function toStr(v: Val, convfmt = "%.6g"): string {
  if (typeof v === "string") return v;
  if (v instanceof StrNum) return v.s;
  if (Number.isInteger(v) && Math.abs(v) < 1e16) return String(v);
  return convfmt === "%.6g" ? fmtG(v) : formatPrintf(convfmt, [String(v)], () => {}).text;
}

export const isNumeric = (v: Val) => typeof v === "number" || (v instanceof StrNum && NUMERIC.test(v.s));

/** An awk ERE as a JavaScript regex (bracket classes like [[:space:]] translated). */
export function awkRegex(src: string): RegExp {
  const classes: Record<string, string> = { alpha: "A-Za-z", digit: "0-9", alnum: "A-Za-z0-9", upper: "A-Z", lower: "a-z", space: " \\t\\n\\r\\f\\v", blank: " \\t", punct: "!-\\/:-@\\[-`{-~", xdigit: "0-9A-Fa-f" };
  const js = src.replace(/\[:(\w+):\]/g, (m, c: string) => classes[c] ?? m);
  try {
    return new RegExp(js);
  } catch {
    throw new AwkFatal(`fatal: invalid regexp: /${src}/`);
  }
}
