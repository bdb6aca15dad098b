import type { Ast } from "./parse";
import { toBase64, fromBase64 } from "../text";

/** jq evaluation as generators: every filter yields zero or more outputs. Errors are worded as jq 1.6. */

export class JqError extends Error {
  constructor(
    message: string,
    readonly value?: unknown,
  ) {
    super(message);
  }
}

type Env = { vars: Record<string, unknown>; defs: Record<string, { params: string[]; body: Ast; env: Env }> };
type Path = (string | number)[];

const MAX_STEPS = 1_000_000;
let steps = 0;

export function typeOf(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v === "object" ? "object" : typeof v === "boolean" ? "boolean" : typeof v === "number" ? "number" : "string";
}

export function dumpTrunc(v: unknown): string {
  const s = JSON.stringify(v ?? null);
  return s.length > 14 ? s.slice(0, 11) + "..." : s;
}

const desc = (v: unknown) => `${typeOf(v)} (${dumpTrunc(v)})`;

function compare(a: unknown, b: unknown): number {
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

const truthy = (v: unknown) => v !== null && v !== undefined && v !== false;

function index(v: unknown, k: unknown): unknown {
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

function add(a: unknown, b: unknown): unknown {
  if (a === null) return b;
  if (b === null) return a;
  if (typeof a === "number" && typeof b === "number") return a + b;
  if (typeof a === "string" && typeof b === "string") return a + b;
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (typeOf(a) === "object" && typeOf(b) === "object") return { ...(a as object), ...(b as object) };
  throw new JqError(`${desc(a)} and ${desc(b)} cannot be added`);
}

function binop(op: string, a: unknown, b: unknown): unknown {
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

function deepMerge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = typeOf(out[k]) === "object" && typeOf(v) === "object" ? deepMerge(out[k] as Record<string, unknown>, v as Record<string, unknown>) : v;
  return out;
}

function keysOf(v: unknown, sorted = true): unknown[] {
  if (Array.isArray(v)) return v.map((_, i) => i);
  if (typeOf(v) === "object") return sorted ? Object.keys(v as object).sort() : Object.keys(v as object);
  throw new JqError(`${desc(v)} has no keys`);
}

function length(v: unknown): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === "boolean") throw new JqError(`boolean (${v}) has no length`);
  if (typeof v === "number") return Math.abs(v);
  if (typeof v === "string") return [...v].length;
  return Array.isArray(v) ? v.length : Object.keys(v as object).length;
}

function getPath(v: unknown, path: Path): unknown {
  let cur = v;
  for (const k of path) cur = cur === null || cur === undefined ? null : index(cur, k);
  return cur;
}

function setPath(v: unknown, path: Path, value: unknown): unknown {
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

function deletePaths(v: unknown, paths: Path[]): unknown {
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

function fmt(name: string, v: unknown): string {
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

export const BUILTINS = new Set(["empty", "error", "not", "length", "utf8bytelength", "keys", "keys_unsorted", "values", "has", "in", "map", "map_values", "select", "recurse", "to_entries", "from_entries", "with_entries", "add", "any", "all", "flatten", "range", "floor", "sqrt", "tostring", "tonumber", "type", "sort", "sort_by", "group_by", "unique", "unique_by", "min", "max", "min_by", "max_by", "reverse", "contains", "inside", "startswith", "endswith", "ltrimstr", "rtrimstr", "split", "join", "ascii_downcase", "ascii_upcase", "test", "match", "capture", "sub", "gsub", "first", "last", "nth", "limit", "tojson", "fromjson", "path", "paths", "leaf_paths", "del", "getpath", "setpath", "to_number", "arrays", "objects", "iterables", "booleans", "numbers", "strings", "nulls", "scalars", "env", "input", "debug", "splits", "ascii", "implode", "explode", "indices", "index", "rindex", "isempty", "abs", "tostream", "now", "halt", "halt_error", "getpath", "transpose", "combinations", "walk", "todate", "fromdate"]);

export function* evaluate(ast: Ast, input: unknown, env: Env = { vars: {}, defs: {} }): Generator<unknown> {
  if (++steps > MAX_STEPS) {
    steps = 0;
    throw new JqError("program ran too long (the practice shell's step limit)");
  }
  switch (ast.k) {
    case "id":
      yield input;
      return;
    case "recurse":
      yield* recurse(input);
      return;
    case "lit":
      yield ast.v;
      return;
    case "var":
      if (ast.name === "ENV" || ast.name === "__loc__") yield {};
      else yield env.vars[ast.name] ?? null;
      return;
    case "index":
      for (const t of evaluate(ast.target, input, env))
        for (const k of evaluate(ast.index, input, env)) {
          try {
            yield index(t, k);
          } catch (e) {
            if (!ast.opt) throw e;
          }
        }
      return;
    case "slice":
      for (const t of evaluate(ast.target, input, env)) {
        if (t === null) {
          yield null;
          continue;
        }
        if (typeof t !== "string" && !Array.isArray(t)) {
          if (ast.opt) continue;
          throw new JqError(`Cannot index ${typeOf(t)} with object`);
        }
        const from = ast.from ? (first(evaluate(ast.from, input, env)) as number) : 0;
        const to = ast.to ? (first(evaluate(ast.to, input, env)) as number) : t.length;
        yield t.slice(from ?? 0, to ?? t.length);
      }
      return;
    case "iter":
      for (const t of evaluate(ast.target, input, env)) {
        if (Array.isArray(t)) yield* t;
        else if (typeOf(t) === "object") yield* Object.values(t as object);
        else if (!ast.opt) throw new JqError(`Cannot iterate over ${t === null || t === undefined ? "null" : desc(t)}`);
      }
      return;
    case "str": {
      let outs: string[] = [""];
      for (const part of ast.parts) {
        if (typeof part === "string") {
          outs = outs.map((o) => o + part);
          continue;
        }
        const next: string[] = [];
        for (const o of outs) for (const v of evaluate(part, input, env)) next.push(o + (ast.format ? fmt(ast.format, v) : typeof v === "string" ? v : JSON.stringify(v)));
        outs = next;
      }
      yield* outs;
      return;
    }
    case "format":
      yield fmt(ast.name, input);
      return;
    case "arr":
      yield ast.e ? [...evaluate(ast.e, input, env)] : [];
      return;
    case "obj": {
      let objs: Record<string, unknown>[] = [{}];
      for (const { key, value } of ast.entries) {
        const next: Record<string, unknown>[] = [];
        for (const o of objs)
          for (const k of evaluate(key, input, env)) {
            if (typeof k !== "string") throw new JqError(`Object keys must be strings`);
            const vals = value ? evaluate(value, input, env) : [index(input, k)];
            for (const v of vals) next.push({ ...o, [k]: v });
          }
        objs = next;
      }
      yield* objs;
      return;
    }
    case "pipe":
      for (const v of evaluate(ast.a, input, env)) yield* evaluate(ast.b, v, env);
      return;
    case "comma":
      yield* evaluate(ast.a, input, env);
      yield* evaluate(ast.b, input, env);
      return;
    case "alt": {
      let any = false;
      try {
        for (const v of evaluate(ast.a, input, env))
          if (truthy(v)) {
            any = true;
            yield v;
          }
      } catch (e) {
        if (!(e instanceof JqError)) throw e;
      }
      if (!any) yield* evaluate(ast.b, input, env);
      return;
    }
    case "and":
    case "or":
      for (const a of evaluate(ast.a, input, env)) {
        if (ast.k === "and" ? !truthy(a) : truthy(a)) {
          yield ast.k === "or";
          continue;
        }
        for (const b of evaluate(ast.b, input, env)) yield truthy(b);
      }
      return;
    case "bin":
      for (const b of evaluate(ast.b, input, env)) for (const a of evaluate(ast.a, input, env)) yield binop(ast.op, a, b);
      return;
    case "neg":
      for (const v of evaluate(ast.e, input, env)) {
        if (typeof v !== "number") throw new JqError(`${desc(v)} cannot be negated`);
        yield -v;
      }
      return;
    case "if":
      for (const c of evaluate(ast.cond, input, env)) {
        if (truthy(c)) yield* evaluate(ast.then, input, env);
        else if (ast.else) yield* evaluate(ast.else, input, env);
        else yield input;
      }
      return;
    case "as":
      for (const v of evaluate(ast.src, input, env)) yield* evaluate(ast.body, input, { ...env, vars: { ...env.vars, [ast.name]: v } });
      return;
    case "reduce":
      for (const init of evaluate(ast.init, input, env)) {
        let acc = init;
        for (const v of evaluate(ast.src, input, env)) {
          const r = [...evaluate(ast.update, acc, { ...env, vars: { ...env.vars, [ast.name]: v } })];
          acc = r.length ? r[r.length - 1] : null;
        }
        yield acc;
      }
      return;
    case "try":
      try {
        for (const v of evaluate(ast.e, input, env)) yield v;
      } catch (e) {
        if (!(e instanceof JqError)) throw e;
        if (ast.catch) yield* evaluate(ast.catch, e.value ?? e.message, env);
      }
      return;
    case "def":
      yield* evaluate(ast.rest, input, { ...env, defs: { ...env.defs, [`${ast.name}/${ast.params.length}`]: { params: ast.params, body: ast.body, env } } });
      return;
    case "assign": {
      const paths = [...pathsOf(ast.lhs, input, env)];
      if (ast.op === "=") {
        for (const v of evaluate(ast.rhs, input, env)) yield paths.reduce((acc, p) => setPath(acc, p, v), input);
        return;
      }
      let out = input;
      for (const p of paths) {
        const cur = getPath(out, p);
        if (ast.op === "|=") {
          const r = first(evaluate(ast.rhs, cur, env));
          out = r === undefined ? deletePaths(out, [p]) : setPath(out, p, r);
        } else {
          const rhs = first(evaluate(ast.rhs, input, env));
          out = setPath(out, p, ast.op === "//=" ? (truthy(cur) ? cur : rhs) : binop(ast.op.slice(0, -1), cur, rhs));
        }
      }
      yield out;
      return;
    }
    case "call":
      yield* call(ast.name, ast.args, input, env);
      return;
  }
}

function first(g: Iterable<unknown>): unknown {
  for (const v of g) return v;
  return undefined;
}

function* recurse(v: unknown): Generator<unknown> {
  yield v;
  if (Array.isArray(v)) for (const x of v) yield* recurse(x);
  else if (typeOf(v) === "object") for (const x of Object.values(v as object)) yield* recurse(x);
}

/** The paths an lvalue filter points at (`.a.b`, `.[]`, `select(...)`, `..`). */
export function* pathsOf(ast: Ast, input: unknown, env: Env, base: Path = []): Generator<Path> {
  const here = getPath(input, base);
  switch (ast.k) {
    case "id":
      yield base;
      return;
    case "recurse": {
      const walk = function* (p: Path): Generator<Path> {
        yield p;
        const v = getPath(input, p);
        if (Array.isArray(v)) for (let i = 0; i < v.length; i++) yield* walk([...p, i]);
        else if (typeOf(v) === "object") for (const k of Object.keys(v as object)) yield* walk([...p, k]);
      };
      yield* walk(base);
      return;
    }
    case "index":
      for (const t of pathsOf(ast.target, input, env, base))
        for (const k of evaluate(ast.index, here, env)) {
          if (typeof k !== "string" && typeof k !== "number") throw new JqError(`Cannot index ${typeOf(getPath(input, t))} with ${typeOf(k)}`);
          yield [...t, k];
        }
      return;
    case "iter":
      for (const t of pathsOf(ast.target, input, env, base)) {
        const v = getPath(input, t);
        if (Array.isArray(v)) for (let i = 0; i < v.length; i++) yield [...t, i];
        else if (typeOf(v) === "object") for (const k of Object.keys(v as object)) yield [...t, k];
        else if (v !== null && !ast.opt) throw new JqError(`Cannot iterate over ${desc(v)}`);
      }
      return;
    case "pipe":
      for (const p of pathsOf(ast.a, input, env, base)) yield* pathsOf(ast.b, input, env, p);
      return;
    case "comma":
      yield* pathsOf(ast.a, input, env, base);
      yield* pathsOf(ast.b, input, env, base);
      return;
    case "if":
      for (const c of evaluate(ast.cond, here, env)) {
        if (truthy(c)) yield* pathsOf(ast.then, input, env, base);
        else if (ast.else) yield* pathsOf(ast.else, input, env, base);
        else yield base;
      }
      return;
    case "try":
      try {
        yield* [...pathsOf(ast.e, input, env, base)];
      } catch (e) {
        if (!(e instanceof JqError)) throw e;
      }
      return;
    case "call":
      if (ast.name === "select" && ast.args.length === 1) {
        for (const c of evaluate(ast.args[0], here, env)) if (truthy(c)) yield base;
        return;
      }
      if (ast.name === "empty") return;
      if (ast.name === "first" && ast.args.length === 0) return yield [...base, 0];
      if (ast.name === "last" && ast.args.length === 0) return yield [...base, -1];
      if (ast.name === "getpath") {
        for (const p of evaluate(ast.args[0], here, env)) yield [...base, ...(p as Path)];
        return;
      }
      if (ast.name === "recurse" && ast.args.length === 0) return yield* pathsOf({ k: "recurse" }, input, env, base);
      break;
    case "lit":
      if (ast.v === null) return yield base;
      break;
  }
  throw new JqError(`Invalid path expression with result ${dumpTrunc(first(evaluate(ast, here, env)) ?? null)}`);
}

function* call(name: string, args: Ast[], input: unknown, env: Env): Generator<unknown> {
  const def = env.defs[`${name}/${args.length}`];
  if (def) {
    const defs = { ...def.env.defs, [`${name}/${args.length}`]: def };
    const vars = { ...def.env.vars };
    def.params.forEach((p, i) => {
      defs[`${p}/0`] = { params: [], body: args[i], env };
    });
    yield* evaluate(def.body, input, { vars, defs });
    return;
  }
  const arg = (i: number, v: unknown = input) => evaluate(args[i], v, env);
  const arg1 = (i: number, v: unknown = input) => first(arg(i, v));
  const arr = () => {
    if (!Array.isArray(input)) throw new JqError(`Cannot iterate over ${desc(input)}`);
    return input;
  };
  const str = (what: string) => {
    if (typeof input !== "string") throw new JqError(`${desc(input)} ${what}`);
    return input;
  };
  const typed = (t: string) => (typeOf(input) === t ? [input] : []);
  switch (`${name}/${args.length}`) {
    case "empty/0":
      return;
    case "error/0":
      throw new JqError(typeof input === "string" ? input : `${dumpTrunc(input)} (not a string)`, input);
    case "error/1":
      for (const m of arg(0)) throw new JqError(typeof m === "string" ? m : `${dumpTrunc(m)} (not a string)`, m);
      return;
    case "not/0":
      return yield !truthy(input);
    case "length/0":
      return yield length(input);
    case "utf8bytelength/0":
      return yield new TextEncoder().encode(str("only strings have UTF-8 byte length")).length;
    case "keys/0":
      return yield keysOf(input);
    case "keys_unsorted/0":
      return yield keysOf(input, false);
    case "values/0":
      return yield* input === null ? [] : [input];
    case "has/1":
      for (const k of arg(0)) {
        if (Array.isArray(input) && typeof k === "number") yield k >= 0 && k < input.length;
        else if (typeOf(input) === "object" && typeof k === "string") yield Object.prototype.hasOwnProperty.call(input, k);
        else throw new JqError(`Cannot check whether ${typeOf(input)} has a ${typeOf(k)} key`);
      }
      return;
    case "in/1":
      for (const o of arg(0)) yield* call("has", [{ k: "lit", v: input }], o, env);
      return;
    case "map/1":
      if (typeOf(input) === "object") return yield Object.values(input as object).flatMap((v) => [...arg(0, v)]);
      return yield arr().flatMap((v) => [...arg(0, v)]);
    case "map_values/1":
      if (Array.isArray(input)) return yield input.flatMap((v) => [...arg(0, v)].slice(0, 1));
      return yield Object.fromEntries(Object.entries(input as object).flatMap(([k, v]) => [...arg(0, v)].slice(0, 1).map((x) => [k, x])));
    case "select/1":
      for (const c of arg(0)) if (truthy(c)) yield input;
      return;
    case "recurse/0":
      return yield* recurse(input);
    case "recurse/1": {
      const walk = function* (v: unknown): Generator<unknown> {
        yield v;
        for (const x of evaluate(args[0], v, env)) yield* walk(x);
      };
      return yield* walk(input);
    }
    case "to_entries/0":
      return yield keysOf(input, false).map((k) => ({ key: k, value: index(input, k) }));
    case "from_entries/0":
      return yield Object.fromEntries(
        arr().map((e) => {
          const o = e as Record<string, unknown>;
          const k = o.key ?? o.k ?? o.name ?? o.Name ?? o.Key ?? o.K;
          return [typeof k === "string" ? k : JSON.stringify(k), o.value ?? o.v ?? o.Value ?? o.V ?? null];
        }),
      );
    case "with_entries/1": {
      const entries = keysOf(input, false).map((k) => ({ key: k, value: index(input, k) }));
      const mapped = entries.flatMap((e) => [...arg(0, e)]);
      return yield* call("from_entries", [], mapped, env);
    }
    case "add/0": {
      const xs = Array.isArray(input) ? input : typeOf(input) === "object" ? Object.values(input as object) : arr();
      return yield xs.reduce((a: unknown, b) => add(a, b), null);
    }
    case "any/0":
      return yield arr().some(truthy);
    case "all/0":
      return yield arr().every(truthy);
    case "any/1":
      return yield arr().some((v) => truthy(arg1(0, v)));
    case "all/1":
      return yield arr().every((v) => truthy(arg1(0, v)));
    case "flatten/0":
    case "flatten/1": {
      const depth = args.length ? (arg1(0) as number) : 1e9;
      if (depth < 0) throw new JqError("flatten depth must not be negative");
      const flat = (xs: unknown[], d: number): unknown[] => xs.flatMap((x) => (Array.isArray(x) && d > 0 ? flat(x, d - 1) : [x]));
      return yield flat(arr(), depth);
    }
    case "range/1":
      for (const n of arg(0)) for (let i = 0; i < (n as number) && i < 1e6; i++) yield i;
      return;
    case "range/2": {
      const from = arg1(0) as number;
      const to = arg1(1) as number;
      for (let i = from; i < to && i - from < 1e6; i++) yield i;
      return;
    }
    case "floor/0":
      return yield Math.floor(input as number);
    case "sqrt/0":
      return yield Math.sqrt(input as number);
    case "abs/0":
      return yield Math.abs(input as number);
    case "tostring/0":
      return yield typeof input === "string" ? input : JSON.stringify(input);
    case "tonumber/0":
    case "to_number/0": {
      if (typeof input === "number") return yield input;
      const n = Number(str("cannot be parsed as a number"));
      if ((input as string).trim() === "" || Number.isNaN(n)) throw new JqError(`Cannot parse '${input}' as JSON`);
      return yield n;
    }
    case "type/0":
      return yield typeOf(input);
    case "sort/0":
      return yield [...arr()].sort(compare);
    case "sort_by/1":
      return yield [...arr()].sort((a, b) => compare([...arg(0, a)], [...arg(0, b)]));
    case "group_by/1": {
      const sorted = [...arr()].sort((a, b) => compare([...arg(0, a)], [...arg(0, b)]));
      const groups: unknown[][] = [];
      let last: unknown;
      for (const v of sorted) {
        const k = [...arg(0, v)];
        if (groups.length && compare(k, last) === 0) groups[groups.length - 1].push(v);
        else groups.push([v]);
        last = k;
      }
      return yield groups;
    }
    case "unique/0":
      return yield [...arr()].sort(compare).filter((v, i, xs) => i === 0 || compare(v, xs[i - 1]) !== 0);
    case "unique_by/1": {
      const seen: unknown[] = [];
      const out: unknown[] = [];
      for (const v of [...arr()].sort((a, b) => compare([...arg(0, a)], [...arg(0, b)]))) {
        const k = [...arg(0, v)];
        if (!seen.some((s) => compare(s, k) === 0)) {
          seen.push(k);
          out.push(v);
        }
      }
      return yield out;
    }
    case "min/0":
      return yield arr().length ? [...arr()].sort(compare)[0] : null;
    case "max/0":
      return yield arr().length ? [...arr()].sort(compare)[arr().length - 1] : null;
    case "min_by/1":
      return yield arr().length ? [...arr()].sort((a, b) => compare([...arg(0, a)], [...arg(0, b)]))[0] : null;
    case "max_by/1":
      return yield arr().length ? [...arr()].sort((a, b) => compare([...arg(0, a)], [...arg(0, b)]))[arr().length - 1] : null;
    case "reverse/0":
      return yield typeof input === "string" ? [...input].reverse().join("") : input === null ? [] : [...arr()].reverse();
    case "contains/1":
      return yield contains(input, arg1(0));
    case "inside/1":
      return yield contains(arg1(0), input);
    case "startswith/1":
      return yield str("startswith() requires string inputs").startsWith(arg1(0) as string);
    case "endswith/1":
      return yield str("endswith() requires string inputs").endsWith(arg1(0) as string);
    case "ltrimstr/1": {
      const p = arg1(0);
      return yield typeof input === "string" && typeof p === "string" && input.startsWith(p) ? input.slice(p.length) : input;
    }
    case "rtrimstr/1": {
      const p = arg1(0);
      return yield typeof input === "string" && typeof p === "string" && input.endsWith(p) && p ? input.slice(0, -p.length) : input;
    }
    case "split/1":
      return yield str("cannot be split").split(arg1(0) as string);
    case "join/1": {
      const sep = arg1(0) as string;
      return yield arr()
        .map((x) => {
          if (typeOf(x) === "array" || typeOf(x) === "object") throw new JqError(`Cannot join with ${typeOf(x)}`);
          return x === null ? "" : String(x);
        })
        .join(sep);
    }
    case "ascii_downcase/0":
      return yield str("cannot be lowercased").toLowerCase();
    case "ascii_upcase/0":
      return yield str("cannot be uppercased").toUpperCase();
    case "test/1":
    case "test/2":
      return yield regex(args, input, env).test(str("cannot be matched, as it is not a string"));
    case "match/1":
    case "match/2": {
      const m = regex(args, input, env).exec(str("cannot be matched, as it is not a string"));
      if (m) yield { offset: m.index, length: m[0].length, string: m[0], captures: m.slice(1).map((c) => ({ offset: c === undefined ? -1 : (input as string).indexOf(c), length: c?.length ?? 0, string: c ?? null, name: null })) };
      return;
    }
    case "capture/1":
    case "capture/2": {
      const m = regex(args, input, env).exec(str("cannot be matched, as it is not a string"));
      if (m) yield { ...(m.groups ?? {}) };
      return;
    }
    case "sub/2":
    case "gsub/2": {
      const re = new RegExp(arg1(0) as string, name === "gsub" ? "g" : "");
      const s = str("cannot be matched, as it is not a string");
      return yield s.replace(re, (...m) => {
        const groups = typeof m[m.length - 1] === "object" ? (m[m.length - 1] as Record<string, unknown>) : {};
        return String(arg1(1, groups));
      });
    }
    case "first/0":
      return yield index(input, 0);
    case "last/0":
      return yield index(input, -1);
    case "first/1":
      for (const v of arg(0)) return yield v;
      return;
    case "last/1": {
      const all = [...arg(0)];
      if (all.length) yield all[all.length - 1];
      return;
    }
    case "nth/1":
      return yield index(input, arg1(0));
    case "limit/2": {
      const n = arg1(0) as number;
      let i = 0;
      if (n <= 0) return;
      for (const v of arg(1)) {
        yield v;
        if (++i >= n) return;
      }
      return;
    }
    case "isempty/1":
      return yield first(arg(0)) === undefined;
    case "tojson/0":
      return yield JSON.stringify(input);
    case "fromjson/0":
      try {
        return yield JSON.parse(str("only strings can be parsed"));
      } catch {
        throw new JqError(`${input} (while parsing '${input}')`);
      }
    case "path/1":
      for (const p of pathsOf(args[0], input, env)) yield p;
      return;
    case "paths/0":
      for (const p of pathsOf({ k: "recurse" }, input, env)) if (p.length) yield p;
      return;
    case "leaf_paths/0":
      for (const p of pathsOf({ k: "recurse" }, input, env)) {
        const v = getPath(input, p);
        if (p.length && typeOf(v) !== "array" && typeOf(v) !== "object") yield p;
      }
      return;
    case "del/1":
      return yield deletePaths(input, [...pathsOf(args[0], input, env)]);
    case "getpath/1":
      for (const p of arg(0)) yield getPath(input, p as Path);
      return;
    case "setpath/2":
      for (const p of arg(0)) for (const v of arg(1)) yield setPath(input, p as Path, v);
      return;
    case "to_entries/1":
      break;
    case "arrays/0":
    case "objects/0":
    case "booleans/0":
    case "numbers/0":
    case "strings/0":
    case "nulls/0":
      return yield* typed(name.slice(0, -1).replace(/^boolean$/, "boolean").replace(/^nul$/, "null"));
    case "iterables/0":
      return yield* typeOf(input) === "array" || typeOf(input) === "object" ? [input] : [];
    case "scalars/0":
      return yield* typeOf(input) === "array" || typeOf(input) === "object" ? [] : [input];
    case "env/0":
      return yield {};
    case "debug/0":
      return yield input;
    case "explode/0":
      return yield [...str("cannot be exploded")].map((c) => c.codePointAt(0));
    case "implode/0":
      return yield String.fromCodePoint(...(arr() as number[]));
    case "indices/1":
    case "index/1":
    case "rindex/1": {
      const needle = arg1(0);
      const found: number[] = [];
      if (typeof input === "string" && typeof needle === "string" && needle) for (let i = input.indexOf(needle); i >= 0; i = input.indexOf(needle, i + 1)) found.push(i);
      else if (Array.isArray(input)) input.forEach((v, i) => compare(v, needle) === 0 && found.push(i));
      return yield name === "indices" ? found : found.length ? found[name === "index" ? 0 : found.length - 1] : null;
    }
    case "splits/1":
      return yield* str("cannot be split").split(new RegExp(arg1(0) as string));
    case "transpose/0": {
      const rows = arr() as unknown[][];
      const n = Math.max(0, ...rows.map((r) => r.length));
      return yield Array.from({ length: n }, (_, i) => rows.map((r) => r[i] ?? null));
    }
    case "walk/1": {
      const walk = (v: unknown): unknown => {
        const inner = Array.isArray(v) ? v.map(walk) : typeOf(v) === "object" ? Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, walk(x)])) : v;
        return first(arg(0, inner)) ?? null;
      };
      return yield walk(input);
    }
  }
  throw new JqError(`${name}/${args.length} is not defined`);
}

function regex(args: Ast[], input: unknown, env: Env): RegExp {
  const src = first(evaluate(args[0], input, env));
  const flags = args[1] ? String(first(evaluate(args[1], input, env)) ?? "") : "";
  if (typeof src !== "string") throw new JqError(`${desc(src)} cannot be matched, as it is not a string`);
  try {
    return new RegExp(src, flags.replace(/[^gimsx]/g, "").replace("x", ""));
  } catch {
    throw new JqError(`${src} (at offset 0) is not a valid regex`);
  }
}

function contains(a: unknown, b: unknown): boolean {
  if (typeOf(a) !== typeOf(b)) throw new JqError(`${desc(a)} and ${desc(b)} cannot have their containment checked`);
  if (typeof a === "string") return a.includes(b as string);
  if (Array.isArray(a)) return (b as unknown[]).every((x) => a.some((y) => typeOf(y) === typeOf(x) && contains(y, x)));
  if (typeOf(a) === "object") return Object.entries(b as object).every(([k, v]) => k in (a as object) && typeOf((a as Record<string, unknown>)[k]) === typeOf(v) && contains((a as Record<string, unknown>)[k], v));
  return compare(a, b) === 0;
}

/** Undefined function names, for jq's compile error. */
export function undefinedCalls(ast: Ast, defined: Set<string> = new Set()): string[] {
  const out: string[] = [];
  const walk = (n: Ast, defs: Set<string>) => {
    if (n.k === "def") {
      const inner = new Set(defs).add(`${n.name}/${n.params.length}`);
      const bodyDefs = new Set(inner);
      n.params.forEach((p) => bodyDefs.add(`${p}/0`));
      walk(n.body, bodyDefs);
      walk(n.rest, inner);
      return;
    }
    if (n.k === "call" && !BUILTINS.has(n.name) && !defs.has(`${n.name}/${n.args.length}`)) out.push(`${n.name}/${n.args.length}`);
    for (const v of Object.values(n)) {
      if (v && typeof v === "object" && "k" in (v as object)) walk(v as Ast, defs);
      if (Array.isArray(v)) for (const x of v) if (x && typeof x === "object" && "k" in x) walk(x as Ast, defs);
      if (n.k === "obj") for (const e of n.entries) (walk(e.key, defs), e.value && walk(e.value, defs));
    }
  };
  walk(ast, defined);
  return out;
}

export function resetSteps() {
  steps = 0;
}
