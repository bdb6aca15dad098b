import type { Ast } from "./parse";
import { JqError, typeOf, desc, compare, index, getPath, setPath, deletePaths, contains, type Env, type Path } from "./values";
import { evaluate, first } from "./eval";
import { pathsOf } from "./paths";

/** The string, regex, path and conversion builtins (the rest are in builtins.ts). */

export const NOT_BUILTIN = Symbol("not a builtin");

export interface ArgHelpers {
  arg(i: number, v?: unknown): Generator<unknown>;
  arg1(i: number, v?: unknown): unknown;
  arr(): unknown[];
  str(what: string): string;
  typed(t: string): unknown[];
}

export function* textBuiltin(name: string, args: Ast[], input: unknown, env: Env, h: ArgHelpers): Generator<unknown, unknown> {
  const { arg, arg1, arr, str, typed } = h;
  switch (`${name}/${args.length}`) {
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
  return NOT_BUILTIN;
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

