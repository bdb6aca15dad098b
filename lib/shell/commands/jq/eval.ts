import type { Ast } from "./parse";
import { JqError, typeOf, desc, truthy, index, binop, getPath, setPath, deletePaths, fmt, type Env } from "./values";
import { pathsOf } from "./paths";
import { call } from "./builtins";

/** jq evaluation as generators: every filter yields zero or more outputs. Errors are worded as jq 1.6. */

export { JqError, typeOf, dumpTrunc } from "./values";
export { pathsOf } from "./paths";

const MAX_STEPS = 1_000_000;
let steps = 0;

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

export function first(g: Iterable<unknown>): unknown {
  for (const v of g) return v;
  return undefined;
}

export function* recurse(v: unknown): Generator<unknown> {
  yield v;
  if (Array.isArray(v)) for (const x of v) yield* recurse(x);
  else if (typeOf(v) === "object") for (const x of Object.values(v as object)) yield* recurse(x);
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
