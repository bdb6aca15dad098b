import type { KubeObject } from "../api/types";
import { rfc3339 } from "../clock";
import type { Controller } from "../controllers/controller";
import { recordEvent } from "../events";
import { volumeFilter, volumePreBind, volumePreFilter } from "./volumes";

interface Taint {
  key: string;
  value?: string;
  effect: string;
}
interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
}

export function tolerates(tolerations: Toleration[] = [], taint: Taint): boolean {
  return tolerations.some(
    (t) => (t.effect === undefined || t.effect === "" || t.effect === taint.effect) && (t.operator === "Exists" ? t.key === undefined || t.key === "" || t.key === taint.key : t.key === taint.key && (t.value ?? "") === (taint.value ?? "")),
  );
}

/** One filter of the scheduling framework; `reason` is the text used in FailedScheduling events. */
interface Filter {
  fits(pod: KubeObject, node: KubeObject): boolean;
  reason(node: KubeObject): string;
}

const untoleratedTaint = (pod: KubeObject, node: KubeObject) =>
  ((node.spec?.taints ?? []) as Taint[]).find((t) => (t.effect === "NoSchedule" || t.effect === "NoExecute") && !tolerates(pod.spec?.tolerations, t));

/** Filters in upstream plugin order (NodeUnschedulable, NodeName, TaintToleration, NodeAffinity). */
const filters: Filter[] = [
  {
    fits: (pod, node) => !node.spec?.unschedulable || tolerates(pod.spec?.tolerations, { key: "node.kubernetes.io/unschedulable", effect: "NoSchedule" }),
    reason: () => "node(s) were unschedulable",
  },
  {
    fits: (pod, node) => !untoleratedTaint(pod, node),
    reason: () => "", // filled per node below
  },
  {
    fits: (pod, node) => Object.entries((pod.spec?.nodeSelector ?? {}) as Record<string, string>).every(([k, v]) => node.metadata.labels?.[k] === v),
    reason: () => "node(s) didn't match Pod's node affinity/selector",
  },
];

function failureReason(pod: KubeObject, node: KubeObject, f: Filter): string {
  if (f === filters[1]) {
    const t = untoleratedTaint(pod, node)!;
    return `node(s) had untolerated taint {${t.key}: ${t.value ?? ""}}`;
  }
  return f.reason(node);
}

/** `0/3 nodes are available: 1 node(s) had untolerated taint {...}, 2 node(s) were unschedulable.` */
export function unschedulableMessage(total: number, reasons: string[]): string {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  const parts = [...counts].map(([r, n]) => `${n} ${r}`).sort();
  return `0/${total} nodes are available: ${parts.join(", ")}. preemption: 0/${total} nodes are available: ${total} Preemption is not helpful for scheduling.`;
}

/** A PreFilter rejection names no nodes: `0/3 nodes are available: <why>. preemption: ...`. */
export function preFilterMessage(total: number, why: string): string {
  return `0/${total} nodes are available: ${why}. preemption: 0/${total} nodes are available: ${total} Preemption is not helpful for scheduling.`;
}

/** Binds pending pods to nodes. Models pkg/scheduler (filter, then score by fewest pods). */
export const scheduler: Controller = {
  name: "scheduler",
  sync(env, cluster) {
    // The scheduler is a static pod: with a missing or broken manifest nothing gets scheduled.
    if (!env.componentUp(cluster, "kube-scheduler")) return;
    const pending = cluster.api.list("pods", undefined, { fieldSelector: "spec.nodeName=" }).items.filter((p) => !p.metadata.deletionTimestamp);
    if (pending.length === 0) return;
    const nodes = cluster.api.list("nodes", undefined).items;
    const podCount = new Map<string, number>();
    for (const p of cluster.api.list("pods", undefined).items) if (p.spec?.nodeName) podCount.set(p.spec.nodeName, (podCount.get(p.spec.nodeName) ?? 0) + 1);
    const state = (env.controllerState["scheduler"] ??= {}) as Record<string, string>;
    for (const pod of pending) {
      const reasons: string[] = [];
      const preFilter = volumePreFilter(cluster.api, pod);
      const feasible = preFilter
        ? []
        : nodes.filter((n) => {
            const failed = filters.find((f) => !f.fits(pod, n));
            if (failed) reasons.push(failureReason(pod, n, failed));
            const volumes = failed ? undefined : volumeFilter(cluster.api, pod, n);
            if (volumes) reasons.push(volumes);
            return !failed && !volumes;
          });
      const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
      if (feasible.length === 0) {
        const message = preFilter ? preFilterMessage(nodes.length, preFilter) : unschedulableMessage(nodes.length, reasons);
        if (state[key] !== message) {
          state[key] = message;
          pod.status = { ...pod.status, phase: "Pending", conditions: [{ type: "PodScheduled", status: "False", lastProbeTime: null, lastTransitionTime: rfc3339(env.clock.now()), reason: "Unschedulable", message }] };
          cluster.api.update(pod, {}, "status");
          recordEvent(cluster, env, pod, "Warning", "FailedScheduling", message, "default-scheduler");
        }
        continue;
      }
      feasible.sort((a, b) => (podCount.get(a.metadata.name!) ?? 0) - (podCount.get(b.metadata.name!) ?? 0) || a.metadata.name!.localeCompare(b.metadata.name!));
      const target = feasible[0].metadata.name!;
      if (!volumePreBind(cluster.api, pod, target)) continue; // waiting for its volumes to be bound
      podCount.set(target, (podCount.get(target) ?? 0) + 1);
      delete state[key];
      cluster.api.update({ ...pod, metadata: { ...pod.metadata, resourceVersion: undefined }, spec: { ...pod.spec, nodeName: target } });
      const bound = cluster.api.get("pods", pod.metadata.name!, pod.metadata.namespace);
      bound.status = { ...bound.status, phase: "Pending", conditions: [{ type: "PodScheduled", status: "True", lastProbeTime: null, lastTransitionTime: rfc3339(env.clock.now()) }] };
      cluster.api.update(bound, {}, "status");
      recordEvent(cluster, env, pod, "Normal", "Scheduled", `Successfully assigned ${key} to ${target}`, "default-scheduler");
    }
  },
};
