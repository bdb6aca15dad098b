import type { Command } from "../types";
import { parseShort } from "./args";
import { lines, readInputs } from "./io";

export function countArg(argv: string[]): { argv: string[]; n?: string } {
  // `head -5` is `head -n 5`.
  const i = argv.findIndex((a, idx) => idx > 0 && /^-\d+$/.test(a));
  if (i < 0) return { argv };
  return { argv: argv.filter((_, idx) => idx !== i), n: argv[i].slice(1) };
}

export const head: Command = {
  name: "head",
  usage: "head [-n NUM] [FILE]...",
  run(rawArgv, ctx) {
    const legacy = countArg(rawArgv);
    const { values, operands } = parseShort(legacy.argv, "n");
    const nText = values.n ?? legacy.n ?? "10";
    const n = Number(nText);
    if (!Number.isInteger(n)) {
      ctx.err(`head: invalid number of lines: ‘${nText}’\n`);
      return 1;
    }
    return readInputs("head", operands, ctx, (text) => {
      const ls = lines(text);
      const picked = n >= 0 ? ls.slice(0, n) : ls.slice(0, Math.max(0, ls.length + n));
      ctx.out(picked.map((l) => l + "\n").join(""));
    });
  },
};
