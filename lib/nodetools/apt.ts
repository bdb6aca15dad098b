import type { Command } from "../shell/types";
import { aptInstall, aptUpdate, upgradable } from "./apt-common";
import { parseAptArgs } from "./apt-get";
import { aptCacheMadison, aptCachePolicy } from "./apt-cache";

/** apt: the interactive front end; update also counts upgradable packages. */
export const apt: Command = {
  name: "apt",
  usage: "apt [options] command",
  run(argv, ctx) {
    const { words, flags, bad } = parseAptArgs(argv.slice(1));
    if (bad) {
      ctx.err(`E: Command line option '${bad.replace(/^-+/, "").replace(/=.*/, "")}' [from ${bad}] is not understood in combination with the other options.\n`);
      return 100;
    }
    const [verb, ...pkgs] = words;
    switch (verb) {
      case "update": {
        const code = aptUpdate(ctx);
        if (code) return code;
        ctx.out("Building dependency tree... Done\nReading state information... Done\n");
        const n = upgradable(ctx).length;
        ctx.out(n ? `${n} package${n > 1 ? "s" : ""} can be upgraded. Run 'apt list --upgradable' to see ${n > 1 ? "them" : "it"}.\n` : "All packages are up to date.\n");
        return 0;
      }
      case "install":
        return aptInstall(ctx, pkgs, { yes: flags.has("-y"), allowHeld: flags.has("--allow-change-held-packages"), allowDowngrades: flags.has("--allow-downgrades"), front: "apt" });
      case "policy":
        return aptCachePolicy(ctx, pkgs);
      case "madison":
        return aptCacheMadison(ctx, pkgs);
      case undefined:
        ctx.out("apt 2.7.14 (amd64)\nUsage: apt [options] command\n");
        return 1;
      default:
        ctx.err(`E: Invalid operation ${verb}\n`);
        return 100;
    }
  },
};
