import type { ApiClient } from "../engine/client";
import { withWarnings } from "./warnings";
import type { CommandContext } from "../shell/types";
import { ConnectionError } from "../engine/environment";
import { StatusError } from "../engine/api/errors";
import type { FlagSpec, FlagValues } from "./flags";
import { kubeconfigCredentials } from "./credentials";
import { UNAUTHORIZED_MESSAGE } from "../engine/apiserver/authn";
import { kubeconfigPath, loadKubeconfig, resolveConnection, KubeconfigError, type Connection } from "./kubeconfig";

/** The pid kubectl's klog lines carry (a simulated process has a fixed one). */
export const KUBECTL_PID = 4242;

/** What a kubectl subcommand gets: its parsed flags and args, output, and a lazy API connection. */
export class Kubectl {
  private conn?: Connection;
  /** How many discovery attempts kubectl logs before giving up on a refused connection (0: none). */
  discoveryRetries = 5;
  private klogLines = 0;
  private api?: ApiClient;

  constructor(
    readonly ctx: CommandContext,
    /** The command path after `kubectl`, e.g. `create deployment` (used in usage hints). */
    readonly command: string,
    readonly flags: FlagValues,
    readonly args: string[],
    readonly dashAt: number,
    readonly changed: Set<string> = new Set(),
  ) {}

  /** An array/slice flag's values ([] when unset). */
  list(name: string): string[] {
    const v = this.flags[name];
    return Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
  }

  int(name: string): number | undefined {
    const v = this.flags[name];
    return typeof v === "number" ? v : undefined;
  }

  /** A klog-style stderr line (`E1123 23:05:52.025291   12345 file.go:1] msg`) stamped with the simulated clock. */
  klog(level: "E" | "W" | "I", where: string, msg: string): void {
    const d = new Date(this.now);
    const micros = d.getUTCMilliseconds() * 1000 + (this.klogLines++ * 1937) % 1000000;
    const p = (n: number, w = 2) => String(n).padStart(w, "0");
    const stamp = `${level}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(micros, 6)}`;
    this.err(`${stamp} ${String(KUBECTL_PID).padStart(7)} ${where}] ${msg}\n`);
  }

  out(text: string) {
    this.ctx.out(text);
  }

  err(text: string) {
    this.ctx.err(text);
  }

  get now(): number {
    return this.ctx.environment.clock.now();
  }

  str(name: string): string | undefined {
    const v = this.flags[name];
    return typeof v === "string" ? v : undefined;
  }

  bool(name: string): boolean {
    return this.flags[name] === true;
  }

  get configPath(): string {
    return kubeconfigPath(this.str("kubeconfig"), this.ctx.env, this.ctx.env.HOME ?? "/root");
  }

  connection(): Connection {
    this.conn ??= resolveConnection(loadKubeconfig(this.ctx.host.fs, this.configPath), this.str("context"), this.str("server"));
    return this.conn;
  }

  /** The namespace for namespaced requests: -n, else the context's namespace. */
  get namespace(): string {
    return this.str("namespace") ?? this.connection().namespace;
  }

  client(): ApiClient {
    if (this.api) return this.api;
    const c = this.connection();
    if (/^https?:\/\/localhost(:|\/|$)/.test(c.server)) throw new ConnectionError(c.server.replace(/^https?:\/\//, "").replace(/\/.*$/, "").replace(/^localhost$/, "localhost:80"));
    const configDir = this.configPath.slice(0, Math.max(1, this.configPath.lastIndexOf("/")));
    let api = this.ctx.environment.dial(c.server, kubeconfigCredentials(c, this.ctx.host.fs, configDir));
    const as = this.str("as");
    if (as) api = api.impersonate({ name: as, groups: [...((this.flags["as-group"] as string[]) ?? [])] });
    this.api = withWarnings(api, (w) => this.err(w));
    return this.api;
  }

  /** `error: …` with kubectl's usage hint, exit 1. */
  usageError(message: string): number {
    this.err(`error: ${message}\nSee 'kubectl ${this.command} -h' for help and examples\n`);
    return 1;
  }
}

/** An error kubectl prints verbatim, without the `error: ` prefix. */
export class PlainError extends Error {}

/** Prints any failure the way kubectl's CheckErr does, and returns the exit code. */
export function reportError(k: Kubectl, e: unknown, fileContext?: string): number {
  if (e instanceof PlainError) {
    k.err(`${e.message}\n`);
    return 1;
  }
  if (e instanceof ConnectionError) {
    if (e.kind === "refused" && k.discoveryRetries > 0) {
      const url = k.connection().server.replace(/\/$/, "");
      const timeout = k.str("request-timeout") && k.str("request-timeout") !== "0" ? k.str("request-timeout") : "32s";
      for (let i = 0; i < k.discoveryRetries; i++)
        k.klog("E", "memcache.go:265", `"Unhandled Error" err="couldn't get current server API group list: Get \\"${url}/api?timeout=${timeout}\\": dial tcp ${e.hostPort.replace(/^localhost:/, "127.0.0.1:")}: connect: connection refused"`);
    }
    if (e.kind === "tls") {
      const url = k.connection().server.replace(/\/$/, "");
      for (let i = 0; i < k.discoveryRetries; i++) k.klog("E", "memcache.go:265", `"Unhandled Error" err="couldn't get current server API group list: Get \\"${url}/api?timeout=32s\\": ${e.message}"`);
      k.err(`Unable to connect to the server: ${e.message}\n`);
      return 1;
    }
    k.err(e.kind === "refused" ? `The connection to the server ${e.hostPort} was refused - did you specify the right host or port?\n` : `Unable to connect to the server: dial tcp ${e.hostPort}: i/o timeout\n`);
    return 1;
  }
  if (e instanceof KubeconfigError) {
    k.err(e.message.startsWith("error:") || e.message.startsWith("The connection") ? `${e.message}\n` : `error: ${e.message}\n`);
    return 1;
  }
  if (e instanceof StatusError) {
    const s = e.status;
    if (s.reason === "Unauthorized") {
      for (let i = 0; i < k.discoveryRetries; i++) k.klog("E", "memcache.go:265", `"Unhandled Error" err="couldn't get current server API group list: ${UNAUTHORIZED_MESSAGE}"`);
      k.err(`error: You must be logged in to the server (${s.message})\n`);
      return 1;
    }
    if (s.reason === "Invalid") {
      const causes = s.details?.causes ?? [];
      const head = `The ${s.details?.kind} "${s.details?.name}" is invalid: `;
      k.err(causes.length === 1 ? `${head}${causes[0].field}: ${causes[0].message}\n` : `${head}\n${causes.map((c) => `* ${c.field}: ${c.message}`).join("\n")}\n`);
      return 1;
    }
    const where = fileContext ? `${fileContext}: ` : "";
    k.err(s.reason ? `Error from server (${s.reason}): ${where}${s.message}\n` : `Error from server: ${where}${s.message}\n`);
    return 1;
  }
  k.err(`error: ${e instanceof Error ? e.message : String(e)}\n`);
  return 1;
}

/** One node of kubectl's command tree (cobra command): a leaf with `run`, or a group with `children`. */
export interface Subcommand {
  name: string;
  aliases?: string[];
  summary: string;
  flags: FlagSpec[];
  /** Our own concise help text (usage, flags, examples). */
  help: string;
  children?: Subcommand[];
  /** Where a group prints its help when called without a subcommand (exit 1). */
  groupHelpTo?: "stdout" | "stderr";
  run?(k: Kubectl): number;
}
