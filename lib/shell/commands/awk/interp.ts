import type { Expr, Program, Stmt } from "./parser";
import { formatPrintf } from "../printf";

/** Field and input values: strings that look numeric compare as numbers (POSIX "strnum"). */
export class StrNum {
  constructor(readonly s: string) {}
}
export type Val = number | string | StrNum;

const NUMERIC = /^\s*[-+]?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)\s*$/;

export class AwkFatal extends Error {}
class Next {}
class Exit {
  constructor(readonly code: number) {}
}
class Flow {
  constructor(readonly kind: "break" | "continue") {}
}
class Return {
  constructor(readonly v: Val) {}
}

const MAX_STEPS = 2_000_000;

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

const isNumeric = (v: Val) => typeof v === "number" || (v instanceof StrNum && NUMERIC.test(v.s));

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

export interface AwkIO {
  out(text: string): void;
  write(path: string, text: string, append: boolean): void;
}

export class AwkMachine {
  vars = new Map<string, Val>();
  arrays = new Map<string, Map<string, Val>>();
  private fields: string[] = [""];
  private nf = 0;
  private steps = 0;
  private ranges = new Map<number, boolean>();
  private opened = new Set<string>();
  private locals: Map<string, Val | Map<string, Val>>[] = [];
  exitCode = 0;
  private exiting = false;

  constructor(
    private readonly prog: Program,
    private readonly io: AwkIO,
  ) {
    for (const [k, v] of Object.entries({ FS: " ", OFS: " ", ORS: "\n", RS: "\n", NR: 0, NF: 0, FNR: 0, SUBSEP: "\x1c", RSTART: 0, RLENGTH: -1, CONVFMT: "%.6g", OFMT: "%.6g", FILENAME: "" })) this.vars.set(k, v);
  }

  private step() {
    if (++this.steps > MAX_STEPS) throw new AwkFatal("fatal: program ran too long (the practice shell's step limit)");
  }

  // ---- records and fields ----
  setRecord(line: string) {
    this.fields = [line];
    this.split();
  }

  private split() {
    const fs = toStr(this.get("FS"));
    const rec = this.fields[0];
    let parts: string[];
    if (fs === " ") parts = rec.trim() === "" ? [] : rec.trim().split(/[ \t\n]+/);
    else if (rec === "") parts = [];
    else if (fs.length === 1 && fs !== "\\") parts = rec.split(fs);
    else parts = rec.split(awkRegex(fs));
    this.fields = [rec, ...parts];
    this.nf = parts.length;
  }

  private rebuild() {
    this.fields[0] = this.fields.slice(1, this.nf + 1).join(toStr(this.get("OFS")));
  }

  private getField(i: number): Val {
    if (i < 0) throw new AwkFatal(`fatal: attempt to access field ${i}`);
    if (i === 0) return new StrNum(this.fields[0]);
    return i <= this.nf ? new StrNum(this.fields[i] ?? "") : new StrNum("");
  }

  private setField(i: number, v: string) {
    if (i < 0) throw new AwkFatal(`fatal: attempt to access field ${i}`);
    if (i === 0) {
      this.fields[0] = v;
      this.split();
      return;
    }
    while (this.nf < i) this.fields[++this.nf] = "";
    this.fields[i] = v;
    this.rebuild();
  }

  // ---- variables ----
  get(name: string): Val {
    if (name === "NF") return this.nf;
    const local = this.locals[this.locals.length - 1];
    if (local?.has(name)) {
      const v = local.get(name)!;
      return v instanceof Map ? "" : v;
    }
    return this.vars.get(name) ?? "";
  }

  set(name: string, v: Val) {
    if (name === "NF") {
      this.nf = Math.max(0, Math.trunc(toNum(v)));
      this.fields.length = this.nf + 1;
      for (let i = 1; i <= this.nf; i++) this.fields[i] ??= "";
      this.rebuild();
      return;
    }
    const local = this.locals[this.locals.length - 1];
    if (local?.has(name)) local.set(name, v);
    else this.vars.set(name, v);
  }

  array(name: string): Map<string, Val> {
    const local = this.locals[this.locals.length - 1];
    if (local?.has(name)) {
      let a = local.get(name);
      if (!(a instanceof Map)) local.set(name, (a = new Map()));
      return a;
    }
    let a = this.arrays.get(name);
    if (!a) this.arrays.set(name, (a = new Map()));
    return a;
  }

  private key(subs: Expr[]): string {
    return subs.map((s) => toStr(this.eval(s))).join(toStr(this.get("SUBSEP")));
  }

  // ---- expressions ----
  private assignTo(target: Expr, v: Val): Val {
    if (target.k === "var") this.set(target.name, v);
    else if (target.k === "idx") this.array(target.name).set(this.key(target.subs), v);
    else if (target.k === "field") this.setField(Math.trunc(toNum(this.eval(target.e))), toStr(v));
    return v;
  }

  private matches(s: string, re: Expr): boolean {
    const src = re.k === "re" ? re.v : toStr(this.eval(re));
    return awkRegex(src).test(s);
  }

  private compare(a: Val, b: Val): number {
    if (isNumeric(a) && isNumeric(b)) return toNum(a) - toNum(b);
    const x = toStr(a);
    const y = toStr(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }

  truthy(v: Val): boolean {
    if (typeof v === "number") return v !== 0;
    if (typeof v === "string") return v !== "";
    return NUMERIC.test(v.s) ? toNum(v) !== 0 : v.s !== "";
  }

  eval(e: Expr): Val {
    this.step();
    switch (e.k) {
      case "num":
        return e.v;
      case "str":
        return e.v;
      case "re":
        return +awkRegex(e.v).test(this.fields[0]);
      case "group":
        return this.eval(e.e);
      case "var":
        return this.get(e.name);
      case "idx": {
        const a = this.array(e.name);
        const k = this.key(e.subs);
        if (!a.has(k)) a.set(k, "");
        return a.get(k)!;
      }
      case "field":
        return this.getField(Math.trunc(toNum(this.eval(e.e))));
      case "assign": {
        if (e.op === "=") return this.assignTo(e.target, this.copy(this.eval(e.e)));
        const cur = toNum(this.eval(e.target));
        const rhs = toNum(this.eval(e.e));
        return this.assignTo(e.target, this.arith(e.op.slice(0, -1), cur, rhs));
      }
      case "cond":
        return this.truthy(this.eval(e.c)) ? this.eval(e.a) : this.eval(e.b);
      case "and":
        return +(this.truthy(this.eval(e.a)) && this.truthy(this.eval(e.b)));
      case "or":
        return +(this.truthy(this.eval(e.a)) || this.truthy(this.eval(e.b)));
      case "not":
        return +!this.truthy(this.eval(e.e));
      case "neg":
        return -toNum(this.eval(e.e));
      case "pos":
        return toNum(this.eval(e.e));
      case "match":
        return +(this.matches(toStr(this.eval(e.e)), e.re) !== e.neg);
      case "in":
        return +this.array(e.name).has(this.key(e.subs));
      case "incdec": {
        const cur = toNum(this.eval(e.target));
        const next = cur + (e.op === "++" ? 1 : -1);
        this.assignTo(e.target, next);
        return e.prefix ? next : cur;
      }
      case "bin": {
        if (e.op === " ") return toStr(this.eval(e.a), toStr(this.get("CONVFMT"))) + toStr(this.eval(e.b), toStr(this.get("CONVFMT")));
        const a = this.eval(e.a);
        const b = this.eval(e.b);
        switch (e.op) {
          case "<":
            return +(this.compare(a, b) < 0);
          case "<=":
            return +(this.compare(a, b) <= 0);
          case ">":
            return +(this.compare(a, b) > 0);
          case ">=":
            return +(this.compare(a, b) >= 0);
          case "==":
            return +(this.compare(a, b) === 0);
          case "!=":
            return +(this.compare(a, b) !== 0);
        }
        return this.arith(e.op, toNum(a), toNum(b));
      }
      case "builtin":
        return this.builtin(e.name, e.args);
      case "call":
        return this.call(e.name, e.args);
    }
  }

  private copy(v: Val): Val {
    return v;
  }

  private arith(op: string, a: number, b: number): number {
    switch (op) {
      case "+":
        return a + b;
      case "-":
        return a - b;
      case "*":
        return a * b;
      case "/":
        if (b === 0) throw new AwkFatal("fatal: division by zero attempted");
        return a / b;
      case "%":
        if (b === 0) throw new AwkFatal("fatal: division by zero attempted in `%'");
        return a % b;
      case "^":
      case "**":
        return a ** b;
    }
    return 0;
  }

  private builtin(name: string, args: Expr[]): Val {
    const s = (i: number) => (args[i] ? toStr(this.eval(args[i]), toStr(this.get("CONVFMT"))) : "");
    const n = (i: number) => (args[i] ? toNum(this.eval(args[i])) : 0);
    switch (name) {
      case "length": {
        if (args.length === 0) return this.fields[0].length;
        const a = args[0];
        if (a.k === "var" && this.arrays.has(a.name)) return this.arrays.get(a.name)!.size;
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
        const arr = this.array(target.name);
        arr.clear();
        const sepArg = args[2];
        const fs = sepArg ? (sepArg.k === "re" ? sepArg.v : s(2)) : toStr(this.get("FS"));
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
        const src = toStr(this.eval(target));
        const rx = new RegExp(awkRegex(re).source, name === "gsub" ? "g" : "");
        let count = 0;
        const out = src.replace(rx, (m) => {
          count++;
          return repl.replace(/\\\\|\\&|&/g, (t) => (t === "&" ? m : t === "\\&" ? "&" : "\\"));
        });
        if (count) this.assignTo(target, out);
        return count;
      }
      case "match": {
        const re = args[1].k === "re" ? args[1].v : s(1);
        const m = awkRegex(re).exec(s(0));
        this.set("RSTART", m ? m.index + 1 : 0);
        this.set("RLENGTH", m ? m[0].length : -1);
        return m ? m.index + 1 : 0;
      }
      case "sprintf":
        return this.sprintf(args);
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

  sprintf(args: Expr[]): string {
    if (args.length === 0) throw new AwkFatal("fatal: sprintf: no arguments");
    const fmt = toStr(this.eval(args[0]));
    const vals = args.slice(1).map((a) => this.eval(a));
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

  private call(name: string, args: Expr[]): Val {
    const fn = this.prog.functions[name];
    if (!fn) throw new AwkFatal(`fatal: function \`${name}' not defined`);
    if (this.locals.length > 200) throw new AwkFatal("fatal: function call nesting too deep");
    const frame = new Map<string, Val | Map<string, Val>>();
    fn.params.forEach((p, i) => {
      const a = args[i];
      if (a?.k === "var" && (this.arrays.has(a.name) || this.locals[this.locals.length - 1]?.get(a.name) instanceof Map)) frame.set(p, this.array(a.name));
      else frame.set(p, a ? this.eval(a) : "");
    });
    this.locals.push(frame);
    try {
      this.block(fn.body);
      return "";
    } catch (e) {
      if (e instanceof Return) return e.v;
      throw e;
    } finally {
      this.locals.pop();
    }
  }

  // ---- statements ----
  block(body: Stmt[]) {
    for (const s of body) this.exec(s);
  }

  private output(text: string, dest: Stmt & { dest?: unknown }) {
    const d = (dest as { dest?: { op: string; e: Expr } }).dest;
    if (!d) return this.io.out(text);
    if (d.op === "|") throw new AwkFatal("fatal: pipes are not available in the practice shell");
    const path = toStr(this.eval(d.e));
    const append = d.op === ">>" || this.opened.has(path);
    this.opened.add(path);
    this.io.write(path, text, append);
  }

  exec(s: Stmt): void {
    this.step();
    switch (s.k) {
      case "print": {
        const ofmt = toStr(this.get("OFMT"));
        const text = s.args.length === 0 ? this.fields[0] : s.args.map((a) => toStr(this.eval(a), ofmt)).join(toStr(this.get("OFS")));
        return this.output(text + toStr(this.get("ORS")), s);
      }
      case "printf":
        return this.output(this.sprintf(s.args), s);
      case "expr":
        this.eval(s.e);
        return;
      case "if":
        if (this.truthy(this.eval(s.c))) this.exec(s.a);
        else if (s.b) this.exec(s.b);
        return;
      case "while":
        while (this.truthy(this.eval(s.c))) if (this.loopBody(s.body)) break;
        return;
      case "do":
        do if (this.loopBody(s.body)) break;
        while (this.truthy(this.eval(s.c)));
        return;
      case "for":
        for (s.init && this.eval(s.init); !s.c || this.truthy(this.eval(s.c)); s.step && this.eval(s.step)) if (this.loopBody(s.body)) break;
        return;
      case "forin":
        for (const k of [...this.array(s.arr).keys()]) {
          this.set(s.v, /^-?\d+$/.test(k) ? new StrNum(k) : k);
          if (this.loopBody(s.body)) break;
        }
        return;
      case "block":
        return this.block(s.body);
      case "next":
      case "nextfile":
        throw new Next();
      case "exit":
        if (s.e) this.exitCode = Math.trunc(toNum(this.eval(s.e))) & 255;
        throw new Exit(this.exitCode);
      case "return":
        throw new Return(s.e ? this.eval(s.e) : "");
      case "break":
      case "continue":
        throw new Flow(s.k);
      case "delete":
        if (s.subs) this.array(s.name).delete(this.key(s.subs));
        else this.array(s.name).clear();
        return;
      case "getline":
        return;
    }
  }

  /** Runs a loop body; true when the loop must stop (break). */
  private loopBody(body: Stmt): boolean {
    try {
      this.exec(body);
    } catch (e) {
      if (e instanceof Flow) return e.kind === "break";
      throw e;
    }
    return false;
  }

  // ---- the program ----
  private runAction(body: Stmt[]): "next" | "exit" | undefined {
    try {
      this.block(body);
    } catch (e) {
      if (e instanceof Next) return "next";
      if (e instanceof Exit) return "exit";
      throw e;
    }
    return undefined;
  }

  begin(): boolean {
    for (const it of this.prog.items) if (it.pattern === "BEGIN" && this.runAction(it.action!) === "exit") return (this.exiting = true), false;
    return this.prog.items.some((it) => it.pattern !== "BEGIN");
  }

  record(line: string): boolean {
    if (this.exiting) return false;
    this.set("NR", toNum(this.get("NR")) + 1);
    this.set("FNR", toNum(this.get("FNR")) + 1);
    this.setRecord(line);
    for (const [i, it] of this.prog.items.entries()) {
      if (it.pattern === "BEGIN" || it.pattern === "END") continue;
      let hit: boolean;
      if (Array.isArray(it.pattern)) {
        const on = this.ranges.get(i) ?? false;
        if (!on) {
          hit = this.truthy(this.eval(it.pattern[0]));
          if (hit) this.ranges.set(i, !this.truthy(this.eval(it.pattern[1])));
        } else {
          hit = true;
          if (this.truthy(this.eval(it.pattern[1]))) this.ranges.set(i, false);
        }
      } else hit = it.pattern === undefined || this.truthy(this.eval(it.pattern));
      if (!hit) continue;
      const r = it.action ? this.runAction(it.action) : (this.io.out(this.fields[0] + toStr(this.get("ORS"))), undefined);
      if (r === "next") break;
      if (r === "exit") {
        this.exiting = true;
        return false;
      }
    }
    return true;
  }

  end() {
    for (const it of this.prog.items) if (it.pattern === "END" && this.runAction(it.action!) === "exit") return;
  }

  hasMain(): boolean {
    return this.prog.items.some((it) => it.pattern !== "BEGIN");
  }
}
