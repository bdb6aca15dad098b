import type { Command, CommandContext } from "../shell/types";
import { PFlagError, PFlagSet, type PFlag } from "../shell/pflag";
import { ETCD_VERSION } from "../engine/etcd/server";
import { tabAlign } from "../etcdctl/printers";
import { RESTORE_FLAGS, snapshotRestore, snapshotStatus } from "../etcdctl/snapshot-ops";
import { EtcdctlError } from "../etcdctl/types";

/**
 * etcdutl v3.5, the offline companion of etcdctl: `snapshot status` and `snapshot restore` read
 * files on the current node only (no endpoints, no certificates), plus `version`.
 * Models etcdutl/etcdutl/snapshot_command.go and etcdutl/ctl.go.
 */
type Flag = PFlag & { help: string };

interface Sub {
  path: string;
  summary: string;
  use: string;
  flags: Flag[];
  run(args: string[], flags: Record<string, unknown>, writeOut: string, ctx: CommandContext): number;
}

const WRITE_OUT: Flag = { name: "write-out", short: "w", type: "string", default: "simple", help: "set the output format (fields, json, protobuf, simple, table)" };
const HELP: Flag = { name: "help", short: "h", type: "bool", default: false, help: "" };

const SUBS: Sub[] = [
  {
    path: "snapshot restore",
    summary: "Restores an etcd member snapshot to an etcd directory",
    use: "snapshot restore <filename> --data-dir {output dir} [options]",
    flags: [
      ...RESTORE_FLAGS,
      { name: "bump-revision", type: "int", default: 0, help: "How much to increase the latest revision after restore" },
      { name: "mark-compacted", type: "bool", default: false, help: "Mark the latest revision after restore as the point of scheduled compaction (required if --bump-revision > 0, disallowed otherwise)" },
    ],
    run: (args, flags, _w, ctx) => snapshotRestore(args, flags as never, ctx),
  },
  { path: "snapshot status", summary: "Gets backend snapshot status of a given file", use: "snapshot status <filename>", flags: [], run: (args, _f, w, ctx) => snapshotStatus(args, w, ctx) },
  {
    path: "version",
    summary: "Prints the version of etcdutl",
    use: "version",
    flags: [],
    run: (_a, _f, _w, ctx) => {
      ctx.out(`etcdutl version: ${ETCD_VERSION}\nAPI version: 3.5\n`);
      return 0;
    },
  },
];

function cell(f: Flag): string {
  const d = f.default;
  const value = f.type === "bool" ? `[=${d}]` : f.type === "string" ? `="${d}"` : `=${d}`;
  return `${f.short ? `  -${f.short}, ` : "      "}--${f.name}${value}`;
}

const options = (flags: Flag[]) => tabAlign(flags.sort((a, b) => (a.name < b.name ? -1 : 1)).map((f) => [cell(f), f.help]));
const GLOBAL = `GLOBAL OPTIONS:\n${options([WRITE_OUT])}`;

function help(sub: Sub): string {
  return `NAME:\n\t${sub.path} - ${sub.summary}\n\nUSAGE:\n\tetcdutl ${sub.use} [flags]\n\nOPTIONS:\n${options([...sub.flags, { ...HELP, help: `help for ${sub.path.split(" ").pop()}` }])}\n${GLOBAL}\n`;
}

function groupHelp(words: string[]): string {
  const group = words[0];
  const kids = SUBS.filter((s) => (group ? s.path.startsWith(`${group} `) : true));
  const rows = tabAlign(kids.map((s) => [group ? s.path.split(" ").slice(1).join(" ") : s.path, s.summary])).replace(/^(?=.)/gm, "\t");
  if (!group) return `NAME:\n\tetcdutl - An administrative command line tool for etcd3.\n\nUSAGE:\n\tetcdutl [flags]\n\nVERSION:\n\t${ETCD_VERSION}\n\nAPI VERSION:\n\t3.5\n\n\nCOMMANDS:\n${rows}\nOPTIONS:\n${options([{ ...HELP, help: "help for etcdutl" }, WRITE_OUT])}`;
  return `NAME:\n\tsnapshot - Manages etcd node snapshots\n\nUSAGE:\n\tetcdutl snapshot <subcommand> [flags]\n\nAPI VERSION:\n\t3.5\n\n\nCOMMANDS:\n${rows}\nOPTIONS:\n${options([{ ...HELP, help: "help for snapshot" }])}\n${GLOBAL}\n`;
}

export function runEtcdutl(argv: string[], ctx: CommandContext): number {
  const args = argv.slice(1);
  const words = args.filter((a) => !a.startsWith("-"));
  const sub = SUBS.find((s) => s.path === words.slice(0, s.path.split(" ").length).join(" "));
  if (!sub) {
    if (words.length === 0 || (words[0] === "snapshot" && words.length === 1)) {
      ctx.out(groupHelp(words));
      return 0;
    }
    const bad = words[0] === "snapshot" ? words[1] : words[0];
    const where = words[0] === "snapshot" ? "etcdutl snapshot" : "etcdutl";
    ctx.err(`Error: unknown command "${bad}" for "${where}"\nRun '${where} --help' for usage.\nError: unknown command "${bad}" for "${where}"\n`);
    return 1;
  }
  const rest = [...args];
  for (const w of sub.path.split(" ")) rest.splice(rest.indexOf(w), 1);
  let parsed;
  try {
    parsed = new PFlagSet([...sub.flags, WRITE_OUT, HELP]).parse(rest);
  } catch (e) {
    if (!(e instanceof PFlagError)) throw e;
    ctx.out(help(sub));
    ctx.err(`Error: ${e.message}\n\nError: ${e.message}\n`);
    return 1;
  }
  if (parsed.flags.help) {
    ctx.out(help(sub));
    return 0;
  }
  try {
    return sub.run(parsed.args, parsed.flags, parsed.flags["write-out"] as string, ctx);
  } catch (e) {
    if (!(e instanceof EtcdctlError)) throw e;
    if (e.message) ctx.err(`Error: ${e.message}\n`);
    return e.code;
  }
}

export const etcdutl: Command = { name: "etcdutl", usage: "etcdutl [flags] COMMAND", run: runEtcdutl };
