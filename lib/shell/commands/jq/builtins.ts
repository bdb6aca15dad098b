import type { Ast } from "./parse";
import { JqError, typeOf, desc, dumpTrunc, compare, truthy, index, add, keysOf, length, type Env } from "./values";
import { evaluate, first, recurse } from "./eval";
import { textBuiltin, NOT_BUILTIN } from "./builtins-text";

/** jq's builtins, by name and arity; string, regex and path builtins are in builtins-text.ts. */

export function* call(name: string, args: Ast[], input: unknown, env: Env): Generator<unknown> {
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
  }
  const text = yield* textBuiltin(name, args, input, env, { arg, arg1, arr, str, typed });
  if (text !== NOT_BUILTIN) return;
  throw new JqError(`${name}/${args.length} is not defined`);
}
