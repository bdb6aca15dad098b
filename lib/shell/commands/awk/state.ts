import { AwkFatal, awkRegex, StrNum, toNum, toStr, type Val } from "./values";

const MAX_STEPS = 2_000_000;

/** What an awk program reads and writes: the current record and its fields, variables, arrays, function frames. */
export class AwkState {
  vars = new Map<string, Val>();
  arrays = new Map<string, Map<string, Val>>();
  protected fields: string[] = [""];
  protected nf = 0;
  protected locals: Map<string, Val | Map<string, Val>>[] = [];
  private steps = 0;

  constructor() {
    for (const [k, v] of Object.entries({ FS: " ", OFS: " ", ORS: "\n", RS: "\n", NR: 0, NF: 0, FNR: 0, SUBSEP: "\x1c", RSTART: 0, RLENGTH: -1, CONVFMT: "%.6g", OFMT: "%.6g", FILENAME: "" })) this.vars.set(k, v);
  }

  protected step() {
    if (++this.steps > MAX_STEPS) throw new AwkFatal("fatal: program ran too long (the practice shell's step limit)");
  }

  /** $0 as it is now. */
  currentRecord(): string {
    return this.fields[0];
  }

  // ---- records and fields ----
  setRecord(line: string) {
    this.fields = [line];
    this.split();
  }

  protected split() {
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

  protected rebuild() {
    this.fields[0] = this.fields.slice(1, this.nf + 1).join(toStr(this.get("OFS")));
  }

  protected getField(i: number): Val {
    if (i < 0) throw new AwkFatal(`fatal: attempt to access field ${i}`);
    if (i === 0) return new StrNum(this.fields[0]);
    return i <= this.nf ? new StrNum(this.fields[i] ?? "") : new StrNum("");
  }

  protected setField(i: number, v: string) {
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
}
