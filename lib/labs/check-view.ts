import type { KubeObject } from "../engine/api/types";
import { isStatusError } from "../engine/api/errors";
import type { SimEnvironment } from "../engine/cluster";
import type { CommandResult } from "../shell/types";
import type { UnitStatus } from "../engine/host";

/**
 * The read-only view checks grade through. It reads the cluster as the admin's kubectl would, so a
 * check accepts every way of reaching the state, not one particular command.
 */
export interface CheckView {
  /** The object, or undefined when it does not exist. `resource` is a plural name (pods, deployments). */
  get(resource: string, name: string, namespace?: string, cluster?: string): KubeObject | undefined;
  list(resource: string, namespace?: string, labelSelector?: string, cluster?: string): KubeObject[];
  /** File content on a host, or undefined. */
  file(host: string, path: string): string | undefined;
  service(host: string, unit: string): UnitStatus | undefined;
  /** What the learner typed, in order. */
  history(): string[];
  /** Runs a command in a throwaway admin shell on the start host (for outputs like `kubectl auth can-i`). */
  run(line: string): CommandResult;
}

export function checkView(env: SimEnvironment, history: () => string[], run: (line: string) => CommandResult): CheckView {
  return {
    get(resource, name, namespace, cluster) {
      try {
        return env.adminClient(cluster).get(resource, name, namespace);
      } catch (e) {
        if (isStatusError(e, "NotFound")) return undefined;
        throw e;
      }
    },
    list: (resource, namespace, labelSelector, cluster) => env.adminClient(cluster).list(resource, namespace, { labelSelector }).items,
    file(host, path) {
      const fs = env.host(host)?.fs;
      return fs?.exists(path) && fs.stat(path).type === "file" ? fs.readFile(path) : undefined;
    },
    service: (host, unit) => env.host(host)?.systemd.status(unit),
    history,
    run,
  };
}

/** Helpers for fair comparisons in checks. */
export const same = {
  /** Sets equal regardless of order and duplicates. */
  set: (a: string[], b: string[]) => new Set(a).size === new Set(b).size && a.every((x) => b.includes(x)),
  /** Every expected label is present with its value (others allowed). */
  labels: (actual: Record<string, string> | undefined, expected: Record<string, string>) => Object.entries(expected).every(([k, v]) => actual?.[k] === v),
};

export const pass = (message: string) => ({ passed: true, message });
export const fail = (message: string) => ({ passed: false, message });
