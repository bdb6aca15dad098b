import type { Command } from "../types";
import { parseShort } from "./args";
import { lines, readInputs } from "./io";
import { countArg } from "./head";

export const tail: Command = {
  name: "tail",
  usage: "tail [-n NUM] [-f] [FILE]...",
  run(rawArgv, ctx) {
    const legacy = countArg(rawArgv);
    const { values, operands } = parseShort(legacy.argv, "n");
    const nText = values.n ?? legacy.n ?? "10";
    const fromStart = nText.startsWith("+");
    const n = Number(nText.replace(/^\+/, ""));
    if (!Number.isInteger(n)) {
      ctx.err(`tail: invalid number of lines: ‘${nText}’\n`);
      return 1;
    }
    return readInputs("tail", operands, ctx, (text) => {
      const ls = lines(text);
      const picked = fromStart ? ls.slice(Math.max(0, n - 1)) : ls.slice(Math.max(0, ls.length - n));
      ctx.out(picked.map((l) => l + "\n").join(""));
    });
  },
};
