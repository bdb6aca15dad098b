import type { CommandContext } from "../shell/types";
import type { PFlag, PValues } from "../shell/pflag";

/** One etcdctl subcommand (`get`, `member list`, `snapshot save`): a file each, in one table. */
export interface EtcdctlCommand {
  /** Words after `etcdctl`, e.g. "member list". */
  path: string;
  summary: string;
  /** The USAGE line after `etcdctl `. */
  use: string;
  /** Local flags with their help text. */
  flags: (PFlag & { help: string })[];
  /** Commands that only read files (snapshot status/restore) need no connection. */
  run(args: string[], opts: EtcdctlOptions, ctx: CommandContext): number;
}

export interface EtcdctlOptions {
  flags: PValues;
  changed: Set<string>;
  writeOut: string;
}

/** Thrown by a command to end with `Error: <message>` and an exit code (cobrautl.ExitWithError). */
export class EtcdctlError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

/** etcdctl's exit codes (pkg/cobrautl/error.go). */
export const ExitError = 1;
export const ExitBadConnection = 2;
export const ExitInvalidInput = 3;
export const ExitBadFeature = 4;
export const ExitBadArgs = 128;
