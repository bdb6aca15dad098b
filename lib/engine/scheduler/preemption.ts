import type { KubeObject } from "../api/types";
import { podRequests } from "../kubelet/resources";
import { histogram, runFilters, type CycleState, type FilterPlugin, type NodeInfo, type Rejection } from "./framework";

export interface PreemptionResult {
  /** The PostFilter message (`preemption: ...`), absent when preemption found a node. */
  message?: string;
  /** The node to nominate and the pods to evict there. */
  node?: string;
  victims?: KubeObject[];
}

const priority = (p: KubeObject) => (p.spec?.priority as number | undefined) ?? 0;

/** The node's state without some of its pods, as the preemption dry run sees it. */
function without(node: NodeInfo, victims: KubeObject[]): NodeInfo {
  const gone = new Set(victims.map((v) => v.metadata.uid));
  const pods = node.pods.filter((p) => !gone.has(p.metadata.uid));
  const requested = { ...node.requested, pods: pods.length };
  for (const v of victims) {
    const r = podRequests(v);
    requested.cpu -= r.cpu;
    requested.memory -= r.memory;
  }
  return { ...node, pods, requested };
}

/**
 * DefaultPreemption's PostFilter: nodes rejected as unresolvable are not helped by preemption;
 * elsewhere, evicting every lower-priority pod must make the pod fit, and the node needing the
 * fewest (then lowest-priority) victims wins. Models pkg/scheduler/framework/preemption.
 */
export function preempt(filters: FilterPlugin[], state: CycleState, pod: KubeObject, rejections: Map<string, Rejection>): PreemptionResult {
  if (pod.spec?.preemptionPolicy === "Never") return { message: "preemption: not eligible due to preemptionPolicy=Never." };
  const reasons: string[] = [];
  let best: { node: NodeInfo; victims: KubeObject[] } | undefined;
  for (const node of state.nodes) {
    const r = rejections.get(node.name);
    if (!r || r.unresolvable) {
      reasons.push("Preemption is not helpful for scheduling");
      continue;
    }
    const lower = node.pods.filter((p) => priority(p) < priority(pod)).sort((a, b) => priority(a) - priority(b));
    if (!lower.length) {
      reasons.push("No preemption victims found for incoming pod");
      continue;
    }
    const freedState: CycleState = { ...state, pods: state.pods.filter((p) => !lower.includes(p)) };
    const still = runFilters(filters, freedState, pod, without(node, lower));
    if (still) {
      reasons.push(...still.reasons);
      continue;
    }
    // Reprieve as many victims as possible, highest priority first.
    let victims = [...lower];
    for (const v of [...lower].reverse()) {
      const trial = victims.filter((x) => x !== v);
      if (!runFilters(filters, { ...state, pods: state.pods.filter((p) => !trial.includes(p)) }, pod, without(node, trial))) victims = trial;
    }
    if (!best || victims.length < best.victims.length) best = { node, victims };
  }
  if (best) return { node: best.node.name, victims: best.victims };
  return { message: `preemption: 0/${state.nodes.length} nodes are available: ${histogram(reasons)}.` };
}
