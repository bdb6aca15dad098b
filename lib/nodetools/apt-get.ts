import type { Command } from "../shell/types";
import { aptInstall, aptUpdate, upgradable } from "./apt-common";

/** Flags apt-get accepts here; others are rejected as apt-get does ("Command line option ... is not understood"). */
const BOOL = new Set(["-y", "--yes", "--assume-yes", "-q", "-qq", "--quiet", "--allow-change-held-packages", "--allow-downgrades", "--no-install-recommends"]);

export function parseAptArgs(args: string[]): { words: string[]; flags: Set<string>; bad?: string } {
  const words: string[] = [];
  const flags = new Set<string>();
  for (const a of args) {
    if (!a.startsWith("-")) words.push(a);
    else if (BOOL.has(a)) flags.add(a === "--yes" || a === "--assume-yes" ? "-y" : a);
    else if (/^-[yq]+$/.test(a)) for (const c of a.slice(1)) flags.add(`-${c}`);
    else return { words, flags, bad: a };
  }
  return { words, flags };
}

/** apt-get: update, install (PKG[=VERSION]), upgrade for the Kubernetes packages. */
export const aptGet: Command = {
  name: "apt-get",
  usage: "apt-get [options] command",
  run(argv, ctx) {
    const { words, flags, bad } = parseAptArgs(argv.slice(1));
    if (bad) {
      ctx.err(`E: Command line option '${bad.replace(/^-+/, "").replace(/=.*/, "")}' [from ${bad}] is not understood in combination with the other options.\n`);
      return 100;
    }
    const [verb, ...pkgs] = words;
    const opts = { yes: flags.has("-y"), allowHeld: flags.has("--allow-change-held-packages"), allowDowngrades: flags.has("--allow-downgrades"), front: "apt-get" as const };
    switch (verb) {
      case undefined:
        ctx.out("apt 2.7.14 (amd64)\nUsage: apt-get [options] command\n       apt-get [options] install|remove pkg1 [pkg2 ...]\n\nMost used commands:\n  update - Retrieve new lists of packages\n  upgrade - Perform an upgrade\n  install - Install new packages (pkg is libc6 not libc6.deb)\n");
        return 1;
      case "update":
        return aptUpdate(ctx);
      case "install":
        return aptInstall(ctx, pkgs, opts);
      case "upgrade": {
        // Held packages are kept back by upgrade.
        ctx.out("Reading package lists... Done\nBuilding dependency tree... Done\nReading state information... Done\nCalculating upgrade... Done\n");
        const held = upgradable(ctx);
        if (held.length) ctx.out(`The following packages have been kept back:\n  ${held.join(" ")}\n`);
        ctx.out(`0 upgraded, 0 newly installed, 0 to remove and ${held.length} not upgraded.\n`);
        return 0;
      }
      default:
        ctx.err(`E: Invalid operation ${verb}\n`);
        return 100;
    }
  },
};
