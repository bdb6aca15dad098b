import type { KubeObject } from "../api/types";
import { podRequests, quantity } from "../kubelet/resources";

/**
 * The scheduling framework in miniature (pkg/scheduler/framework): filter plugins say why a node
 * cannot take a pod; an "unresolvable" rejection is one preemption cannot fix.
 */
export interface Rejection {
  reasons: string[];
  unresolvable: boolean;
}

/** A node with the pods bound to it and what they request. */
export interface NodeInfo {
  node: KubeObject;
  name: string;
  labels: Record<string, string>;
  pods: KubeObject[];
  requested: { cpu: number; memory: number; pods: number };
  allocatable: { cpu: number; memory: number; pods: number };
}

/** The slice of the API the scheduler's plugins read (and VolumeBinding's PreBind writes). */
export interface SchedulerApi {
  list(resource: string, namespace?: string): { items: KubeObject[] };
  update(obj: KubeObject): KubeObject;
}

export interface CycleState {
  api: SchedulerApi;
  nodes: NodeInfo[];
  /** Every bound, non-terminal pod in the cluster (affinity and spreading look across nodes). */
  pods: KubeObject[];
}

export interface FilterPlugin {
  name: string;
  filter(state: CycleState, pod: KubeObject, node: NodeInfo): Rejection | undefined;
}

export const reject = (reason: string, unresolvable = false): Rejection => ({ reasons: [reason], unresolvable });

const terminal = (p: KubeObject) => p.status?.phase === "Succeeded" || p.status?.phase === "Failed";

export function nodeInfos(api: SchedulerApi, nodes: KubeObject[], pods: KubeObject[]): CycleState {
  const bound = pods.filter((p) => p.spec?.nodeName && !terminal(p));
  const infos = nodes.map((node): NodeInfo => {
    const mine = bound.filter((p) => p.spec.nodeName === node.metadata.name);
    const requested = { cpu: 0, memory: 0, pods: mine.length };
    for (const p of mine) {
      const r = podRequests(p);
      requested.cpu += r.cpu;
      requested.memory += r.memory;
    }
    const a = node.status?.allocatable ?? {};
    return { node, name: node.metadata.name!, labels: node.metadata.labels ?? {}, pods: mine, requested, allocatable: { cpu: quantity(a.cpu) ?? 0, memory: quantity(a.memory) ?? 0, pods: quantity(a.pods) ?? 110 } };
  });
  return { api, nodes: infos, pods: bound };
}

/** Runs the filters in order; the first rejection decides (as RunFilterPlugins does). */
export function runFilters(filters: FilterPlugin[], state: CycleState, pod: KubeObject, node: NodeInfo): Rejection | undefined {
  for (const f of filters) {
    const r = f.filter(state, pod, node);
    if (r) return r;
  }
  return undefined;
}

/** `<n> <reason>` counts, sorted as strings (FitError.Error's sortReasonsHistogram). */
export function histogram(reasons: string[]): string {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].map(([r, n]) => `${n} ${r}`).sort().join(", ");
}

/**
 * The FailedScheduling message: `0/3 nodes are available: <filter reasons>.` followed by the
 * PostFilter (preemption) message, which carries its own closing period — one period, as v1.32
 * clusters print it (fidelity facts.md: `... were unschedulable. preemption: 0/2 nodes are available:
 * 2 Preemption is not helpful for scheduling.`).
 */
export function fitErrorMessage(total: number, filterMsg: string, postFilterMsg?: string): string {
  const post = postFilterMsg ? ` ${postFilterMsg.endsWith(".") ? postFilterMsg : `${postFilterMsg}.`}` : "";
  return `0/${total} nodes are available: ${filterMsg}.${post}`;
}
