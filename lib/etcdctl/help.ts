import type { PFlag } from "../shell/pflag";
import { tabAlign } from "./printers";
import type { EtcdctlCommand } from "./types";

/** etcdctl's cobra help template (etcdctl/ctlv3/command/util.go usage template), own texts. */

export const GLOBAL_FLAGS: (PFlag & { help: string })[] = [
  { name: "cacert", type: "string", default: "", help: "verify certificates of TLS-enabled secure servers using this CA bundle" },
  { name: "cert", type: "string", default: "", help: "identify secure client using this TLS certificate file" },
  { name: "command-timeout", type: "duration", default: 5000, help: "timeout for short running command (excluding dial timeout)" },
  { name: "debug", type: "bool", default: false, help: "enable client-side debug logging" },
  { name: "dial-timeout", type: "duration", default: 2000, help: "dial timeout for client connections" },
  { name: "discovery-srv", short: "d", type: "string", default: "", help: "domain name to query for SRV records describing cluster endpoints" },
  { name: "discovery-srv-name", type: "string", default: "", help: "service name to query when using DNS discovery" },
  { name: "endpoints", type: "slice", default: ["127.0.0.1:2379"], help: "gRPC endpoints" },
  { name: "hex", type: "bool", default: false, help: "print byte strings as hex encoded strings" },
  { name: "insecure-discovery", type: "bool", default: true, help: "accept insecure SRV records describing cluster endpoints" },
  { name: "insecure-skip-tls-verify", type: "bool", default: false, help: "skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)" },
  { name: "insecure-transport", type: "bool", default: true, help: "disable transport security for client connections" },
  { name: "keepalive-time", type: "duration", default: 2000, help: "keepalive time for client connections" },
  { name: "keepalive-timeout", type: "duration", default: 6000, help: "keepalive timeout for client connections" },
  { name: "key", type: "string", default: "", help: "identify secure client using this TLS key file" },
  { name: "password", type: "string", default: "", help: "password for authentication (if this option is used, --user option shouldn't include password)" },
  { name: "user", type: "string", default: "", help: "username[:password] for authentication (prompt if password is not supplied)" },
  { name: "write-out", short: "w", type: "string", default: "simple", help: "set the output format (fields, json, protobuf, simple, table)" },
];

export const HELP_FLAG: PFlag & { help: string } = { name: "help", short: "h", type: "bool", default: false, help: "" };

function durationText(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

function flagCell(f: PFlag): string {
  const d = f.default;
  const value =
    f.type === "bool" ? `[=${d ?? false}]` : f.type === "string" ? `="${d ?? ""}"` : f.type === "slice" ? `=[${((d as string[]) ?? []).join(",")}]` : f.type === "duration" ? `=${durationText(d as number)}` : `=${d ?? 0}`;
  return `${f.short ? `  -${f.short}, ` : "      "}--${f.name}${value}`;
}

export function flagLines(flags: (PFlag & { help: string })[], helpFor: string): string {
  const all = [...flags, { ...HELP_FLAG, help: `help for ${helpFor}` }].sort((a, b) => (a.name < b.name ? -1 : 1));
  return tabAlign(all.map((f) => [flagCell(f), f.help]));
}

const GLOBAL_OPTIONS = `GLOBAL OPTIONS:\n${tabAlign(GLOBAL_FLAGS.map((f) => [flagCell(f), f.help]))}`;

const indent = (lines: string) => lines.replace(/^(?=.)/gm, "\t");

export function commandHelp(c: EtcdctlCommand): string {
  const name = c.path.split(" ").pop()!;
  return `NAME:\n\t${c.path} - ${c.summary}\n\nUSAGE:\n\tetcdctl ${c.use} [flags]\n\nOPTIONS:\n${flagLines(c.flags, name)}\n${GLOBAL_OPTIONS}\n`;
}

export function groupHelp(group: string, summary: string, children: EtcdctlCommand[], extraFlags: (PFlag & { help: string })[] = []): string {
  const rows = children.map((c) => [c.path.split(" ").slice(1).join(" "), c.summary] as [string, string]);
  return `NAME:\n\t${group} - ${summary}\n\nUSAGE:\n\tetcdctl ${group} <subcommand> [flags]\n\nAPI VERSION:\n\t3.5\n\n\nCOMMANDS:\n${indent(tabAlign(rows))}\nOPTIONS:\n${flagLines(extraFlags, group)}\n${GLOBAL_OPTIONS}\n`;
}

export function rootHelp(commands: EtcdctlCommand[], version: string): string {
  const rows = commands.map((c) => [c.path, c.summary] as [string, string]);
  const opts = tabAlign([...GLOBAL_FLAGS, { ...HELP_FLAG, help: "help for etcdctl" }].sort((a, b) => (a.name < b.name ? -1 : 1)).map((f) => [flagCell(f), f.help]));
  return `NAME:\n\tetcdctl - A simple command line client for etcd3.\n\nUSAGE:\n\tetcdctl [flags]\n\nVERSION:\n\t${version}\n\nAPI VERSION:\n\t3.5\n\n\nCOMMANDS:\n${indent(tabAlign(rows))}\nOPTIONS:\n${opts}`;
}
