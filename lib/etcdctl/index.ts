import type { Command, CommandContext } from "../shell/types";
import { PFlagError, PFlagSet } from "../shell/pflag";
import { ETCD_VERSION } from "../engine/etcd/server";
import { commandHelp, GLOBAL_FLAGS, groupHelp, HELP_FLAG, rootHelp } from "./help";
import { EtcdctlError, type EtcdctlCommand } from "./types";
import { get } from "./commands/get";
import { put } from "./commands/put";
import { del } from "./commands/del";
import { memberList } from "./commands/member";
import { endpointHealth, endpointStatus } from "./commands/endpoint";
import { snapshotRestoreCmd, snapshotSave, snapshotStatusCmd } from "./commands/snapshot";
import { version } from "./commands/version";

/** Every etcdctl subcommand, in the order `etcdctl --help` lists them. */
export const ETCDCTL_COMMANDS: EtcdctlCommand[] = [del, endpointHealth, endpointStatus, get, memberList, put, snapshotRestoreCmd, snapshotSave, snapshotStatusCmd, version];

const GROUPS: Record<string, { summary: string; flags?: EtcdctlCommand["flags"] }> = {
  member: { summary: "Membership related commands" },
  endpoint: { summary: "Endpoint related commands", flags: [{ name: "cluster", type: "bool", default: false, help: "use all endpoints from the cluster member list" }] },
  snapshot: { summary: "Manages etcd node snapshots" },
};

const globalSet = new PFlagSet([...GLOBAL_FLAGS, HELP_FLAG]);

/** The words naming a command, and the rest of argv (flags may come before, between or after). */
function splitPath(argv: string[]): { words: string[]; rest: string[] } {
  const words: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    if (a.startsWith("-") && a.length > 1) {
      rest.push(a);
      if (globalSet.takesNext(a) && i + 1 < argv.length) rest.push(argv[++i]);
      continue;
    }
    const candidate = [...words, a].join(" ");
    if (words.length < 2 && (ETCDCTL_COMMANDS.some((c) => c.path === candidate) || (words.length === 0 && GROUPS[a]))) words.push(a);
    else if (words.length === 0) return { words: [a], rest: [...rest, ...argv.slice(i + 1)] };
    else rest.push(a);
  }
  return { words, rest };
}

/** ETCDCTL_<FLAG> environment variables set global flags (pkg/flags.SetPflagsFromEnv). */
function envFlags(env: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of GLOBAL_FLAGS) {
    const v = env[`ETCDCTL_${f.name.toUpperCase().replace(/-/g, "_")}`];
    if (v !== undefined) out[f.name] = v;
  }
  return out;
}

function fail(ctx: CommandContext, e: EtcdctlError): number {
  if (e.message) ctx.err(`Error: ${e.message}\n`);
  return e.code;
}

export function runEtcdctl(argv: string[], ctx: CommandContext): number {
  const api = ctx.env.ETCDCTL_API;
  if (api !== undefined && api !== "" && api !== "3") {
    ctx.err(`unsupported API version: ${api}\n`);
    return 1;
  }
  const { words, rest } = splitPath(argv.slice(1));
  const path = words.join(" ");
  const cmd = ETCDCTL_COMMANDS.find((c) => c.path === path);
  if (!cmd) {
    if (words.length === 0 || GROUPS[words[0]]) {
      // A group or the root: cobra prints the help (flags are still checked first).
      try {
        globalSet.parse(rest);
      } catch (e) {
        if (!(e instanceof PFlagError)) throw e;
        ctx.err(`Error: ${e.message}\n\nError: ${e.message}\n`);
        return 1;
      }
      const children = ETCDCTL_COMMANDS.filter((c) => c.path.startsWith(`${words[0]} `));
      ctx.out(words.length === 0 ? rootHelp(ETCDCTL_COMMANDS, ETCD_VERSION) : groupHelp(words[0], GROUPS[words[0]].summary, children, GROUPS[words[0]].flags));
      return 0;
    }
    ctx.err(`Error: unknown command "${words[0]}" for "etcdctl"\nRun 'etcdctl --help' for usage.\nError: unknown command "${words[0]}" for "etcdctl"\n`);
    return 1;
  }
  const set = new PFlagSet([...cmd.flags, ...GLOBAL_FLAGS, HELP_FLAG]);
  let parsed;
  try {
    parsed = set.parse(rest, envFlags(ctx.env));
  } catch (e) {
    if (!(e instanceof PFlagError)) throw e;
    ctx.out(commandHelp(cmd));
    ctx.err(`Error: ${e.message}\n\nError: ${e.message}\n`);
    return 1;
  }
  if (parsed.flags.help) {
    ctx.out(commandHelp(cmd));
    return 0;
  }
  const writeOut = parsed.flags["write-out"] as string;
  try {
    if (!["simple", "json", "fields", "table", "protobuf"].includes(writeOut)) throw new EtcdctlError("unsupported output format", 4);
    return cmd.run(parsed.args, { flags: parsed.flags, changed: parsed.changed, writeOut }, ctx);
  } catch (e) {
    if (e instanceof EtcdctlError) return fail(ctx, e);
    throw e;
  }
}

export const etcdctl: Command = {
  name: "etcdctl",
  usage: "etcdctl [flags] COMMAND",
  run: runEtcdctl,
};
