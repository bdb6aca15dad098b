import type { Command } from "../types";
import { parseShort } from "./args";
import { readInputs } from "./io";

export const wc: Command = {
  name: "wc",
  usage: "wc [-lwc] [FILE]...",
  run(argv, ctx) {
    const { flags, operands } = parseShort(argv);
    const pick = ["l", "w", "c"].filter((f) => flags.has(f) || (f === "c" && flags.has("m")));
    const which = pick.length ? pick : ["l", "w", "c"];
    const rows: [number[], string][] = [];
    const code = readInputs("wc", operands, ctx, (text, label) => {
      const counts = { l: (text.match(/\n/g) ?? []).length, w: text.split(/\s+/).filter(Boolean).length, c: new TextEncoder().encode(text).length };
      rows.push([which.map((f) => counts[f as "l"]), operands.length ? label : ""]);
    });
    if (operands.length > 1) rows.push([which.map((_, i) => rows.reduce((s, r) => s + r[0][i], 0)), "total"]);
    const single = rows.length === 1 && which.length === 1 && !operands.length;
    const width = single ? 0 : Math.max(operands.length ? 1 : 7, ...rows.flatMap((r) => r[0].map((n) => String(n).length)));
    for (const [nums, label] of rows) ctx.out(nums.map((n) => String(n).padStart(width)).join(" ") + (label ? ` ${label}` : "") + "\n");
    return code;
  },
};
