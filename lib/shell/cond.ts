import type { FileStat } from "../engine/host";
import { arithmetic, globMatch, type ExpandContext } from "./expand";

/**
 * Conditional expressions: the `test` / `[` builtin (POSIX rules by argument count, then -a/-o
 * parsing) and `[[ ... ]]` (no word splitting, `==` pattern matching, `=~`, `&&`, `||`).
 * Returns true/false, or an error message to print after `bash: `.
 */

export interface TestEnv {
  stat(path: string): FileStat | undefined;
}

const UNARY = new Set(["-e", "-a", "-f", "-d", "-s", "-r", "-w", "-x", "-L", "-h", "-z", "-n", "-b", "-c", "-p", "-S", "-t", "-g", "-u", "-k", "-O", "-G", "-N", "-v"]);
const BINARY = new Set(["=", "==", "!=", "<", ">", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-nt", "-ot", "-ef"]);
const INT_OPS = new Set(["-eq", "-ne", "-lt", "-le", "-gt", "-ge"]);

class TestError extends Error {}

function unary(op: string, arg: string, env: TestEnv): boolean {
  if (op === "-z") return arg === "";
  if (op === "-n") return arg !== "";
  if (op === "-t" || op === "-v") return false;
  const st = arg === "" ? undefined : env.stat(arg);
  switch (op) {
    case "-e":
    case "-a":
      return !!st;
    case "-f":
      return st?.type === "file";
    case "-d":
      return st?.type === "dir";
    case "-L":
    case "-h":
      return st?.type === "symlink";
    case "-s":
      return !!st && st.size > 0;
    case "-r":
    case "-w":
    case "-O":
    case "-G":
      return !!st;
    case "-x":
      return !!st && (st.type === "dir" || (st.mode & 0o111) !== 0);
    default:
      return false;
  }
}

function integer(s: string, name: string): number {
  const t = s.trim();
  if (!/^[-+]?\d+$/.test(t)) throw new TestError(`${name}: ${s}: integer expression expected`);
  return Number(t);
}

function binary(a: string, op: string, b: string, env: TestEnv, name: string): boolean {
  if (INT_OPS.has(op)) {
    const x = integer(a, name);
    const y = integer(b, name);
    return { "-eq": x === y, "-ne": x !== y, "-lt": x < y, "-le": x <= y, "-gt": x > y, "-ge": x >= y }[op]!;
  }
  switch (op) {
    case "=":
    case "==":
      return a === b;
    case "!=":
      return a !== b;
    case "<":
      return a < b;
    case ">":
      return a > b;
    case "-nt":
      return (env.stat(a)?.mtimeMs ?? -1) > (env.stat(b)?.mtimeMs ?? -1);
    case "-ot":
      return (env.stat(a)?.mtimeMs ?? Infinity) < (env.stat(b)?.mtimeMs ?? Infinity);
    default:
      return a === b;
  }
}

/** `test` / `[`: `args` are already expanded, without the closing `]`. */
export function evalTest(args: string[], env: TestEnv, name = "["): boolean | string {
  try {
    return testArgs(args, env, name);
  } catch (e) {
    if (e instanceof TestError) return e.message;
    throw e;
  }
}

function testArgs(a: string[], env: TestEnv, name: string): boolean {
  switch (a.length) {
    case 0:
      return false;
    case 1:
      return a[0] !== "";
    case 2:
      if (a[0] === "!") return a[1] === "";
      if (UNARY.has(a[0])) return unary(a[0], a[1], env);
      throw new TestError(`${name}: ${a[0]}: unary operator expected`);
    case 3:
      if (BINARY.has(a[1])) return binary(a[0], a[1], a[2], env, name);
      if (a[1] === "-a" || a[1] === "-o") return a[1] === "-a" ? a[0] !== "" && a[2] !== "" : a[0] !== "" || a[2] !== "";
      if (a[0] === "!") return !testArgs(a.slice(1), env, name);
      if (a[0] === "(" && a[2] === ")") return a[1] !== "";
      throw new TestError(`${name}: ${a[1]}: binary operator expected`);
    case 4:
      if (a[0] === "!") return !testArgs(a.slice(1), env, name);
      if (a[0] === "(" && a[3] === ")") return testArgs(a.slice(1, 3), env, name);
  }
  let pos = 0;
  const or = (): boolean => {
    let v = and();
    while (a[pos] === "-o") {
      pos++;
      v = and() || v;
    }
    return v;
  };
  const and = (): boolean => {
    let v = not();
    while (a[pos] === "-a") {
      pos++;
      v = not() && v;
    }
    return v;
  };
  const not = (): boolean => {
    if (a[pos] === "!") {
      pos++;
      return !not();
    }
    return primary();
  };
  const primary = (): boolean => {
    if (pos >= a.length) throw new TestError(`${name}: argument expected`);
    if (a[pos] === "(") {
      pos++;
      const v = or();
      if (a[pos] !== ")") throw new TestError(`${name}: \`)' expected`);
      pos++;
      return v;
    }
    if (UNARY.has(a[pos]) && pos + 1 < a.length) {
      pos += 2;
      return unary(a[pos - 2], a[pos - 1], env);
    }
    if (BINARY.has(a[pos + 1] ?? "")) {
      pos += 3;
      if (pos > a.length) throw new TestError(`${name}: argument expected`);
      return binary(a[pos - 3], a[pos - 2], a[pos - 1], env, name);
    }
    return a[pos++] !== "";
  };
  const v = or();
  if (pos < a.length) throw new TestError(`${name}: too many arguments`);
  return v;
}

export interface CondEnv extends TestEnv {
  /** Expands one raw word without splitting or globbing. */
  expand(raw: string): string;
  ctx: ExpandContext;
  setVar(name: string, value: string): void;
}

const quoted = (raw: string) => /['"\\]/.test(raw);

/** `[[ ... ]]` over raw words. */
export function evalCond(words: string[], env: CondEnv): boolean | string {
  let pos = 0;
  const or = (): boolean => {
    let v = and();
    while (words[pos] === "||") {
      pos++;
      const r = and();
      v = v || r;
    }
    return v;
  };
  const and = (): boolean => {
    let v = not();
    while (words[pos] === "&&") {
      pos++;
      const r = not();
      v = v && r;
    }
    return v;
  };
  const not = (): boolean => {
    if (words[pos] === "!") {
      pos++;
      return !not();
    }
    return primary();
  };
  const primary = (): boolean => {
    const w = words[pos];
    if (w === undefined) throw new TestError("unexpected argument `]]' to conditional binary operator");
    if (w === "(") {
      pos++;
      const v = or();
      if (words[pos] !== ")") throw new TestError("syntax error in conditional expression");
      pos++;
      return v;
    }
    if (UNARY.has(w) && words[pos + 1] !== undefined && !["&&", "||", ")"].includes(words[pos + 1])) {
      pos += 2;
      return unary(w, env.expand(words[pos - 1]), env);
    }
    const op = words[pos + 1];
    if (op !== undefined && (BINARY.has(op) || op === "=~")) {
      const rhs = words[pos + 2];
      if (rhs === undefined) throw new TestError(`unexpected argument \`]]' to conditional binary operator`);
      pos += 3;
      const lhs = env.expand(w);
      if (op === "=~") {
        const pattern = quoted(rhs) ? env.expand(rhs).replace(/[.*+?^${}()|[\]\\]/g, "\\$&") : env.expand(rhs);
        try {
          const m = new RegExp(pattern).exec(lhs);
          env.setVar("BASH_REMATCH", m ? m[0] : "");
          return !!m;
        } catch {
          return false;
        }
      }
      if (op === "==" || op === "=" || op === "!=") {
        const r = env.expand(rhs);
        const match = quoted(rhs) ? lhs === r : globMatch(r, lhs);
        return op === "!=" ? !match : match;
      }
      if (INT_OPS.has(op)) {
        const x = arithmetic(lhs, env.ctx);
        const y = arithmetic(env.expand(rhs), env.ctx);
        return { "-eq": x === y, "-ne": x !== y, "-lt": x < y, "-le": x <= y, "-gt": x > y, "-ge": x >= y }[op]!;
      }
      return binary(lhs, op, env.expand(rhs), env, "[[");
    }
    pos++;
    return env.expand(w) !== "";
  };
  try {
    if (words.length === 0) return "syntax error near `]]'";
    const v = or();
    if (pos < words.length) return `syntax error in conditional expression: unexpected token \`${words[pos]}'`;
    return v;
  } catch (e) {
    if (e instanceof TestError) return e.message;
    throw e;
  }
}
