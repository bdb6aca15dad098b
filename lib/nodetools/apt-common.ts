import type { CommandContext } from "../shell/types";
import { availableVersions, cdnUrl, compareDeb, fetchedMinors, K8S_PACKAGES, packageSize, readInstalled, updateLists, writeInstalled, type Candidate } from "../engine/nodes/packages";

/**
 * The apt front ends (apt-get, apt) over the node's package state (engine/nodes/packages.ts).
 * Output follows apt 2.7 on Ubuntu 24.04 as the exam hosts print it (without needrestart: the
 * kubelet keeps running its old binary until it is restarted). Models apt-pkg's install flow.
 */

const UBUNTU = ["http://archive.ubuntu.com/ubuntu noble InRelease", "http://archive.ubuntu.com/ubuntu noble-updates InRelease", "http://archive.ubuntu.com/ubuntu noble-backports InRelease", "http://security.ubuntu.com/ubuntu noble-security InRelease"];

export function requireRoot(ctx: CommandContext): boolean {
  if (ctx.user === "root") return true;
  ctx.err("E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n");
  return false;
}

export function aptUpdate(ctx: CommandContext): number {
  if (ctx.user !== "root") {
    ctx.err("Reading package lists... Done\nE: Could not open lock file /var/lib/apt/lists/lock - open (13: Permission denied)\nE: Unable to lock directory /var/lib/apt/lists/\n");
    return 100;
  }
  const fetched = updateLists(ctx.host.fs);
  let n = 0;
  for (const u of UBUNTU) ctx.out(`Hit:${++n} ${u}\n`);
  let bytes = 0;
  for (const f of fetched) {
    if (f.fresh) {
      ctx.out(`Get:${++n} ${cdnUrl(f.minor)}  InRelease [1186 B]\nGet:${++n} ${cdnUrl(f.minor)}  Packages [4865 B]\n`);
      bytes += 6051;
    } else ctx.out(`Hit:${++n} ${cdnUrl(f.minor)}  InRelease\n`);
  }
  if (bytes) ctx.out(`Fetched ${(bytes / 1000).toFixed(1)} kB in 1s (${(bytes / 1000).toFixed(1)} kB/s)\n`);
  ctx.out("Reading package lists... Done\n");
  return 0;
}

/** How many installed k8s packages have a newer candidate (apt's "N not upgraded"). */
export function upgradable(ctx: CommandContext, except: string[] = []): string[] {
  const installed = readInstalled(ctx.host.fs);
  return Object.keys(installed).filter((p) => !except.includes(p) && availableVersions(ctx.host.fs, p).some((c) => compareDeb(c.version, installed[p].version) > 0));
}

interface Plan {
  name: string;
  from?: string;
  to: Candidate;
}

export interface InstallOptions {
  yes: boolean;
  allowHeld: boolean;
  allowDowngrades: boolean;
  front: "apt-get" | "apt";
}

/** `apt-get install PKG[=VERSION]...`: resolve, print the plan, refuse held/downgrade changes as apt does, unpack. */
export function aptInstall(ctx: CommandContext, specs: string[], o: InstallOptions): number {
  if (!requireRoot(ctx)) return 100;
  ctx.out("Reading package lists... Done\nBuilding dependency tree... Done\nReading state information... Done\n");
  if (specs.length === 0) {
    ctx.out(`0 upgraded, 0 newly installed, 0 to remove and ${upgradable(ctx).length} not upgraded.\n`);
    return 0;
  }
  const fs = ctx.host.fs;
  const installed = readInstalled(fs);
  const plans: Plan[] = [];
  const already: string[] = [];
  for (const spec of specs) {
    const [name, wanted] = spec.includes("=") ? [spec.slice(0, spec.indexOf("=")), spec.slice(spec.indexOf("=") + 1)] : [spec, undefined];
    const versions = availableVersions(fs, name);
    if (!(K8S_PACKAGES as readonly string[]).includes(name) || versions.length === 0) {
      ctx.err(`E: Unable to locate package ${name}\n`);
      return 100;
    }
    const pattern = wanted === undefined ? undefined : new RegExp(`^${wanted.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`);
    const to = pattern ? versions.find((v) => pattern.test(v.version)) : versions[0];
    if (!to) {
      ctx.err(`E: Version '${wanted}' for '${name}' was not found\n`);
      return 100;
    }
    if (installed[name]?.version === to.version) already.push(`${name} is already the newest version (${to.version}).\n`);
    else plans.push({ name, from: installed[name]?.version, to });
  }
  for (const a of already) ctx.out(a);
  const held = plans.filter((p) => installed[p.name]?.hold);
  const fresh = plans.filter((p) => !p.from);
  const up = plans.filter((p) => p.from && compareDeb(p.to.version, p.from) > 0);
  const down = plans.filter((p) => p.from && compareDeb(p.to.version, p.from) < 0);
  const list = (ps: Plan[]) => `  ${ps.map((p) => p.name).sort().join(" ")}\n`;
  if (held.length) ctx.out(`The following held packages will be changed:\n${list(held)}`);
  if (fresh.length) ctx.out(`The following NEW packages will be installed:\n${list(fresh)}`);
  if (up.length) ctx.out(`The following packages will be upgraded:\n${list(up)}`);
  if (down.length) ctx.out(`The following packages will be DOWNGRADED:\n${list(down)}`);
  const notUpgraded = upgradable(ctx, plans.map((p) => p.name)).length;
  ctx.out(`${up.length} upgraded, ${fresh.length} newly installed, ${down.length ? `${down.length} downgraded, ` : ""}0 to remove and ${notUpgraded} not upgraded.\n`);
  if (plans.length === 0) return 0;
  if (held.length && !o.allowHeld) {
    if (o.yes) {
      ctx.err("E: Held packages were changed and -y was used without --allow-change-held-packages.\n");
      return 100;
    }
    ctx.out("Do you want to continue? [Y/n] Abort.\n");
    return 1;
  }
  if (down.length && !o.allowDowngrades && o.yes) {
    ctx.err("E: Packages were downgraded and -y was used without --allow-downgrades.\n");
    return 100;
  }
  const mb = plans.reduce((s, p) => s + parseFloat(packageSize(p.name)), 0);
  ctx.out(`Need to get ${mb.toFixed(1)} MB of archives.\nAfter this operation, 0 B of additional disk space will be used.\n`);
  plans.sort((a, b) => (a.name < b.name ? -1 : 1)).forEach((p, i) => ctx.out(`Get:${i + 1} ${cdnUrl(p.to.minor)}  ${p.name} ${p.to.version} [${packageSize(p.name)}]\n`));
  ctx.out(`Fetched ${mb.toFixed(1)} MB in 1s (${mb.toFixed(1)} MB/s)\n(Reading database ... 140016 files and directories currently installed.)\n`);
  for (const p of plans) {
    ctx.out(`Preparing to unpack .../${p.name}_${p.to.version}_amd64.deb ...\n`);
    ctx.out(p.from ? `Unpacking ${p.name} (${p.to.version}) over (${p.from}) ...\n` : `Selecting previously unselected package ${p.name}.\nUnpacking ${p.name} (${p.to.version}) ...\n`);
  }
  for (const p of plans) {
    ctx.out(`Setting up ${p.name} (${p.to.version}) ...\n`);
    installed[p.name] = { version: p.to.version, hold: installed[p.name]?.hold ?? false };
  }
  writeInstalled(fs, installed);
  return 0;
}

export { fetchedMinors };
