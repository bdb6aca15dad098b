import type { Command } from "../types";

const MAX_LINES = 100_000;

/** seq [-w] [-s SEP] [FIRST [INCREMENT]] LAST, as GNU coreutils. */
export const seq: Command = {
  name: "seq",
  usage: "seq [-w] [-s SEP] [FIRST [INCREMENT]] LAST",
  run(argv, ctx) {
    let sep = "\n";
    let equal = false;
    const ops: string[] = [];
    for (let i = 1; i < argv.length; i++) {
      const a = argv[i];
      if (a === "-w") equal = true;
      else if (a === "-s") sep = argv[++i] ?? "";
      else if (a.startsWith("-s")) sep = a.slice(2);
      else ops.push(a);
    }
    const tryHelp = "Try 'seq --help' for more information.\n";
    if (ops.length === 0) {
      ctx.err(`seq: missing operand\n${tryHelp}`);
      return 1;
    }
    if (ops.length > 3) {
      ctx.err(`seq: extra operand ‘${ops[3]}’\n${tryHelp}`);
      return 1;
    }
    for (const o of ops) {
      if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(o)) {
        ctx.err(`seq: invalid floating point argument: ‘${o}’\n${tryHelp}`);
        return 1;
      }
    }
    const [first, inc, last] = ops.length === 1 ? ["1", "1", ops[0]] : ops.length === 2 ? [ops[0], "1", ops[1]] : ops;
    const decimals = Math.max(...[first, inc].map((s) => (s.includes(".") ? s.split(".")[1].length : 0)));
    const a = Number(first);
    const step = Number(inc);
    const b = Number(last);
    if (step === 0) {
      ctx.err(`seq: invalid Zero increment value: ‘${inc}’\n${tryHelp}`);
      return 1;
    }
    const values: string[] = [];
    for (let k = 0; values.length < MAX_LINES; k++) {
      const v = a + k * step;
      if (step > 0 ? v > b + 1e-9 : v < b - 1e-9) break;
      values.push(v.toFixed(decimals));
    }
    const width = equal ? Math.max(...values.map((v) => v.replace("-", "").length)) : 0;
    const shown = values.map((v) => (width ? (v.startsWith("-") ? "-" + v.slice(1).padStart(width, "0") : v.padStart(width, "0")) : v));
    if (shown.length) ctx.out(shown.join(sep) + "\n");
    return 0;
  },
};
