import type { Command, CommandContext } from "../shell/types";
import { availableVersions, K8S_PACKAGES, readInstalled, repoUrl } from "../engine/nodes/packages";

/** `apt-cache madison PKG...`: one line per available version, newest first. */
export function aptCacheMadison(ctx: CommandContext, pkgs: string[]): number {
  let code = 0;
  for (const p of pkgs) {
    const versions = availableVersions(ctx.host.fs, p);
    if (versions.length === 0) {
      ctx.err(`N: Unable to locate package ${p}\n`);
      code = 0;
      continue;
    }
    for (const v of versions) ctx.out(`${p.padStart(10)} | ${v.version} | ${repoUrl(v.minor)}  Packages\n`);
  }
  return code;
}

/** `apt-cache policy PKG...`: installed, candidate and the version table with pins. */
export function aptCachePolicy(ctx: CommandContext, pkgs: string[]): number {
  const installed = readInstalled(ctx.host.fs);
  for (const p of pkgs) {
    const versions = availableVersions(ctx.host.fs, p);
    const inst = installed[p];
    if (!versions.length && !inst) {
      ctx.err(`N: Unable to locate package ${p}\n`);
      continue;
    }
    ctx.out(`${p}:\n  Installed: ${inst?.version ?? "(none)"}\n  Candidate: ${versions[0]?.version ?? "(none)"}\n  Version table:\n`);
    const listed = new Set(versions.map((v) => v.version));
    for (const v of versions) {
      ctx.out(`${inst?.version === v.version ? " *** " : "     "}${v.version} 500\n        500 ${repoUrl(v.minor)}  Packages\n`);
      if (inst?.version === v.version) ctx.out("        100 /var/lib/dpkg/status\n");
    }
    if (inst && !listed.has(inst.version)) ctx.out(` *** ${inst.version} 100\n        100 /var/lib/dpkg/status\n`);
  }
  return 0;
}

export const aptCache: Command = {
  name: "apt-cache",
  usage: "apt-cache [options] command",
  run(argv, ctx) {
    const [verb, ...pkgs] = argv.slice(1).filter((a) => !a.startsWith("-"));
    if (verb === "madison") return aptCacheMadison(ctx, pkgs);
    if (verb === "policy") return aptCachePolicy(ctx, pkgs);
    if (verb === "show") {
      for (const p of pkgs) {
        if (!(K8S_PACKAGES as readonly string[]).includes(p)) {
          ctx.err(`N: Unable to locate package ${p}\nE: No packages found\n`);
          return 100;
        }
        for (const v of availableVersions(ctx.host.fs, p)) ctx.out(`Package: ${p}\nVersion: ${v.version}\nArchitecture: amd64\nMaintainer: Kubernetes Authors <dev@kubernetes.io>\nSection: admin\nPriority: optional\n\n`);
      }
      return 0;
    }
    if (verb === undefined) {
      ctx.out("apt 2.7.14 (amd64)\nUsage: apt-cache [options] command\n");
      return 1;
    }
    ctx.err(`E: Invalid operation ${verb}\n`);
    return 100;
  },
};
