import type { Command } from "../types";

export const echo: Command = {
  name: "echo",
  usage: "echo [-neE] [arg ...]",
  run(argv, ctx) {
    let args = argv.slice(1);
    let newline = true;
    let escapes = false;
    while (args.length && /^-[neE]+$/.test(args[0])) {
      if (args[0].includes("n")) newline = false;
      if (args[0].includes("e")) escapes = true;
      if (args[0].includes("E")) escapes = false;
      args = args.slice(1);
    }
    let text = args.join(" ");
    if (escapes) text = text.replace(/\\(n|t|\\|e)/g, (_m, c) => ({ n: "\n", t: "\t", "\\": "\\", e: "\x1b" })[c as "n"]);
    ctx.out(text + (newline ? "\n" : ""));
    return 0;
  },
};
