import type { KubeObject } from "../api/types";

const SUFFIX: Record<string, number> = { "": 1, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };

/** A resource quantity (`500m`, `1.5`, `128Mi`, `1e3`) as a number of base units; undefined if malformed. */
export function quantity(q: unknown): number | undefined {
  if (typeof q === "number") return q;
  if (typeof q !== "string") return undefined;
  const m = /^([+-]?\d+(?:\.\d+)?|[+-]?\.\d+)(?:[eE]([+-]?\d+))?([a-zA-Z]*)$/.exec(q.trim());
  if (!m || !(m[3] in SUFFIX)) return undefined;
  return Number(m[1]) * 10 ** Number(m[2] ?? 0) * SUFFIX[m[3]];
}

type Container = { resources?: { requests?: Record<string, unknown>; limits?: Record<string, unknown> }; restartPolicy?: string };

/** A container's effective request: the request, else the limit (the API server defaults one from the other). */
function request(c: Container, name: string): number {
  return quantity(c.resources?.requests?.[name] ?? c.resources?.limits?.[name]) ?? 0;
}

/**
 * The pod's resource request as the scheduler computes it: the sum over containers and sidecars,
 * or the largest init container if that is bigger, plus overhead. Models resourcehelper.PodRequests.
 */
export function podRequests(pod: KubeObject): { cpu: number; memory: number; pods: 1 } {
  const containers: Container[] = pod.spec?.containers ?? [];
  const inits: Container[] = pod.spec?.initContainers ?? [];
  const sum = (name: string) => {
    let total = containers.reduce((a, c) => a + request(c, name), 0);
    let sidecars = 0;
    for (const ic of inits) {
      if (ic.restartPolicy === "Always") {
        sidecars += request(ic, name);
        total += request(ic, name);
      } else total = Math.max(total, sidecars + request(ic, name));
    }
    return total + (quantity(pod.spec?.overhead?.[name]) ?? 0);
  };
  return { cpu: sum("cpu"), memory: sum("memory"), pods: 1 };
}

/** Memory limit of a container in MiB, if set. */
export function memoryLimitMi(c: Container): number | undefined {
  const bytes = quantity(c.resources?.limits?.memory);
  return bytes === undefined ? undefined : bytes / 2 ** 20;
}
