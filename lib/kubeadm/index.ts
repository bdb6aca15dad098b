import type { Command, CommandContext } from "../shell/types";
import { PFlagError, PFlagSet, type PFlag } from "../shell/pflag";
import { readInstalled } from "../engine/nodes/packages";
import { KubeadmError, reportKubeadmError } from "./errors";
import type { KubeadmCommand } from "./types";
import { version } from "./version";
import { upgradePlan } from "./upgrade-plan";
import { upgradeApply } from "./upgrade-apply";
import { upgradeNode } from "./upgrade-node";
import { tokenCreate, tokenDelete, tokenList } from "./token";
import { join } from "./join";
import { certsCheckExpiration, certsRenew } from "./certs";

/** Every kubeadm subcommand the simulator offers, in one table. */
export const KUBEADM_COMMANDS: KubeadmCommand[] = [version, upgradePlan, upgradeApply, upgradeNode, tokenCreate, tokenList, tokenDelete, join, certsCheckExpiration, ...certsRenew];

const GROUPS: Record<string, string> = {
  upgrade: "Upgrade your cluster smoothly to a newer version with this command",
  token: "Manage bootstrap tokens",
  certs: "Commands related to handling kubernetes certificates",
  "certs renew": "Renew certificates for a Kubernetes cluster",
};

const GLOBAL: PFlag[] = [
  { name: "help", short: "h", type: "bool", default: false },
  { name: "v", type: "string", default: "0" },
  { name: "rootfs", type: "string", default: "" },
  { name: "kubeconfig", type: "string", default: "/etc/kubernetes/admin.conf" },
  { name: "ignore-preflight-errors", type: "slice", default: [] },
  { name: "config", type: "string", default: "" },
];

function help(path: string): string {
  const kids = KUBEADM_COMMANDS.filter((c) => c.path.startsWith(path ? `${path} ` : "")).map((c) => c.path.slice(path ? path.length + 1 : 0).split(" ")[0]);
  const names = [...new Set(kids)];
  const summary = (n: string) => GROUPS[path ? `${path} ${n}` : n] ?? KUBEADM_COMMANDS.find((c) => c.path === (path ? `${path} ${n}` : n))?.summary ?? "";
  const width = Math.max(...names.map((n) => n.length)) + 3;
  return `${path ? GROUPS[path] : "kubeadm: easily bootstrap a secure Kubernetes cluster"}\n\nUsage:\n  kubeadm ${path ? `${path} ` : ""}[command]\n\nAvailable Commands:\n${names.map((n) => `  ${n.padEnd(width)}${summary(n)}`).join("\n")}\n\nUse "kubeadm ${path ? `${path} ` : ""}[command] --help" for more information about a command.\n`;
}

export function runKubeadm(argv: string[], ctx: CommandContext): number {
  if (!readInstalled(ctx.host.fs).kubeadm) {
    ctx.err("bash: kubeadm: command not found\n");
    return 127;
  }
  const args = argv.slice(1);
  const words: string[] = [];
  const rest: string[] = [];
  const probe = new PFlagSet([...GLOBAL, ...KUBEADM_COMMANDS.flatMap((c) => c.flags)]);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith("-") && a.length > 1) {
      rest.push(a);
      if (probe.takesNext(a) && i + 1 < args.length) rest.push(args[++i]);
      continue;
    }
    const candidate = [...words, a].join(" ");
    if (KUBEADM_COMMANDS.some((c) => c.path === candidate || c.path.startsWith(`${candidate} `))) words.push(a);
    else if (KUBEADM_COMMANDS.some((c) => c.path === words.join(" "))) rest.push(a);
    else {
      ctx.err(`unknown command "${a}" for "kubeadm${words.length ? ` ${words.join(" ")}` : ""}"\nTo see the stack trace of this error execute with --v=5 or higher\n`);
      return 1;
    }
  }
  const path = words.join(" ");
  const cmd = KUBEADM_COMMANDS.find((c) => c.path === path);
  if (!cmd) {
    ctx.out(help(path));
    return 0;
  }
  let parsed;
  try {
    parsed = new PFlagSet([...cmd.flags, ...GLOBAL]).parse(rest);
  } catch (e) {
    if (!(e instanceof PFlagError)) throw e;
    return reportKubeadmError(ctx, new KubeadmError(e.message));
  }
  if (parsed.flags.help) {
    ctx.out(`${cmd.summary}\n\nUsage:\n  kubeadm ${cmd.path} [flags]\n`);
    return 0;
  }
  try {
    return cmd.run(parsed.args, parsed.flags, ctx);
  } catch (e) {
    if (e instanceof KubeadmError) return reportKubeadmError(ctx, e);
    throw e;
  }
}

export const kubeadm: Command = { name: "kubeadm", usage: "kubeadm [command]", run: runKubeadm };
