import type { Command } from "../shell/types";
import { FlagError, parseFlags } from "./flags";
import { Kubectl, type Subcommand } from "./context";
import { get } from "./commands/get";
import { version } from "./commands/version";
import { config } from "./commands/config";
import { run } from "./commands/run";
import { deleteCmd } from "./commands/delete";
import { create } from "./commands/create";
import { apply } from "./commands/apply";

/** Every kubectl subcommand, one file each. */
export const subcommands: Subcommand[] = [apply, config, create, deleteCmd, get, run, version];

const byName = new Map(subcommands.flatMap((s) => [s.name, ...(s.aliases ?? [])].map((n) => [n, s] as const)));

const ROOT_HELP = `kubectl controls the (simulated) Kubernetes cluster.

Commands:
${subcommands.map((s) => `  ${s.name.padEnd(14)}${s.summary}`).join("\n")}

Usage:
  kubectl [flags] [options]

Use "kubectl <command> --help" for more information about a given command.
`;

export const kubectl: Command = {
  name: "kubectl",
  usage: "kubectl COMMAND [args] [flags]",
  run(argv, ctx) {
    // Global flags may precede the subcommand (`kubectl -n prod get pods`).
    let i = 1;
    while (i < argv.length && argv[i].startsWith("-")) i += /^-(n|-namespace|-context|-kubeconfig|s|-server|-as)$/.test(argv[i]) ? 2 : 1;
    const name = argv[i];
    if (!name) {
      ctx.out(ROOT_HELP);
      return 0;
    }
    const sub = byName.get(name);
    if (!sub) {
      ctx.err(`error: unknown command "${name}" for "kubectl"\n`);
      return 1;
    }
    const rest = [...argv.slice(1, i), ...argv.slice(i + 1)];
    let parsed;
    try {
      parsed = parseFlags(rest, sub.flags);
    } catch (e) {
      if (!(e instanceof FlagError)) throw e;
      ctx.err(`error: ${e.message}\nSee 'kubectl ${sub.name} --help' for usage.\n`);
      return 1;
    }
    if (parsed.flags.help) {
      ctx.out(sub.help);
      return 0;
    }
    return sub.run(new Kubectl(ctx, sub.name, parsed.flags, parsed.args, parsed.dashAt));
  },
};
