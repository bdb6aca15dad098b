import type { Program, Stmt, Expr } from "./ast";
import { AwkEvaluator, Return } from "./eval";
import { AwkFatal, StrNum, toNum, toStr } from "./values";

export { AwkFatal, StrNum } from "./values";

class Next {}
class Exit {
  constructor(readonly code: number) {}
}
class Flow {
  constructor(readonly kind: "break" | "continue") {}
}

export interface AwkIO {
  out(text: string): void;
  write(path: string, text: string, append: boolean): void;
}

/** Runs an awk program: BEGIN, each record through the pattern-action items, END; statements and output. */
export class AwkMachine extends AwkEvaluator {
  private ranges = new Map<number, boolean>();
  private opened = new Set<string>();
  exitCode = 0;
  private exiting = false;

  constructor(
    prog: Program,
    private readonly io: AwkIO,
  ) {
    super(prog);
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
