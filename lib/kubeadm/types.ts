import type { PFlag, PValues } from "../shell/pflag";
import type { CommandContext } from "../shell/types";

/** One kubeadm subcommand (`version`, `upgrade plan`, `token create`, …), one file each. */
export interface KubeadmCommand {
  path: string;
  summary: string;
  flags: PFlag[];
  run(args: string[], flags: PValues, ctx: CommandContext): number;
}
