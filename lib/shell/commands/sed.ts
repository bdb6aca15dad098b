import type { Command } from "../types";
import { fsErrorText } from "../paths";
import { lines } from "./io";
import { runSed } from "./sed-run";
import { parseSedScript, SedError, type Cmd } from "./sed-script";

/**
 * GNU sed's everyday subset: addresses (N, $, /re/, ranges, `!`), commands s (g, p, N, I), p, d,
 * q, =, a, i, c, y and `{ }` blocks; options -n, -e, -E/-r, -i[SUFFIX]. Errors as GNU words them.
 */

export const sed: Command = {
  name: "sed",
  usage: "sed [-n] [-E] [-i[SUFFIX]] [-e SCRIPT | SCRIPT] [FILE]...",
  run(argv, ctx) {
    let quiet = false;
    let inPlace: string | undefined;
    let extended = false;
    const scripts: string[] = [];
    const files: string[] = [];
    for (let i = 1; i < argv.length; i++) {
      const a = argv[i];
      if (a === "-e" || a === "--expression") scripts.push(argv[++i] ?? "");
      else if (a.startsWith("--expression=")) scripts.push(a.slice(13));
      else if (a === "--in-place" || a.startsWith("--in-place=")) inPlace = a.slice(11);
      else if (a === "-n" || a === "--quiet" || a === "--silent") quiet = true;
      else if (a === "-E" || a === "-r" || a === "--regexp-extended") extended = true;
      else if (/^-[nErs]*i/.test(a) && a.startsWith("-") && !a.startsWith("--")) {
        if (a.includes("n")) quiet = true;
        if (/[Er]/.test(a.slice(1, a.indexOf("i")))) extended = true;
        inPlace = a.slice(a.indexOf("i") + 1);
      } else if (/^-[nEr]+$/.test(a)) {
        if (a.includes("n")) quiet = true;
        if (/[Er]/.test(a)) extended = true;
      } else if (a.startsWith("-") && a !== "-") {
        ctx.err(`sed: invalid option -- '${a.replace(/^-+/, "")[0]}'\nUsage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n`);
        return 1;
      } else if (!scripts.length && !files.length && !argv.slice(1, i).some((x) => x === "-e" || x.startsWith("--expression"))) scripts.push(a);
      else files.push(a);
    }
    if (!scripts.length) {
      ctx.err("Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n");
      return 1;
    }
    let cmds: Cmd[];
    try {
      cmds = parseSedScript(scripts.join("\n"), extended);
    } catch (e) {
      if (!(e instanceof SedError)) throw e;
      ctx.err(`sed: ${e.message}\n`);
      return 1;
    }
    if (!files.length) {
      if (inPlace !== undefined) {
        ctx.err("sed: no input files\n");
        return 1;
      }
      ctx.out(runSed(lines(ctx.stdin), cmds, quiet));
      return 0;
    }
    let code = 0;
    if (inPlace !== undefined) {
      for (const f of files) {
        const path = ctx.resolve(f);
        try {
          const text = ctx.host.fs.readFile(path);
          if (inPlace) ctx.host.fs.writeFile(inPlace.includes("*") ? ctx.resolve(inPlace.replace(/\*/g, f)) : path + inPlace, text);
          ctx.host.fs.writeFile(path, runSed(lines(text), cmds, quiet));
        } catch (e) {
          ctx.err(`sed: can't read ${f}: ${fsErrorText(e)}\n`);
          code = 2;
        }
      }
      return code;
    }
    const all: string[] = [];
    for (const f of files) {
      try {
        all.push(...lines(f === "-" ? ctx.stdin : ctx.host.fs.readFile(ctx.resolve(f))));
      } catch (e) {
        ctx.err(`sed: can't read ${f}: ${fsErrorText(e)}\n`);
        code = 2;
      }
    }
    ctx.out(runSed(all, cmds, quiet));
    return code;
  },
};
