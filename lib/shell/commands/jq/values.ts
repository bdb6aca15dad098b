import { toBase64, fromBase64 } from "../text";
import type { Ast } from "./parse";

/** jq's values: types, ordering, arithmetic, paths into data, string formats. Errors are worded as jq 1.6. */

export class JqError extends Error {
  constructor(
    message: string,
    readonly value?: unknown,
  ) {
    super(message);
  }
}

export type Env = { vars: Record<string, unknown>; defs: Record<string, { params: string[]; body: Ast; env: Env }> };
export type Path = (string | number)[];

export function typeOf(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v === "object" ? "object" : typeof v === "boolean" ? "boolean" : typeof v === "number" ? "number" : "string";
}

export function dumpTrunc(v: unknown): string {
  const s = JSON.stringify(v ?? null);
  return s.length > 14 ? s.slice(0, 11) + "..." : s;
}

export const desc = (v: unknown) => `${typeOf(v)} (${dumpTrunc(v)})`;

export function compare(a: unknown, b: unknown): number {
  const order = ["null", "boolean", "number", "string", "array", "object"];
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (ta !== tb) return order.indexOf(ta) - order.indexOf(tb);
  if (ta === "null") return 0;
  if (ta === "boolean" || ta === "number") return Number(a) - Number(b);
  if (ta === "string") return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
  if (ta === "array") {
    const x = a as unknown[];
    const y = b as unknown[];
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const c = compare(x[i], y[i]);
      if (c) return c;
    }
    return x.length - y.length;
  }
  const ka = Object.keys(a as object).sort();
  const kb = Object.keys(b as object).sort();
  const c = compare(ka, kb);
  if (c) return c;
  for (const k of ka) {
    const d = compare((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]);
    if (d) return d;
  }
  return 0;
}

export const truthy = (v: unknown) => v !== null && v !== undefined && v !== false;

export function index(v: unknown, k: unknown): unknown {
  if (v === null || v === undefined) {
    if (typeof k === "string" || typeof k === "number" || k === null) return null;
  }
  if (typeof k === "string") {
    if (typeof v === "object" && v !== null && !Array.isArray(v)) return (v as Record<string, unknown>)[k] ?? null;
    throw new JqError(`Cannot index ${typeOf(v)} with string "${k}"`);
  }
  if (typeof k === "number") {
    if (Array.isArray(v)) {
      const i = Math.floor(k) < 0 ? v.length + Math.floor(k) : Math.floor(k);
      return v[i] ?? null;
    }
    throw new JqError(`Cannot index ${typeOf(v)} with number`);
  }
  throw new JqError(`Cannot index ${typeOf(v)} with ${typeOf(k)}`);
}

export function add(a: unknown, b: unknown): unknown {
  if (a === null) return b;
  if (b === null) return a;
  if (typeof a === "number" && typeof b === "number") return a + b;
  if (typeof a === "string" && typeof b === "string") return a + b;
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (typeOf(a) === "object" && typeOf(b) === "object") return { ...(a as object), ...(b as object) };
  throw new JqError(`${desc(a)} and ${desc(b)} cannot be added`);
}

export function binop(op: string, a: unknown, b: unknown): unknown {
  switch (op) {
    case "+":
      return add(a, b);
    case "-":
      if (typeof a === "number" && typeof b === "number") return a - b;
      if (Array.isArray(a) && Array.isArray(b)) return a.filter((x) => !b.some((y) => compare(x, y) === 0));
      throw new JqError(`${desc(a)} and ${desc(b)} cannot be subtracted`);
    case "*":
      if (typeof a === "number" && typeof b === "number") return a * b;
      if (typeof a === "string" && typeof b === "number") return b > 0 ? a.repeat(Math.ceil(b)) : null;
      if (typeOf(a) === "object" && typeOf(b) === "object") return deepMerge(a as Record<string, unknown>, b as Record<string, unknown>);
      throw new JqError(`${desc(a)} and ${desc(b)} cannot be multiplied`);
    case "/":
      if (typeof a === "number" && typeof b === "number") {
        if (b === 0) throw new JqError(`${desc(a)} and ${desc(b)} cannot be divided because the divisor is zero`);
        return a / b;
      }
      if (typeof a === "string" && typeof b === "string") return a.split(b);
      throw new JqError(`${desc(a)} and ${desc(b)} cannot be divided`);
    case "%":
      if (typeof a === "number" && typeof b === "number") {
        if (Math.trunc(b) === 0) throw new JqError(`${desc(a)} and ${desc(b)} cannot be divided because the divisor is zero`);
        return Math.trunc(a) % Math.trunc(b);
      }
      throw new JqError(`${desc(a)} and ${desc(b)} cannot be divided`);
    case "==":
      return compare(a, b) === 0;
    case "!=":
      return compare(a, b) !== 0;
    case "<":
      return compare(a, b) < 0;
    case "<=":
      return compare(a, b) <= 0;
    case ">":
      return compare(a, b) > 0;
    case ">=":
      return compare(a, b) >= 0;
  }
  return null;
}

export function deepMerge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = typeOf(out[k]) === "object" && typeOf(v) === "object" ? deepMerge(out[k] as Record<string, unknown>, v as Record<string, unknown>) : v;
  return out;
}

export function keysOf(v: unknown, sorted = true): unknown[] {
  if (Array.isArray(v)) return v.map((_, i) => i);
  if (typeOf(v) === "object") return sorted ? Object.keys(v as object).sort() : Object.keys(v as object);
  throw new JqError(`${desc(v)} has no keys`);
}

export function length(v: unknown): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === "boolean") throw new JqError(`boolean (${v}) has no length`);
  if (typeof v === "number") return Math.abs(v);
  if (typeof v === "string") return [...v].length;
  return Array.isArray(v) ? v.length : Object.keys(v as object).length;
}

export function getPath(v: unknown, path: Path): unknown {
  let cur = v;
  for (const k of path) cur = cur === null || cur === undefined ? null : index(cur, k);
  return cur;
}

export function setPath(v: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [k, ...rest] = path;
  if (typeof k === "number") {
    if (v !== null && v !== undefined && !Array.isArray(v)) throw new JqError(`Cannot index ${typeOf(v)} with number`);
    const arr = [...((v as unknown[]) ?? [])];
    const i = k < 0 ? arr.length + k : k;
    while (arr.length < i) arr.push(null);
    arr[i] = setPath(arr[i] ?? null, rest, value);
    return arr;
  }
  if (v !== null && v !== undefined && typeOf(v) !== "object") throw new JqError(`Cannot index ${typeOf(v)} with string "${k}"`);
  return { ...((v as object) ?? {}), [k]: setPath((v as Record<string, unknown>)?.[k] ?? null, rest, value) };
}

export function deletePaths(v: unknown, paths: Path[]): unknown {
  // Delete deepest/last first so indices stay valid.
  const sorted = [...paths].sort((a, b) => compare(b, a));
  let out = v;
  for (const p of sorted) {
    if (p.length === 0) return null;
    const parent = getPath(out, p.slice(0, -1));
    const k = p[p.length - 1];
    let next: unknown;
    if (Array.isArray(parent)) next = parent.filter((_, i) => i !== (typeof k === "number" && k < 0 ? parent.length + k : k));
    else if (typeOf(parent) === "object") {
      const copy = { ...(parent as Record<string, unknown>) };
      delete copy[k as string];
      next = copy;
    } else continue;
    out = setPath(out, p.slice(0, -1), next);
  }
  return out;
}

export function fmt(name: string, v: unknown): string {
  const str = (x: unknown) => (typeof x === "string" ? x : JSON.stringify(x));
  switch (name) {
    case "text":
      return str(v);
    case "json":
      return JSON.stringify(v);
    case "base64":
      return toBase64(str(v));
    case "base64d": {
      const d = fromBase64(str(v));
      if (d === undefined) throw new JqError(`${desc(v)} is not valid base64 data`);
      return d;
    }
    case "uri":
      return encodeURIComponent(str(v));
    case "html":
      return str(v).replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&#39;", '"': "&quot;" })[c]!);
    case "sh":
      return (Array.isArray(v) ? v : [v]).map((x) => (typeof x === "string" ? `'${x.replace(/'/g, "'\\''")}'` : str(x))).join(" ");
    case "csv":
    case "tsv": {
      if (!Array.isArray(v)) throw new JqError(`${desc(v)} cannot be ${name}-formatted, only an array can be`);
      return v
        .map((x) => {
          if (typeof x === "string") return name === "csv" ? `"${x.replace(/"/g, '""')}"` : x.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
          if (typeOf(x) === "array" || typeOf(x) === "object") throw new JqError(`${desc(x)} is not valid in a csv row`);
          return x === null ? "" : String(x);
        })
        .join(name === "csv" ? "," : "\t");
    }
  }
  throw new JqError(`${name} is not a valid format`);
}


export function contains(a: unknown, b: unknown): boolean {
  if (typeOf(a) !== typeOf(b)) throw new JqError(`${desc(a)} and ${desc(b)} cannot have their containment checked`);
  if (typeof a === "string") return a.includes(b as string);
  if (Array.isArray(a)) return (b as unknown[]).every((x) => a.some((y) => typeOf(y) === typeOf(x) && contains(y, x)));
  if (typeOf(a) === "object") return Object.entries(b as object).every(([k, v]) => k in (a as object) && typeOf((a as Record<string, unknown>)[k]) === typeOf(v) && contains((a as Record<string, unknown>)[k], v));
  return compare(a, b) === 0;
}

