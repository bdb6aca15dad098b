import type { Expr, Program, Stmt } from "./ast";
import { awkSprintf, callBuiltin } from "./builtins";
import { AwkState } from "./state";
import { AwkFatal, awkRegex, isNumeric, NUMERIC, toNum, toStr, type Val } from "./values";

/** A user function's `return`, unwinding to its call. */
export class Return {
  constructor(readonly v: Val) {}
}

/** Evaluates awk expressions, user function calls included; statements are the subclass's. */
export abstract class AwkEvaluator extends AwkState {
  constructor(protected readonly prog: Program) {
    super();
  }

  abstract block(body: Stmt[]): void;

  sprintf(args: Expr[]): string {
    return awkSprintf(this, args);
  }

  protected key(subs: Expr[]): string {
    return subs.map((s) => toStr(this.eval(s))).join(toStr(this.get("SUBSEP")));
  }

  // ---- expressions ----
  assignTo(target: Expr, v: Val): Val {
    if (target.k === "var") this.set(target.name, v);
    else if (target.k === "idx") this.array(target.name).set(this.key(target.subs), v);
    else if (target.k === "field") this.setField(Math.trunc(toNum(this.eval(target.e))), toStr(v));
    return v;
  }

  protected matches(s: string, re: Expr): boolean {
    const src = re.k === "re" ? re.v : toStr(this.eval(re));
    return awkRegex(src).test(s);
  }

  protected compare(a: Val, b: Val): number {
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
        return callBuiltin(this, e.name, e.args);
      case "call":
        return this.call(e.name, e.args);
    }
  }

  protected copy(v: Val): Val {
    return v;
  }

  protected arith(op: string, a: number, b: number): number {
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

  protected call(name: string, args: Expr[]): Val {
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
}
