import type { KubeObject } from "../api/types";
import { matchesSelectorObject } from "../api/selectors";
import { podRequests } from "../kubelet/resources";
import { reject, type CycleState, type FilterPlugin, type NodeInfo } from "./framework";
import { volumeFilter } from "./volumes";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

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

/** A node selector requirement (`In`, `NotIn`, `Exists`, `DoesNotExist`, `Gt`, `Lt`) against a value. */
function requirementMatches(req: Obj, value: string | undefined): boolean {
  const values: string[] = req.values ?? [];
  switch (req.operator) {
    case "In":
      return value !== undefined && values.includes(value);
    case "NotIn":
      return value === undefined || !values.includes(value);
    case "Exists":
      return value !== undefined;
    case "DoesNotExist":
      return value === undefined;
    case "Gt":
      return value !== undefined && Number(value) > Number(values[0]);
    case "Lt":
      return value !== undefined && Number(value) < Number(values[0]);
    default:
      return false;
  }
}

/** A NodeSelectorTerm: all matchExpressions (labels) and matchFields (metadata.name) hold. */
export function termMatches(term: Obj, node: NodeInfo): boolean {
  const exprs: Obj[] = term.matchExpressions ?? [];
  const fields: Obj[] = term.matchFields ?? [];
  if (!exprs.length && !fields.length) return false;
  return exprs.every((e) => requirementMatches(e, node.labels[e.key])) && fields.every((f) => f.key === "metadata.name" && requirementMatches(f, node.name));
}

/** nodeSelector and required node affinity (terms are ORed). */
export function nodeAffinityMatches(pod: KubeObject, node: NodeInfo): boolean {
  const sel = (pod.spec?.nodeSelector ?? {}) as Record<string, string>;
  if (!Object.entries(sel).every(([k, v]) => node.labels[k] === v)) return false;
  const terms: Obj[] | undefined = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  return !terms || terms.some((t) => termMatches(t, node));
}

/** Pods an affinity term selects: same namespaces (the pod's own by default) and label selector. */
function termSelects(term: Obj, owner: KubeObject, other: KubeObject): boolean {
  const namespaces: string[] = term.namespaces?.length ? term.namespaces : term.namespaceSelector ? [] : [owner.metadata.namespace ?? "default"];
  if (namespaces.length && !namespaces.includes(other.metadata.namespace ?? "default")) return false;
  return matchesSelectorObject(term.labelSelector ?? {}, other.metadata.labels);
}

const sameDomain = (a: NodeInfo, b: NodeInfo | undefined, key: string) => !!b && a.labels[key] !== undefined && a.labels[key] === b.labels[key];

function nodeOf(state: CycleState, pod: KubeObject): NodeInfo | undefined {
  return state.nodes.find((n) => n.name === pod.spec?.nodeName);
}

/** InterPodAffinity: required affinity, required anti-affinity, and existing pods' anti-affinity. */
function interPodAffinity(state: CycleState, pod: KubeObject, node: NodeInfo) {
  const others = state.pods.filter((p) => p.metadata.uid !== pod.metadata.uid);
  const affinity: Obj[] = pod.spec?.affinity?.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? [];
  for (const t of affinity) {
    const matching = others.filter((p) => termSelects(t, pod, p));
    // The first pod of a group may match its own term: then any node with the topology key will do.
    if (!matching.length && termSelects(t, pod, pod) && node.labels[t.topologyKey] !== undefined) continue;
    if (!matching.some((p) => sameDomain(node, nodeOf(state, p), t.topologyKey))) return reject("node(s) didn't match pod affinity rules", true);
  }
  const anti: Obj[] = pod.spec?.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? [];
  for (const t of anti) if (others.some((p) => termSelects(t, pod, p) && sameDomain(node, nodeOf(state, p), t.topologyKey))) return reject("node(s) didn't match pod anti-affinity rules");
  for (const existing of others) {
    const terms: Obj[] = existing.spec?.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? [];
    if (terms.some((t) => termSelects(t, existing, pod) && sameDomain(node, nodeOf(state, existing), t.topologyKey))) return reject("node(s) didn't satisfy existing pods anti-affinity rules");
  }
  return undefined;
}

/** PodTopologySpread (DoNotSchedule constraints): the node's domain may not exceed maxSkew. */
function topologySpread(state: CycleState, pod: KubeObject, node: NodeInfo) {
  const constraints: Obj[] = (pod.spec?.topologySpreadConstraints ?? []).filter((c: Obj) => (c.whenUnsatisfiable ?? "DoNotSchedule") === "DoNotSchedule");
  for (const c of constraints) {
    if (node.labels[c.topologyKey] === undefined) return reject("node(s) didn't match pod topology spread constraints (missing required label)", true);
    const eligible = state.nodes.filter((n) => n.labels[c.topologyKey] !== undefined && nodeAffinityMatches(pod, n));
    const counts = new Map<string, number>();
    for (const n of eligible) counts.set(n.labels[c.topologyKey], counts.get(n.labels[c.topologyKey]) ?? 0);
    for (const p of state.pods) {
      const n = eligible.find((e) => e.name === p.spec?.nodeName);
      if (n && p.metadata.namespace === pod.metadata.namespace && matchesSelectorObject(c.labelSelector ?? {}, p.metadata.labels)) counts.set(n.labels[c.topologyKey], (counts.get(n.labels[c.topologyKey]) ?? 0) + 1);
    }
    const min = Math.min(...counts.values());
    const self = matchesSelectorObject(c.labelSelector ?? {}, pod.metadata.labels) ? 1 : 0;
    if ((counts.get(node.labels[c.topologyKey]) ?? 0) + self - min > (c.maxSkew ?? 1)) return reject("node(s) didn't match pod topology spread constraints");
  }
  return undefined;
}

/** NodeResourcesFit: every resource the node lacks is a reason of its own. */
export function resourcesFit(pod: KubeObject, node: NodeInfo, without: KubeObject[] = []) {
  const want = podRequests(pod);
  const freed = without.map(podRequests);
  const used = (k: "cpu" | "memory" | "pods") => node.requested[k] - freed.reduce((a, r) => a + r[k], 0);
  const reasons: string[] = [];
  if (used("pods") + 1 > node.allocatable.pods) reasons.push("Too many pods");
  if (want.cpu > 0 && used("cpu") + want.cpu > node.allocatable.cpu + 1e-9) reasons.push("Insufficient cpu");
  if (want.memory > 0 && used("memory") + want.memory > node.allocatable.memory) reasons.push("Insufficient memory");
  return reasons.length ? { reasons, unresolvable: false } : undefined;
}

function hostPortsFree(pod: KubeObject, node: NodeInfo): boolean {
  const want = (pod.spec?.containers ?? []).flatMap((c: Obj) => (c.ports ?? []).filter((p: Obj) => p.hostPort).map((p: Obj) => `${p.protocol ?? "TCP"}/${p.hostPort}`));
  if (!want.length) return true;
  const used = new Set(node.pods.flatMap((p) => (p.spec?.containers ?? []).flatMap((c: Obj) => (c.ports ?? []).filter((x: Obj) => x.hostPort).map((x: Obj) => `${x.protocol ?? "TCP"}/${x.hostPort}`))));
  return want.every((w: string) => !used.has(w));
}

/** The default profile's filters, in upstream order. Engineers add plugins here (one row each). */
export const FILTERS: FilterPlugin[] = [
  { name: "NodeUnschedulable", filter: (_s, pod, n) => (n.node.spec?.unschedulable && !tolerates(pod.spec?.tolerations, { key: "node.kubernetes.io/unschedulable", effect: "NoSchedule" }) ? reject("node(s) were unschedulable", true) : undefined) },
  {
    name: "TaintToleration",
    filter: (_s, pod, n) => {
      const t = ((n.node.spec?.taints ?? []) as Taint[]).find((x) => (x.effect === "NoSchedule" || x.effect === "NoExecute") && !tolerates(pod.spec?.tolerations, x));
      return t ? reject(`node(s) had untolerated taint {${t.key}: ${t.value ?? ""}}`, true) : undefined;
    },
  },
  { name: "NodeAffinity", filter: (_s, pod, n) => (nodeAffinityMatches(pod, n) ? undefined : reject("node(s) didn't match Pod's node affinity/selector", true)) },
  { name: "NodePorts", filter: (_s, pod, n) => (hostPortsFree(pod, n) ? undefined : reject("node(s) didn't have free ports for the requested pod ports")) },
  { name: "NodeResourcesFit", filter: (_s, pod, n) => resourcesFit(pod, n) },
  {
    name: "VolumeBinding",
    filter: (s, pod, n) => {
      const why = volumeFilter(s.api, pod, n.node);
      return why ? reject(why, true) : undefined;
    },
  },
  { name: "PodTopologySpread", filter: topologySpread },
  { name: "InterPodAffinity", filter: interPodAffinity },
];

/** Preferred node affinity, preferred pod (anti-)affinity, PreferNoSchedule taints and spreading as one score. */
export function score(state: CycleState, pod: KubeObject, node: NodeInfo): number {
  let s = 0;
  for (const p of (pod.spec?.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []) as Obj[]) if (termMatches(p.preference ?? {}, node)) s += p.weight ?? 0;
  const others = state.pods.filter((p) => p.metadata.uid !== pod.metadata.uid);
  for (const [kind, sign] of [["podAffinity", 1], ["podAntiAffinity", -1]] as const)
    for (const w of (pod.spec?.affinity?.[kind]?.preferredDuringSchedulingIgnoredDuringExecution ?? []) as Obj[]) {
      const t = w.podAffinityTerm ?? {};
      if (others.some((p) => termSelects(t, pod, p) && sameDomain(node, nodeOf(state, p), t.topologyKey))) s += sign * (w.weight ?? 0);
    }
  const soft = ((node.node.spec?.taints ?? []) as Taint[]).filter((t) => t.effect === "PreferNoSchedule" && !tolerates(pod.spec?.tolerations, t)).length;
  return s - soft * 10;
}
