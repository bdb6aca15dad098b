import type { KubeObject } from "../../engine/api/types";
import { isStatusError } from "../../engine/api/errors";
import type { SimEnvironment } from "../../engine/cluster";
import type { UnitStatus } from "../../engine/host";
import type { CommandResult } from "../../shell/types";
import { reach, resolveName, type Reach } from "./network";

/**
 * The read-only view checks grade through. It reads the cluster as the admin's kubectl would, so a
 * check accepts every way of reaching the state, not one particular command. `kind` is anything
 * kubectl accepts: `pod`, `pods`, `po`, `Deployment`, `deploy`.
 */
export interface CheckView {
  /** The object, or undefined when it does not exist. */
  get(kind: string, name: string, namespace?: string, cluster?: string): KubeObject | undefined;
  /** Objects of a kind (all namespaces when `namespace` is omitted), filtered by a label selector. */
  list(kind: string, namespace?: string, labelSelector?: string, cluster?: string): KubeObject[];
  /** File content on a host, or undefined when there is no such regular file. */
  file(host: string, path: string): string | undefined;
  /** A systemd unit's state on a host. */
  service(host: string, unit: string): UnitStatus | undefined;
  /** The raw value etcd stores under `key` (e.g. `/registry/pods/default/web`), or undefined. */
  etcd(key: string, cluster?: string): string | undefined;
  /** The address a pod in `fromNamespace` gets for `name` from cluster DNS, or undefined. */
  dns(name: string, fromNamespace?: string, cluster?: string): string | undefined;
  /** Whether pod `from` ("ns/name") can open a TCP connection to `to` (name or IP) on `port`. */
  canReach(from: string, to: string, port: number, cluster?: string): boolean;
  /** Like canReach, with the reason. */
  reach(from: string, to: string, port: number, cluster?: string): Reach;
  /** What the learner typed, in order. */
  history(): string[];
  /** Runs a command in a throwaway admin shell on the start host (for outputs like `kubectl auth can-i`). */
  run(line: string): CommandResult;
  /** A value the lab captured right after setup (see `capture` in defineLab). */
  captured<T = unknown>(key: string): T;
  clusters(): string[];
}

export interface ViewSources {
  history: () => string[];
  run: (line: string) => CommandResult;
  captured: () => Record<string, unknown>;
}

export function checkView(env: SimEnvironment, src: ViewSources): CheckView {
  const api = (cluster?: string) => env.adminClient(cluster);
  const resource = (kind: string, cluster?: string) => {
    const info = api(cluster).resolve(kind);
    if (!info) throw new Error(`the server doesn't have a resource type "${kind}"`);
    return info.resource;
  };
  const view: CheckView = {
    get(kind, name, namespace, cluster) {
      try {
        return api(cluster).get(resource(kind, cluster), name, namespace);
      } catch (e) {
        if (isStatusError(e, "NotFound")) return undefined;
        throw e;
      }
    },
    list: (kind, namespace, labelSelector, cluster) => api(cluster).list(resource(kind, cluster), namespace, labelSelector ? { labelSelector } : undefined).items,
    file(host, path) {
      const fs = env.host(host)?.fs;
      return fs?.exists(path) && fs.stat(path).type === "file" ? fs.readFile(path) : undefined;
    },
    service: (host, unit) => env.host(host)?.systemd.status(unit),
    etcd: (key, cluster) => env.clusters.get(cluster ?? env.clusterNames()[0])?.store.get(key)?.value,
    dns: (name, fromNamespace, cluster) => resolveName(env, name, fromNamespace, cluster),
    reach: (from, to, port, cluster) => reach(env, from, to, port, cluster),
    canReach: (from, to, port, cluster) => view.reach(from, to, port, cluster).ok,
    history: src.history,
    run: src.run,
    captured<T>(key: string): T {
      const all = src.captured();
      if (!(key in all)) throw new Error(`nothing was captured under "${key}"`);
      return all[key] as T;
    },
    clusters: () => env.clusterNames(),
  };
  return view;
}
