import type { ApiClient } from "../engine/client";
import type { CommandContext } from "../shell/types";
import { ConnectionError } from "../engine/environment";
import { StatusError } from "../engine/api/errors";
import type { FlagSpec, FlagValues } from "./flags";
import { kubeconfigPath, loadKubeconfig, resolveConnection, KubeconfigError, type Connection } from "./kubeconfig";

/** What a kubectl subcommand gets: its parsed flags and args, output, and a lazy API connection. */
export class Kubectl {
  private conn?: Connection;
  private api?: ApiClient;

  constructor(
    readonly ctx: CommandContext,
    readonly command: string,
    readonly flags: FlagValues,
    readonly args: string[],
    readonly dashAt: number,
  ) {}

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
    this.conn ??= resolveConnection(loadKubeconfig(this.ctx.host.fs, this.configPath), this.str("context"));
    return this.conn;
  }

  /** The namespace for namespaced requests: -n, else the context's namespace. */
  get namespace(): string {
    return this.str("namespace") ?? this.connection().namespace;
  }

  client(): ApiClient {
    if (this.api) return this.api;
    const c = this.connection();
    let api = this.ctx.environment.dial(c.server, { name: c.user, groups: c.user === "kubernetes-admin" ? ["kubeadm:cluster-admins", "system:masters", "system:authenticated"] : ["system:authenticated"] });
    const as = this.str("as");
    if (as) api = api.impersonate({ name: as, groups: [...((this.flags["as-group"] as string[]) ?? []), "system:authenticated"] });
    this.api = api;
    return api;
  }

  /** `error: …` with kubectl's usage hint, exit 1. */
  usageError(message: string): number {
    this.err(`error: ${message}\nSee 'kubectl ${this.command} -h' for help and examples\n`);
    return 1;
  }
}

/** Prints any failure the way kubectl's CheckErr does, and returns the exit code. */
export function reportError(k: Kubectl, e: unknown, fileContext?: string): number {
  if (e instanceof ConnectionError) {
    k.err(e.kind === "refused" ? `The connection to the server ${e.hostPort} was refused - did you specify the right host or port?\n` : `Unable to connect to the server: dial tcp ${e.hostPort}: i/o timeout\n`);
    return 1;
  }
  if (e instanceof KubeconfigError) {
    k.err(e.message.startsWith("error:") || e.message.startsWith("The connection") ? `${e.message}\n` : `error: ${e.message}\n`);
    return 1;
  }
  if (e instanceof StatusError) {
    const s = e.status;
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

export interface Subcommand {
  name: string;
  aliases?: string[];
  summary: string;
  flags: FlagSpec[];
  /** Our own concise help text (usage, flags, examples). */
  help: string;
  run(k: Kubectl): number;
}
