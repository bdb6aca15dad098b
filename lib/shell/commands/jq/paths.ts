import type { Ast } from "./parse";
import { JqError, typeOf, desc, dumpTrunc, truthy, getPath, type Env, type Path } from "./values";
import { evaluate, first } from "./eval";

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
