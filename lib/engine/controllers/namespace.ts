import type { KubeObject } from "../api/types";
import { rfc3339 } from "../clock";
import { strategies } from "../registry/registry";
import type { Controller } from "./controller";

type Condition = { type: string; status: string; lastTransitionTime: string; reason: string; message: string };

/** The conditions the namespace deleter maintains, in its order, with the all-clear reason and message of each. */
const CONDITIONS: [type: string, okReason: string, okMessage: string][] = [
  ["NamespaceDeletionDiscoveryFailure", "ResourcesDiscovered", "All resources successfully discovered"],
  ["NamespaceDeletionGroupVersionParsingFailure", "ParsedGroupVersions", "All legacy kube types successfully parsed"],
  ["NamespaceDeletionContentFailure", "ContentDeleted", "All content successfully deleted, may be waiting on finalization"],
  ["NamespaceContentRemaining", "ContentRemoved", "All content successfully removed"],
  ["NamespaceFinalizersRemaining", "ContentHasNoFinalizers", "All content-preserving finalizers finished"],
];

/** The finalizer the namespace controller owns in spec.finalizers. */
export const NAMESPACE_FINALIZER = "kubernetes";

/** Deletes every namespaced object of `ns` not already going; returns what remains, per resource and per finalizer. */
function deleteContent(cluster: Parameters<Controller["sync"]>[1], ns: string): { remaining: Map<string, number>; finalizers: Map<string, number> } {
  const api = cluster.api;
  const remaining = new Map<string, number>();
  const finalizers = new Map<string, number>();
  for (const info of [...strategies.map((s) => s.info), ...api.custom.infos()]) {
    if (!info.namespaced) continue;
    for (const obj of api.list(info.resource, ns).items) {
      if (obj.metadata.deletionTimestamp) continue;
      try {
        api.delete(info.resource, obj.metadata.name!, ns, { propagationPolicy: "Background" });
      } catch {
        // gone meanwhile
      }
    }
    const left = api.list(info.resource, ns).items;
    if (left.length) remaining.set(`${info.resource}.${info.group}`, left.length);
    for (const o of left) for (const f of o.metadata.finalizers ?? []) finalizers.set(f, (finalizers.get(f) ?? 0) + 1);
  }
  return { remaining, finalizers };
}

/** The five conditions after one pass: an "ok" False condition unless something is left. Models status_condition_utils.go. */
function conditionsFor(prev: Condition[], remaining: Map<string, number>, finalizers: Map<string, number>, nowIso: string): Condition[] {
  const failing = new Map<string, [string, string]>();
  if (remaining.size) failing.set("NamespaceContentRemaining", ["SomeResourcesRemain", `Some resources are remaining: ${[...remaining].map(([r, n]) => `${r} has ${n} resource instances`).sort().join(", ")}`]);
  if (finalizers.size) failing.set("NamespaceFinalizersRemaining", ["SomeFinalizersRemain", `Some content in the namespace has finalizers remaining: ${[...finalizers].map(([f, n]) => `${f} in ${n} resource instances`).sort().join(", ")}`]);
  const merged = prev.map((c) => ({ ...c }));
  for (const [type, okReason, okMessage] of CONDITIONS) {
    const [reason, message] = failing.get(type) ?? [okReason, okMessage];
    const status = failing.has(type) ? "True" : "False";
    const old = merged.find((c) => c.type === type);
    if (!old) merged.push({ type, status, lastTransitionTime: nowIso, reason, message });
    else Object.assign(old, { status, reason, message, lastTransitionTime: old.status === status ? old.lastTransitionTime : nowIso });
  }
  return merged;
}

/**
 * The namespace controller: for a namespace being deleted (deletionTimestamp set, phase Terminating),
 * deletes all its content — pods terminate gracefully on their nodes — reports what is left in the
 * status conditions, and once nothing is left removes its `kubernetes` finalizer, so the namespace goes.
 * Models pkg/controller/namespace/deletion/namespaced_resources_deleter.go.
 */
export const namespaceController: Controller = {
  name: "namespace",
  sync(env, cluster) {
    const api = cluster.api;
    const terminating = api.list("namespaces", undefined).items.filter((n) => n.metadata.deletionTimestamp);
    if (!terminating.length) return;
    const nowIso = rfc3339(env.clock.now());
    for (const ns of terminating) {
      const name = ns.metadata.name!;
      if (!(ns.spec?.finalizers ?? []).includes(NAMESPACE_FINALIZER)) continue;
      const { remaining, finalizers } = deleteContent(cluster, name);
      let current: KubeObject = api.get("namespaces", name);
      const conditions = conditionsFor(current.status?.conditions ?? [], remaining, finalizers, nowIso);
      if (JSON.stringify(conditions) !== JSON.stringify(current.status?.conditions ?? [])) {
        current = api.update({ ...current, metadata: { ...current.metadata, resourceVersion: undefined }, status: { ...current.status, conditions } }, {}, "status");
      }
      if (remaining.size) continue;
      // Finalize: without its last finalizer the namespace is removed.
      const rest = (current.spec?.finalizers ?? []).filter((f: string) => f !== NAMESPACE_FINALIZER);
      api.update({ ...current, metadata: { ...current.metadata, resourceVersion: undefined }, spec: { ...current.spec, finalizers: rest } }, {}, "finalize");
    }
  },
};
