import type { KubeObject } from "../api/types";
import { recordEvent } from "../events";
import { tolerates } from "../scheduler/scheduler";
import { matchesNodeSelectorAndAffinity } from "../scheduler/node-affinity";
import type { Controller } from "./controller";
import { resolveIntOrPercent } from "./deployment";
import { controllerRef, isOwnedBy, isPodReady } from "./owners";
import { REVISION_HASH_LABEL, syncRevisions, truncateHistory } from "./revisions";

type Toleration = { key?: string; operator?: string; value?: string; effect?: string };
type Taint = { key: string; value?: string; effect: string };

/** Tolerations the controller adds to every daemon pod (pkg/controller/daemon/util AddOrUpdateDaemonPodTolerations). */
function daemonTolerations(hostNetwork: boolean): Toleration[] {
  const t = (key: string, effect: string) => ({ key: `node.kubernetes.io/${key}`, operator: "Exists", effect });
  return [t("not-ready", "NoExecute"), t("unreachable", "NoExecute"), t("disk-pressure", "NoSchedule"), t("memory-pressure", "NoSchedule"), t("pid-pressure", "NoSchedule"), t("unschedulable", "NoSchedule"), ...(hostNetwork ? [t("network-unavailable", "NoSchedule")] : [])];
}

const sameToleration = (a: Toleration, b: Toleration) => (a.key ?? "") === (b.key ?? "") && (a.operator ?? "Equal") === (b.operator ?? "Equal") && (a.value ?? "") === (b.value ?? "") && (a.effect ?? "") === (b.effect ?? "");

/** The pod a DaemonSet runs on one node: template + revision labels + node affinity + tolerations. */
export function daemonPodSpec(ds: KubeObject, nodeName: string | undefined): KubeObject["spec"] {
  const spec = structuredClone(ds.spec.template?.spec ?? {});
  const tolerations: Toleration[] = [...(spec.tolerations ?? [])];
  for (const t of daemonTolerations(!!spec.hostNetwork)) if (!tolerations.some((x) => sameToleration(x, t))) tolerations.push(t);
  spec.tolerations = tolerations;
  if (nodeName) {
    spec.affinity = { ...spec.affinity, nodeAffinity: { ...spec.affinity?.nodeAffinity, requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: "metadata.name", operator: "In", values: [nodeName] }] }] } } };
  }
  return spec;
}

/**
 * Whether a daemon pod should run on a node, and whether an existing one may keep running
 * (NoSchedule taints only block new pods). Models daemon_controller.go NodeShouldRunDaemonPod.
 */
export function nodeShouldRunDaemonPod(ds: KubeObject, node: KubeObject): { shouldRun: boolean; shouldContinueRunning: boolean } {
  const pod = { apiVersion: "v1", kind: "Pod", metadata: {}, spec: daemonPodSpec(ds, undefined) } as KubeObject;
  if (pod.spec.nodeName && pod.spec.nodeName !== node.metadata.name) return { shouldRun: false, shouldContinueRunning: false };
  if (!matchesNodeSelectorAndAffinity(pod, node)) return { shouldRun: false, shouldContinueRunning: false };
  const taints: Taint[] = node.spec?.taints ?? [];
  const ok = (effects: string[]) => taints.filter((t) => effects.includes(t.effect)).every((t) => tolerates(pod.spec.tolerations, t));
  return { shouldRun: ok(["NoSchedule", "NoExecute"]), shouldContinueRunning: ok(["NoExecute"]) };
}

/** The node a daemon pod is for: its nodeName, or the node its affinity pins it to before binding. */
function targetNode(pod: KubeObject): string | undefined {
  if (pod.spec?.nodeName) return pod.spec.nodeName;
  const terms = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  for (const t of terms) for (const f of t.matchFields ?? []) if (f.key === "metadata.name" && f.operator === "In" && f.values?.length === 1) return f.values[0];
  return undefined;
}

const byAge = (a: KubeObject, b: KubeObject) => String(a.metadata.creationTimestamp).localeCompare(String(b.metadata.creationTimestamp)) || String(a.metadata.name).localeCompare(String(b.metadata.name));

/**
 * One daemon pod on every eligible node: creates missing ones, deletes those on nodes where they may
 * no longer run and failed ones, rolls out template changes bounded by maxUnavailable/maxSurge
 * (or waits for manual deletion with OnDelete), and keeps ControllerRevisions as the rollout
 * history. Models pkg/controller/daemon (daemon_controller.go, update.go).
 */
export const daemonSetController: Controller = {
  name: "daemonset",
  sync(env, cluster) {
    const api = cluster.api;
    const sets = api.list("daemonsets", undefined).items;
    if (!sets.length) return;
    const nodes = api.listView("nodes", undefined);
    const allPods = api.listView("pods", undefined);
    const allRevisions = api.listView("controllerrevisions", undefined);
    for (const ds of sets) {
      const ns = ds.metadata.namespace!;
      const { current, hash, owned: revisions } = syncRevisions(api, ds, allRevisions);
      const generation = String(ds.metadata.generation ?? 1);
      let pods = allPods.filter((p) => p.metadata.namespace === ns && isOwnedBy(p, ds) && !p.metadata.deletionTimestamp);
      const remove = (pod: KubeObject) => {
        api.delete("pods", pod.metadata.name!, ns);
        pods = pods.filter((p) => p !== pod);
        recordEvent(cluster, env, ds, "Normal", "SuccessfulDelete", `Deleted pod: ${pod.metadata.name}`, "daemonset-controller");
      };
      const create = (nodeName: string) => {
        const tpl = ds.spec.template ?? {};
        const pod = api.create({
          apiVersion: "v1",
          kind: "Pod",
          metadata: { generateName: `${ds.metadata.name}-`, namespace: ns, labels: { ...tpl.metadata?.labels, [REVISION_HASH_LABEL]: hash, "pod-template-generation": generation }, ...(tpl.metadata?.annotations ? { annotations: tpl.metadata.annotations } : {}), ownerReferences: [controllerRef(ds)] },
          spec: daemonPodSpec(ds, nodeName),
        });
        pods.push(pod);
        recordEvent(cluster, env, ds, "Normal", "SuccessfulCreate", `Created pod: ${pod.metadata.name}`, "daemonset-controller");
      };
      const isNew = (p: KubeObject) => p.metadata.labels?.[REVISION_HASH_LABEL] === hash;

      // Failed pods are killed so that a fresh one replaces them.
      for (const p of pods.filter((x) => x.status?.phase === "Failed")) {
        recordEvent(cluster, env, ds, "Warning", "FailedDaemonPod", `Found failed daemon pod ${ns}/${p.metadata.name} on node ${p.spec?.nodeName ?? ""}, will try to kill it`, "daemonset-controller");
        remove(p);
      }
      const eligibility = new Map(nodes.map((n) => [n.metadata.name!, nodeShouldRunDaemonPod(ds, n)]));
      const onNode = (name: string) => pods.filter((p) => targetNode(p) === name).sort(byAge);
      // Pods on nodes that are gone or may no longer run them; duplicates beyond one per node.
      for (const p of [...pods]) {
        const target = targetNode(p);
        const e = target ? eligibility.get(target) : undefined;
        if (!e || (!e.shouldRun && !e.shouldContinueRunning)) remove(p);
      }
      for (const [name, e] of eligibility) {
        const here = onNode(name);
        if (e.shouldRun && here.length === 0) create(name);
        else if (here.length > 1 && here.every(isNew)) for (const extra of here.slice(1)) remove(extra);
      }
      if (ds.spec.updateStrategy?.type !== "OnDelete") rollingUpdate(ds, eligibility, onNode, isNew, remove, create);

      truncateHistory(api, ds, revisions, current, pods);
      writeStatus(api, ds, eligibility, onNode, isNew);
    }
  },
};

function rollingUpdate(ds: KubeObject, eligibility: Map<string, { shouldRun: boolean }>, onNode: (n: string) => KubeObject[], isNew: (p: KubeObject) => boolean, remove: (p: KubeObject) => void, create: (n: string) => void) {
  const desired = [...eligibility].filter(([, e]) => e.shouldRun).length;
  const ru = ds.spec.updateStrategy?.rollingUpdate ?? {};
  const maxSurge = resolveIntOrPercent(ru.maxSurge ?? 0, desired, true);
  const maxUnavailable = maxSurge > 0 ? resolveIntOrPercent(ru.maxUnavailable ?? 0, desired, true) : Math.max(1, resolveIntOrPercent(ru.maxUnavailable ?? 1, desired, true));
  let unavailable = 0;
  let surging = 0;
  const candidates: KubeObject[] = [];
  for (const [name, e] of eligibility) {
    if (!e.shouldRun) continue;
    const here = onNode(name);
    const newPod = here.find(isNew);
    const oldPod = here.find((p) => !isNew(p));
    if (!newPod && !oldPod) unavailable++;
    else if (newPod && !isPodReady(newPod)) unavailable++;
    if (!oldPod) continue;
    if (newPod) {
      surging++;
      if (isPodReady(newPod)) remove(oldPod);
      continue;
    }
    if (!isPodReady(oldPod)) {
      remove(oldPod);
      continue;
    }
    candidates.push(oldPod);
  }
  if (maxSurge > 0) {
    for (const old of candidates) {
      if (surging >= maxSurge) break;
      create(old.spec.nodeName);
      surging++;
    }
    return;
  }
  for (const old of candidates.slice(0, Math.max(0, maxUnavailable - unavailable))) remove(old);
}

function writeStatus(api: { update(o: KubeObject, opts: object, sub: "status"): KubeObject }, ds: KubeObject, eligibility: Map<string, { shouldRun: boolean }>, onNode: (n: string) => KubeObject[], isNew: (p: KubeObject) => boolean) {
  let desired = 0;
  let current = 0;
  let misscheduled = 0;
  let ready = 0;
  let updated = 0;
  for (const [name, e] of eligibility) {
    const here = onNode(name);
    if (!e.shouldRun) {
      if (here.length) misscheduled++;
      continue;
    }
    desired++;
    if (!here.length) continue;
    current++;
    if (isPodReady(here[0])) ready++;
    if (isNew(here[0])) updated++;
  }
  const status = {
    currentNumberScheduled: current,
    desiredNumberScheduled: desired,
    numberAvailable: ready || undefined,
    numberMisscheduled: misscheduled,
    numberReady: ready,
    numberUnavailable: desired - ready || undefined,
    observedGeneration: ds.metadata.generation,
    updatedNumberScheduled: updated || undefined,
  };
  const clean = JSON.parse(JSON.stringify(status));
  if (JSON.stringify(clean) !== JSON.stringify(ds.status)) api.update({ ...ds, metadata: { ...ds.metadata, resourceVersion: undefined }, status: clean }, {}, "status");
}
