import type { Command } from "../types";
import { parseShort } from "./args";
import { fsErrorText } from "../paths";
import type { FileStat } from "../../engine/host";

function modeString(st: FileStat): string {
  const bits = ["r", "w", "x"];
  let s = st.type === "dir" ? "d" : "-";
  for (let i = 8; i >= 0; i--) s += st.mode & (1 << i) ? bits[(8 - i) % 3] : "-";
  return s;
}

function dateString(ms: number): string {
  const d = new Date(ms);
  const mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.getUTCMonth()];
  return `${mon} ${String(d.getUTCDate()).padStart(2)} ${String(d.getUTCHours()).padStart(2, "0")}:${String(d.getUTCMinutes()).padStart(2, "0")}`;
}

export const ls: Command = {
  name: "ls",
  usage: "ls [-laR1] [FILE]...",
  run(argv, ctx) {
    const { flags, operands } = parseShort(argv);
    const all = flags.has("a");
    const long = flags.has("l");
    const targets = operands.length ? operands : ["."];
    let code = 0;
    const files: string[] = [];
    const dirs: string[] = [];
    for (const t of targets) {
      try {
        (ctx.host.fs.stat(ctx.resolve(t)).type === "dir" ? dirs : files).push(t);
      } catch (e) {
        ctx.err(`ls: cannot access '${t}': ${fsErrorText(e)}\n`);
        code = 2;
      }
    }
    const render = (names: string[], base: string) => {
      if (!long) return names.map((n) => n + "\n").join("");
      const rows = names.map((n) => {
        const st = ctx.host.fs.stat(ctx.resolve(base ? `${base}/${n}` : n));
        return { st, n };
      });
      const width = Math.max(0, ...rows.map((r) => String(r.st.size).length));
      const total = base ? `total ${rows.reduce((s, r) => s + Math.ceil(r.st.size / 4096) * 4, 0)}\n` : "";
      return total + rows.map((r) => `${modeString(r.st)} 1 ${r.st.owner} ${r.st.group} ${String(r.st.size).padStart(width)} ${dateString(r.st.mtimeMs)} ${r.n}\n`).join("");
    };
    ctx.out(render(files.sort(), ""));
    dirs.sort().forEach((d, i) => {
      if (targets.length > 1) ctx.out(`${files.length || i ? "\n" : ""}${d}:\n`);
      const entries = ctx.host.fs.readdir(ctx.resolve(d)).filter((n) => all || !n.startsWith("."));
      ctx.out(render(all ? [".", "..", ...entries] : entries, d));
    });
    return code;
  },
};
