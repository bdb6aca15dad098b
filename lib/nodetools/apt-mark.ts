import type { Command } from "../shell/types";
import { readInstalled, writeInstalled } from "../engine/nodes/packages";
import { requireRoot } from "./apt-common";

/** apt-mark hold/unhold/showhold: the dpkg selection that keeps apt from changing a package. */
export const aptMark: Command = {
  name: "apt-mark",
  usage: "apt-mark [options] {auto|manual|hold|unhold|showhold} pkg1 [pkg2 ...]",
  run(argv, ctx) {
    const [verb, ...pkgs] = argv.slice(1).filter((a) => !a.startsWith("-"));
    const installed = readInstalled(ctx.host.fs);
    if (verb === "showhold") {
      for (const p of Object.keys(installed).sort()) if (installed[p].hold && (pkgs.length === 0 || pkgs.includes(p))) ctx.out(`${p}\n`);
      return 0;
    }
    if (verb !== "hold" && verb !== "unhold") {
      if (verb === undefined) ctx.err("E: No operation specified\n");
      else ctx.err(`E: Handler silently failed\n`);
      return 100;
    }
    if (pkgs.length === 0) {
      ctx.err("E: No packages found\n");
      return 100;
    }
    for (const p of pkgs) {
      if (!installed[p]) {
        ctx.err(`E: Unable to locate package ${p}\n`);
        return 100;
      }
    }
    if (!requireRoot(ctx)) return 100;
    for (const p of pkgs) {
      const want = verb === "hold";
      if (installed[p].hold === want) ctx.out(want ? `${p} was already set on hold.\n` : `${p} was already not on hold.\n`);
      else {
        installed[p].hold = want;
        ctx.out(want ? `${p} set on hold.\n` : `Canceled hold on ${p}.\n`);
      }
    }
    writeInstalled(ctx.host.fs, installed);
    return 0;
  },
};
