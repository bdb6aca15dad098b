import type { KubeObject } from "../api/types";
import { addQuantities, formatQuantity, parseQuantity, zeroQuantity, type Quantity } from "../api/quantity";
import { classOf } from "../storage/volumes";

/**
 * What one object counts against a ResourceQuota, and a namespace's total usage.
 * Models pkg/quota/v1/evaluator/core (pods, services, persistentvolumeclaims) and the generic
 * `count/<resource>.<group>` object counts.
 */

export type Usage = Record<string, Quantity>;

const one = (): Quantity => ({ milli: 1000n, format: "DecimalSI" });
const add = (u: Usage, k: string, q: Quantity) => (u[k] = addQuantities(u[k] ?? zeroQuantity(q.format), q));

type Container = { resources?: { requests?: Record<string, string>; limits?: Record<string, string> } };

/** Effective pod requests or limits: the larger of the containers' sum and any one init container. */
function podResources(pod: KubeObject, field: "requests" | "limits"): Usage {
  const total: Usage = {};
  for (const c of (pod.spec?.containers ?? []) as Container[]) for (const [k, v] of Object.entries(c.resources?.[field] ?? {})) add(total, k, parseQuantity(v) ?? zeroQuantity());
  for (const c of (pod.spec?.initContainers ?? []) as Container[])
    for (const [k, v] of Object.entries(c.resources?.[field] ?? {})) {
      const q = parseQuantity(v) ?? zeroQuantity();
      if (!total[k] || q.milli > total[k].milli) total[k] = q;
    }
  return total;
}

export function isBestEffort(pod: KubeObject): boolean {
  return ((pod.spec?.containers ?? []) as Container[]).every((c) => !Object.keys(c.resources?.requests ?? {}).length && !Object.keys(c.resources?.limits ?? {}).length);
}

const terminal = (pod: KubeObject) => ["Succeeded", "Failed"].includes(pod.status?.phase);

/** The usage one object adds, keyed by quota resource name. */
export function usageOf(resource: string, group: string, obj: KubeObject): Usage {
  const u: Usage = {};
  add(u, group ? `count/${resource}.${group}` : `count/${resource}`, one());
  if (resource === "pods") {
    if (terminal(obj)) return {};
    add(u, "pods", one());
    for (const [k, q] of Object.entries(podResources(obj, "requests"))) {
      add(u, `requests.${k}`, q);
      if (k === "cpu" || k === "memory" || k === "ephemeral-storage") add(u, k, q);
    }
    for (const [k, q] of Object.entries(podResources(obj, "limits"))) add(u, `limits.${k}`, q);
  } else if (resource === "services") {
    add(u, "services", one());
    if (obj.spec?.type === "NodePort" || obj.spec?.type === "LoadBalancer") add(u, "services.nodeports", { milli: BigInt((obj.spec?.ports ?? []).length) * 1000n, format: "DecimalSI" });
    if (obj.spec?.type === "LoadBalancer") add(u, "services.loadbalancers", one());
  } else if (resource === "persistentvolumeclaims") {
    const storage = parseQuantity(obj.spec?.resources?.requests?.storage) ?? zeroQuantity();
    add(u, "persistentvolumeclaims", one());
    add(u, "requests.storage", storage);
    const cls = classOf(obj);
    if (cls) {
      add(u, `${cls}.storageclass.storage.k8s.io/persistentvolumeclaims`, one());
      add(u, `${cls}.storageclass.storage.k8s.io/requests.storage`, storage);
    }
  } else if (["configmaps", "secrets", "replicationcontrollers", "resourcequotas"].includes(resource)) add(u, resource, one());
  return u;
}

/** Whether a pod falls under a quota's scopes (BestEffort, NotBestEffort, Terminating, NotTerminating). */
export function inScope(quota: KubeObject, resource: string, obj: KubeObject): boolean {
  const scopes: string[] = quota.spec?.scopes ?? [];
  if (!scopes.length) return true;
  if (resource !== "pods") return false;
  return scopes.every((s) => {
    if (s === "BestEffort") return isBestEffort(obj);
    if (s === "NotBestEffort") return !isBestEffort(obj);
    if (s === "Terminating") return obj.spec?.activeDeadlineSeconds !== undefined;
    if (s === "NotTerminating") return obj.spec?.activeDeadlineSeconds === undefined;
    return true;
  });
}

/** Resources whose usage is tracked by resource name, for listing what a namespace uses. */
export const TRACKED: { resource: string; group: string }[] = [
  { resource: "pods", group: "" },
  { resource: "services", group: "" },
  { resource: "persistentvolumeclaims", group: "" },
  { resource: "configmaps", group: "" },
  { resource: "secrets", group: "" },
  { resource: "resourcequotas", group: "" },
  { resource: "deployments", group: "apps" },
  { resource: "replicasets", group: "apps" },
];

interface Lister {
  list(resource: string, namespace?: string): { items: KubeObject[] };
}

/** Total usage in a namespace of every resource named in the quota's hard limits. */
export function namespaceUsage(api: Lister, namespace: string, quota: KubeObject): Record<string, string> {
  const hard = Object.keys((quota.spec?.hard ?? {}) as Record<string, string>);
  const total: Usage = {};
  for (const { resource, group } of TRACKED) {
    let items: KubeObject[];
    try {
      items = api.list(resource, namespace).items;
    } catch {
      continue;
    }
    for (const obj of items) {
      if (obj.metadata.deletionTimestamp && resource === "pods") continue;
      if (!inScope(quota, resource, obj)) continue;
      for (const [k, q] of Object.entries(usageOf(resource, group, obj))) add(total, k, q);
    }
  }
  return Object.fromEntries(hard.map((k) => [k, total[k] ? formatQuantity(total[k]) : "0"]));
}
