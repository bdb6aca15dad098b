import type { Command } from "../types";
import { parseShort } from "./args";
import { readInputs, lines } from "./io";

export const cat: Command = {
  name: "cat",
  usage: "cat [-n] [FILE]...",
  run(argv, ctx) {
    const { flags, operands } = parseShort(argv);
    let n = 0;
    return readInputs("cat", operands, ctx, (text) => {
      if (!flags.has("n")) return ctx.out(text);
      const ls = lines(text);
      ctx.out(ls.map((l) => `${String(++n).padStart(6)}\t${l}\n`).join(""));
    });
  },
};
