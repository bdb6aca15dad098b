import type { Expr } from "./ast";
import { formatPrintf } from "../printf";
import { AwkFatal, awkRegex, StrNum, toNum, toStr, type Val } from "./values";

/** What a builtin needs from the running program. */
export interface BuiltinHost {
  arrays: Map<string, Map<string, Val>>;
  eval(e: Expr): Val;
  get(name: string): Val;
  set(name: string, v: Val): void;
  array(name: string): Map<string, Val>;
  assignTo(target: Expr, v: Val): Val;
  currentRecord(): string;
}

/** awk's builtin functions (length, substr, split, sub/gsub, match, sprintf, math...). */
export function callBuiltin(host: BuiltinHost, name: string, args: Expr[]): Val {
  const s = (i: number) => (args[i] ? toStr(host.eval(args[i]), toStr(host.get("CONVFMT"))) : "");
  const n = (i: number) => (args[i] ? toNum(host.eval(args[i])) : 0);
  switch (name) {
    case "length": {
      if (args.length === 0) return host.currentRecord().length;
      const a = args[0];
      if (a.k === "var" && host.arrays.has(a.name)) return host.arrays.get(a.name)!.size;
      return s(0).length;
    }
    case "substr": {
      const str = s(0);
      let start = Math.round(n(1));
      let len = args.length > 2 ? Math.round(n(2)) : Infinity;
      if (start < 1) {
        len += start - 1;
        start = 1;
      }
      return len <= 0 ? "" : str.substr(start - 1, len === Infinity ? undefined : len);
    }
    case "index":
      return s(0).indexOf(s(1)) + 1;
    case "split": {
      const str = s(0);
      const target = args[1];
      if (target?.k !== "var") throw new AwkFatal("fatal: split: second argument is not an array");
      const arr = host.array(target.name);
      arr.clear();
      const sepArg = args[2];
      const fs = sepArg ? (sepArg.k === "re" ? sepArg.v : s(2)) : toStr(host.get("FS"));
      let parts: string[];
      if (str === "") parts = [];
      else if (fs === " ") parts = str.trim() === "" ? [] : str.trim().split(/[ \t\n]+/);
      else if (fs.length === 1 && sepArg?.k !== "re") parts = str.split(fs);
      else parts = str.split(awkRegex(fs));
      parts.forEach((p, i) => arr.set(String(i + 1), new StrNum(p)));
      return parts.length;
    }
    case "sub":
    case "gsub": {
      const re = args[0].k === "re" ? args[0].v : s(0);
      const target = args[2] ?? ({ k: "field", e: { k: "num", v: 0 } } as Expr);
      const repl = s(1);
      const src = toStr(host.eval(target));
      const rx = new RegExp(awkRegex(re).source, name === "gsub" ? "g" : "");
      let count = 0;
      const out = src.replace(rx, (m) => {
        count++;
        return repl.replace(/\\\\|\\&|&/g, (t) => (t === "&" ? m : t === "\\&" ? "&" : "\\"));
      });
      if (count) host.assignTo(target, out);
      return count;
    }
    case "match": {
      const re = args[1].k === "re" ? args[1].v : s(1);
      const m = awkRegex(re).exec(s(0));
      host.set("RSTART", m ? m.index + 1 : 0);
      host.set("RLENGTH", m ? m[0].length : -1);
      return m ? m.index + 1 : 0;
    }
    case "sprintf":
      return awkSprintf(host, args);
    case "tolower":
      return s(0).toLowerCase();
    case "toupper":
      return s(0).toUpperCase();
    case "int":
      return Math.trunc(n(0));
    case "sqrt":
      return Math.sqrt(n(0));
    case "exp":
      return Math.exp(n(0));
    case "log":
      return Math.log(n(0));
    case "sin":
      return Math.sin(n(0));
    case "cos":
      return Math.cos(n(0));
    case "atan2":
      return Math.atan2(n(0), n(1));
    case "rand":
      return 0.237788;
    case "srand":
      return 0;
    case "system":
      throw new AwkFatal("fatal: system() is not available in the practice shell");
    case "close":
    case "fflush":
      return 0;
  }
  return "";
}

export function awkSprintf(host: BuiltinHost, args: Expr[]): string {
  if (args.length === 0) throw new AwkFatal("fatal: sprintf: no arguments");
  const fmt = toStr(host.eval(args[0]));
  const vals = args.slice(1).map((a) => host.eval(a));
  // %c of a number is the character with that code in awk.
  let i = 0;
  const fixed = fmt.replace(/%[-+ 0#]*(?:\*|\d+)?(?:\.(?:\*|\d*))?([a-zA-Z%])/g, (m, c: string) => {
    if (c === "%") return m;
    const idx = i++;
    if (c === "c" && typeof vals[idx] === "number") {
      vals[idx] = String.fromCharCode(vals[idx] as number);
    }
    return m;
  });
  return formatPrintf(fixed, vals.map((v) => (typeof v === "number" ? String(v) : toStr(v))), () => {}).text.replace(/\\/g, "\\");
}
