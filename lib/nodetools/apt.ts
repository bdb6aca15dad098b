import type { Command } from "../shell/types";
import { aptInstall, aptUpdate, upgradable } from "./apt-common";
import { parseAptArgs } from "./apt-get";
import { aptCacheMadison, aptCachePolicy } from "./apt-cache";
import type { CommandContext } from "../shell/types";
import { availableVersions, compareDeb, K8S_PACKAGES, readInstalled } from "../engine/nodes/packages";

/** `apt list [--installed|--upgradable] [PATTERN]` for the Kubernetes packages. */
function aptList(ctx: CommandContext, patterns: string[], installedOnly: boolean, upgradableOnly: boolean): number {
  const installed = readInstalled(ctx.host.fs);
  const match = (n: string) => patterns.length === 0 || patterns.some((p) => new RegExp(`^${p.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`).test(n));
  ctx.out("Listing... Done\n");
  for (const n of [...K8S_PACKAGES].filter(match)) {
    const inst = installed[n];
    const candidate = availableVersions(ctx.host.fs, n)[0]?.version;
    const newer = inst && candidate && compareDeb(candidate, inst.version) > 0;
    if ((installedOnly && !inst) || (upgradableOnly && !newer)) continue;
    if (upgradableOnly) ctx.out(`${n}/unknown ${candidate} amd64 [upgradable from: ${inst!.version}]\n`);
    else if (inst) ctx.out(`${n}/unknown,now ${inst.version} amd64 [installed${newer ? `,upgradable to: ${candidate}` : ""}]\n`);
    else if (candidate) ctx.out(`${n}/unknown ${candidate} amd64\n`);
  }
  return 0;
}

/** apt: the interactive front end; update also counts upgradable packages. */
export const apt: Command = {
  name: "apt",
  usage: "apt [options] command",
  run(argv, ctx) {
    const { words, flags, bad } = parseAptArgs(argv.slice(1).filter((a) => a !== "--installed" && a !== "--upgradable"));
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
      case "list":
        return aptList(ctx, pkgs, argv.includes("--installed"), argv.includes("--upgradable"));
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
