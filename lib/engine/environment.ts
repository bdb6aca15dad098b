import type { ApiClient } from "./client";
import type { UserInfo } from "./api/types";
import type { Host } from "./host";
import type { Clock } from "./clock";
import type { Rand } from "./rand";
import type { EtcdServer } from "./etcd/server";
import type { Credentials } from "./apiserver/authn";

/**
 * Everything one learner session simulates: one or more clusters (exam tasks switch kubectl
 * contexts between them) and the hosts the learner can `ssh` into. Composition root: cluster.ts.
 */
export interface Environment {
  readonly clock: Clock;
  readonly rand: Rand;
  /** Cluster names, e.g. ["kubernetes"] or ["k8s-c1", "k8s-c2"]. */
  clusterNames(): string[];
  host(name: string): Host | undefined;
  hostNames(): string[];
  /** The host a fresh terminal starts on. */
  readonly startHost: string;
  /**
   * What kubectl does after reading its kubeconfig: open a connection to `server`
   * (e.g. `https://172.30.1.2:6443`) as `user`, or with kubeconfig `Credentials` that the server
   * authenticates. Throws `ConnectionError` when nothing listens there (apiserver down, wrong port)
   * or the server certificate fails verification, and a 401 `StatusError` for bad credentials.
   */
  dial(server: string, user: UserInfo | Credentials): ApiClient;
  /**
   * What an etcd client on `fromHost` reaches at `hostPort` (e.g. `127.0.0.1:2379`): the member
   * serving there, "refused" when nothing listens on that port, "timeout" when no host answers.
   */
  etcd(fromHost: string, hostPort: string): EtcdServer | "refused" | "timeout";
  /** Moves simulated time forward and lets controllers, scheduler and kubelets settle. */
  advance(ms: number): void;
  /** Plain-JSON, versioned state of the whole environment (stores, files, units, clock, rand). */
  snapshot(): unknown;
}

/** A failed dial, worded by kubectl as `The connection to the server HOST:PORT was refused - …`. */
export class ConnectionError extends Error {
  constructor(
    readonly hostPort: string,
    readonly kind: "refused" | "timeout" | "tls" = "refused",
    /** For "tls": Go's error after `tls: failed to verify certificate: `. */
    readonly detail = "",
  ) {
    super(kind === "tls" ? `tls: failed to verify certificate: ${detail}` : `dial tcp ${hostPort}: connect: connection ${kind}`);
    this.name = "ConnectionError";
  }
}
