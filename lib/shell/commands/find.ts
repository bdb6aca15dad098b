import type { Command } from "../types";
import type { FileStat } from "../../engine/host";
import { globMatch } from "../expand";
import { fsErrorText } from "../paths";

/** find (GNU wording): -name/-iname/-path/-type/-maxdepth/-mindepth/-empty/-newer-less tests, ! -o -a ( ), -print, -delete, -exec ... \; and +. */

type Node =
  | { k: "test"; fn: (p: string, st: FileStat, depth: number) => boolean }
  | { k: "exec"; cmd: string[]; batch: boolean }
  | { k: "print" | "delete" }
  | { k: "not"; e: Node }
  | { k: "and" | "or"; a: Node; b: Node };

class FindError extends Error {}

const MAX_VISITS = 50_000;

function parseExpr(args: string[], opts: { maxdepth: number; mindepth: number }): { node?: Node; hasAction: boolean } {
  let i = 0;
  let hasAction = false;
  const need = (flag: string) => {
    if (i >= args.length) throw new FindError(`missing argument to \`${flag}'`);
    return args[i++];
  };
  const primary = (): Node | undefined => {
    const a = args[i++];
    switch (a) {
      case "(": {
        const e = or();
        if (args[i] !== ")") throw new FindError("invalid expression; I was expecting to find a ')' somewhere but did not see one.");
        i++;
        return e;
      }
      case "!":
      case "-not": {
        const e = primary();
        if (!e) throw new FindError(`invalid expression; you have used a binary operator '${a}' with nothing before it.`);
        return { k: "not", e };
      }
      case "-name":
      case "-iname": {
        const pat = need(a);
        return { k: "test", fn: (p) => (a === "-name" ? globMatch(pat, base(p)) : globMatch(pat.toLowerCase(), base(p).toLowerCase())) };
      }
      case "-path":
      case "-wholename": {
        const pat = need(a);
        return { k: "test", fn: (p) => globMatch(pat, p) };
      }
      case "-type": {
        const t = need(a);
        if (!/^[fdlbcps]$/.test(t)) throw new FindError(`Unknown argument to -type: ${t}`);
        return { k: "test", fn: (_p, st) => (t === "f" ? st.type === "file" : t === "d" ? st.type === "dir" : t === "l" ? st.type === "symlink" : false) };
      }
      case "-empty":
        return { k: "test", fn: (_p, st) => st.size === 0 };
      case "-maxdepth":
      case "-mindepth": {
        const v = need(a);
        if (!/^\d+$/.test(v)) throw new FindError(`Expected a positive decimal integer argument to ${a}, but got ‘${v}’`);
        opts[a === "-maxdepth" ? "maxdepth" : "mindepth"] = Number(v);
        return { k: "test", fn: () => true };
      }
      case "-print":
        hasAction = true;
        return { k: "print" };
      case "-delete":
        hasAction = true;
        return { k: "delete" };
      case "-exec": {
        const cmd: string[] = [];
        while (i < args.length && args[i] !== ";" && !(args[i] === "+" && args[i - 1] === "{}")) cmd.push(args[i++]);
        if (i >= args.length || cmd.length === 0) throw new FindError("missing argument to `-exec'");
        const batch = args[i++] === "+";
        hasAction = true;
        return { k: "exec", cmd, batch };
      }
      case "-true":
        return { k: "test", fn: () => true };
      case "-false":
        return { k: "test", fn: () => false };
      default:
        if (a !== undefined && a.startsWith("-")) throw new FindError(`unknown predicate \`${a}'`);
        throw new FindError(`paths must precede expression: \`${a}'`);
    }
  };
  const and = (): Node | undefined => {
    let a = primary();
    while (i < args.length && args[i] !== "-o" && args[i] !== "-or" && args[i] !== ")") {
      if (args[i] === "-a" || args[i] === "-and") i++;
      const b = primary();
      a = a && b ? { k: "and", a, b } : (a ?? b);
    }
    return a;
  };
  const or = (): Node | undefined => {
    let a = and();
    while (args[i] === "-o" || args[i] === "-or") {
      i++;
      const b = and();
      if (!a || !b) throw new FindError("invalid expression; you have used a binary operator '-o' with nothing before it.");
      a = { k: "or", a, b };
    }
    return a;
  };
  if (args.length === 0) return { hasAction };
  const node = or();
  if (i < args.length) throw new FindError(args[i] === ")" ? "invalid expression; you have too many ')'" : `paths must precede expression: \`${args[i]}'`);
  return { node, hasAction };
}

const base = (p: string) => (p === "/" ? "/" : p.replace(/\/+$/, "").slice(p.replace(/\/+$/, "").lastIndexOf("/") + 1));
const quote = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

export const find: Command = {
  name: "find",
  usage: "find [PATH...] [EXPRESSION]",
  run(argv, ctx) {
    const args = argv.slice(1);
    let split = args.findIndex((a) => a.startsWith("-") || a === "!" || a === "(");
    if (split < 0) split = args.length;
    const roots = split === 0 ? ["."] : args.slice(0, split);
    const opts = { maxdepth: Infinity, mindepth: 0 };
    let parsed: ReturnType<typeof parseExpr>;
    try {
      parsed = parseExpr(args.slice(split), opts);
    } catch (e) {
      if (!(e instanceof FindError)) throw e;
      ctx.err(`find: ${e.message}\n`);
      return 1;
    }
    let code = 0;
    let visits = 0;
    const batches = new Map<Node, string[]>();
    const runCmd = (cmd: string[], files: string[]): boolean => {
      const words = cmd.flatMap((w) => (w === "{}" ? files : [w.split("{}").join(files[0] ?? "")]));
      const r = ctx.run(words.map(quote).join(" "), { stdin: "" });
      ctx.out(r.stdout);
      ctx.err(r.stderr);
      return r.exitCode === 0;
    };
    const evalNode = (n: Node, p: string, st: FileStat, depth: number): boolean => {
      switch (n.k) {
        case "test":
          return n.fn(p, st, depth);
        case "print":
          ctx.out(p + "\n");
          return true;
        case "delete":
          try {
            ctx.host.fs.remove(ctx.resolve(p));
            return true;
          } catch (e) {
            ctx.err(`find: cannot delete ‘${p}’: ${fsErrorText(e)}\n`);
            code = 1;
            return false;
          }
        case "exec":
          if (n.batch) {
            const list = batches.get(n) ?? [];
            list.push(p);
            batches.set(n, list);
            return true;
          }
          return runCmd(n.cmd, [p]);
        case "not":
          return !evalNode(n.e, p, st, depth);
        case "and":
          return evalNode(n.a, p, st, depth) && evalNode(n.b, p, st, depth);
        case "or":
          return evalNode(n.a, p, st, depth) || evalNode(n.b, p, st, depth);
      }
    };
    const visit = (p: string, abs: string, depth: number) => {
      if (++visits > MAX_VISITS) return;
      let st: FileStat;
      try {
        st = ctx.host.fs.stat(abs);
      } catch (e) {
        ctx.err(`find: ‘${p}’: ${fsErrorText(e)}\n`);
        code = 1;
        return;
      }
      if (depth >= opts.mindepth) {
        const ok = parsed.node ? evalNode(parsed.node, p, st, depth) : true;
        if (ok && !parsed.hasAction) ctx.out(p + "\n");
      }
      if (st.type === "dir" && depth < opts.maxdepth) {
        let names: string[] = [];
        try {
          names = ctx.host.fs.readdir(abs);
        } catch {
          return;
        }
        for (const n of names) visit(p.endsWith("/") ? p + n : `${p}/${n}`, abs === "/" ? `/${n}` : `${abs}/${n}`, depth + 1);
      }
    };
    for (const r of roots) visit(r, ctx.resolve(r), 0);
    for (const [n, files] of batches) if (n.k === "exec" && files.length && !runCmd(n.cmd, files)) code = 1;
    return code;
  },
};
