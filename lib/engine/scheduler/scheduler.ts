import type { KubeObject } from "../api/types";
import { rfc3339 } from "../clock";
import type { SimCluster } from "../cluster";
import type { Controller } from "../controllers/controller";
import { recordEvent } from "../events";
import { fitErrorMessage, histogram, nodeInfos, runFilters, type Rejection } from "./framework";
import { FILTERS, score } from "./plugins";
import { preempt } from "./preemption";
import { volumePreBind, volumePreFilter } from "./volumes";

export { tolerates } from "./plugins";

/** `0/3 nodes are available: 1 node(s) had untolerated taint {...}, 2 Insufficient cpu. preemption: ...` from per-node reasons. */
export function unschedulableMessage(total: number, reasons: string[]): string {
  return fitErrorMessage(total, histogram(reasons), `preemption: 0/${total} nodes are available: ${total} Preemption is not helpful for scheduling.`);
}

/** A PreFilter rejection names no nodes: `0/3 nodes are available: <why>. preemption: ...`. */
export function preFilterMessage(total: number, why: string): string {
  return fitErrorMessage(total, why, `preemption: 0/${total} nodes are available: ${total} Preemption is not helpful for scheduling.`);
}

/** Nothing to do until the store changes (a pod to place, a node or pod that went away). */
const quiet = new WeakMap<SimCluster, number>();

const byPriority = (a: KubeObject, b: KubeObject) => ((b.spec?.priority as number) ?? 0) - ((a.spec?.priority as number) ?? 0) || String(a.metadata.creationTimestamp).localeCompare(String(b.metadata.creationTimestamp)) || a.metadata.name!.localeCompare(b.metadata.name!);

/**
 * kube-scheduler: for each pending pod (highest priority first) runs the filter plugins on every
 * node, scores the feasible ones, binds; or records FailedScheduling with the upstream message and
 * tries preemption. Models pkg/scheduler/schedule_one.go.
 */
export const scheduler: Controller = {
  name: "scheduler",
  sync(env, cluster) {
    // The scheduler is a static pod: with a missing or broken manifest nothing gets scheduled.
    if (!env.componentUp(cluster, "kube-scheduler")) return;
    if (quiet.get(cluster) === cluster.store.revision) return;
    const all = cluster.api.list("pods", undefined).items;
    const pending = all.filter((p) => !p.spec?.nodeName && !p.metadata.deletionTimestamp && (p.spec?.schedulerName ?? "default-scheduler") === "default-scheduler").sort(byPriority);
    if (pending.length === 0) return void quiet.set(cluster, cluster.store.revision);
    const nodes = cluster.api.list("nodes", undefined).items;
    const state = nodeInfos(cluster.api, nodes, all);
    const memory = (env.controllerState["scheduler"] ??= {}) as Record<string, string>;
    for (const pod of pending) {
      const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
      const preFilter = volumePreFilter(cluster.api, pod);
      const rejections = new Map<string, Rejection>();
      const feasible = preFilter
        ? []
        : state.nodes.filter((n) => {
            const r = runFilters(FILTERS, state, pod, n);
            if (r) rejections.set(n.name, r);
            return !r;
          });
      if (feasible.length === 0) {
        let message: string;
        if (preFilter) message = preFilterMessage(nodes.length, preFilter);
        else {
          const result = preempt(FILTERS, state, pod, rejections);
          message = fitErrorMessage(nodes.length, histogram([...rejections.values()].flatMap((r) => r.reasons)), result.message);
          if (result.node && result.victims) {
            for (const v of result.victims) {
              recordEvent(cluster, env, v, "Normal", "Preempted", `Preempted by pod ${pod.metadata.uid} on node ${result.node}`, "default-scheduler");
              try {
                cluster.api.delete("pods", v.metadata.name!, v.metadata.namespace);
              } catch {
                // already gone
              }
            }
            pod.status = { ...pod.status, nominatedNodeName: result.node };
          }
        }
        if (memory[key] !== message || (pod.status?.nominatedNodeName && !pod.status.conditions?.length)) {
          memory[key] = message;
          pod.status = { ...pod.status, phase: "Pending", conditions: [{ type: "PodScheduled", status: "False", lastProbeTime: null, lastTransitionTime: rfc3339(env.clock.now()), reason: "Unschedulable", message }] };
          cluster.api.update({ ...pod, metadata: { ...pod.metadata, resourceVersion: undefined } }, {}, "status");
          recordEvent(cluster, env, pod, "Warning", "FailedScheduling", message, "default-scheduler");
        }
        continue;
      }
      const ranked = feasible.map((n) => ({ n, s: score(state, pod, n) })).sort((a, b) => b.s - a.s || a.n.pods.length - b.n.pods.length || a.n.name.localeCompare(b.n.name));
      const target = ranked[0].n;
      if (!volumePreBind(cluster.api, pod, target.name)) continue; // waiting for its volumes to be bound
      delete memory[key];
      cluster.api.update({ ...pod, metadata: { ...pod.metadata, resourceVersion: undefined }, spec: { ...pod.spec, nodeName: target.name } });
      const bound = cluster.api.get("pods", pod.metadata.name!, pod.metadata.namespace);
      const { nominatedNodeName: _nominated, ...rest } = (bound.status ?? {}) as Record<string, unknown>;
      void _nominated;
      bound.status = { ...rest, phase: "Pending", conditions: [{ type: "PodScheduled", status: "True", lastProbeTime: null, lastTransitionTime: rfc3339(env.clock.now()) }] };
      cluster.api.update(bound, {}, "status");
      recordEvent(cluster, env, pod, "Normal", "Scheduled", `Successfully assigned ${key} to ${target.name}`, "default-scheduler");
      // The next pods see this one on its node.
      const placed = { ...pod, spec: { ...pod.spec, nodeName: target.name } };
      target.pods.push(placed);
      state.pods.push(placed);
      const r = nodeInfos(cluster.api, [target.node], [placed]).nodes[0].requested;
      target.requested = { cpu: target.requested.cpu + r.cpu, memory: target.requested.memory + r.memory, pods: target.requested.pods + 1 };
    }
    quiet.set(cluster, cluster.store.revision);
  },
};
