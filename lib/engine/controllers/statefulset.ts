import type { KubeObject } from "../api/types";
import { recordEvent } from "../events";
import { strategyFor } from "../registry/registry";
import type { Controller } from "./controller";
import { controllerRef, isOwnedBy, isPodReady } from "./owners";
import { REVISION_HASH_LABEL, syncRevisions, truncateHistory } from "./revisions";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ordinalOf = (sts: KubeObject, pod: KubeObject) => {
  const m = new RegExp(`^${sts.metadata.name!.replace(/[.]/g, "\\.")}-(\\d+)$`).exec(pod.metadata.name ?? "");
  return m ? Number(m[1]) : -1;
};
const claimName = (tpl: Obj, sts: KubeObject, ordinal: number) => `${tpl.metadata?.name}-${sts.metadata.name}-${ordinal}`;

/** The pod for one ordinal: template + identity labels, hostname/subdomain, claims as volumes. Models stateful_set_utils.go newVersionedStatefulSetPod. */
function podFor(sts: KubeObject, ordinal: number, revisionName: string): KubeObject {
  const tpl = sts.spec.template ?? {};
  const name = `${sts.metadata.name}-${ordinal}`;
  const spec = structuredClone(tpl.spec ?? {});
  const claims: Obj[] = sts.spec.volumeClaimTemplates ?? [];
  if (claims.length) {
    const volumes: Obj[] = (spec.volumes ?? []).filter((v: Obj) => !claims.some((c) => c.metadata?.name === v.name));
    for (const c of claims) volumes.push({ name: c.metadata?.name, persistentVolumeClaim: { claimName: claimName(c, sts, ordinal) } });
    spec.volumes = volumes;
  }
  spec.hostname = name;
  if (sts.spec.serviceName) spec.subdomain = sts.spec.serviceName;
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name,
      namespace: sts.metadata.namespace,
      labels: { ...tpl.metadata?.labels, "apps.kubernetes.io/pod-index": String(ordinal), [REVISION_HASH_LABEL]: revisionName, "statefulset.kubernetes.io/pod-name": name },
      ...(tpl.metadata?.annotations ? { annotations: tpl.metadata.annotations } : {}),
      ownerReferences: [controllerRef(sts)],
    },
    spec,
  };
}

/**
 * Pods with stable names `<set>-0..N-1`: created in order, each only once its predecessors are
 * Running and Ready (OrderedReady) or all at once (Parallel); removed from the highest ordinal
 * down; PVCs `<template>-<set>-<ordinal>` from volumeClaimTemplates; rolling updates from the
 * highest ordinal down to the partition. Models pkg/controller/statefulset (stateful_set_control.go).
 */
export const statefulSetController: Controller = {
  name: "statefulset",
  sync(env, cluster) {
    const api = cluster.api;
    const sets = api.list("statefulsets", undefined).items;
    if (!sets.length) return;
    const allPods = api.list("pods", undefined).items;
    const allRevisions = api.list("controllerrevisions", undefined).items;
    const claimsServed = !!strategyFor("persistentvolumeclaims");
    for (const sts of sets) {
      const ns = sts.metadata.namespace!;
      const spec = sts.spec ?? {};
      const { current: updateRev, owned: revisions } = syncRevisions(api, sts, allRevisions);
      const updateRevision = updateRev.metadata.name!;
      const replicas: number = spec.replicas ?? 1;
      const parallel = spec.podManagementPolicy === "Parallel";
      const pods = new Map<number, KubeObject>();
      for (const p of allPods) if (p.metadata.namespace === ns && isOwnedBy(p, sts)) pods.set(ordinalOf(sts, p), p);
      const healthy = (p: KubeObject | undefined) => !!p && isPodReady(p) && !p.metadata.deletionTimestamp;
      const event = (type: "Normal" | "Warning", reason: string, message: string) => recordEvent(cluster, env, sts, type, reason, message, "statefulset-controller");
      const remove = (ordinal: number) => {
        const p = pods.get(ordinal)!;
        api.delete("pods", p.metadata.name!, ns);
        pods.delete(ordinal);
        event("Normal", "SuccessfulDelete", `delete Pod ${p.metadata.name} in StatefulSet ${sts.metadata.name} successful`);
      };

      // Failed pods are recreated.
      for (const [ordinal, p] of [...pods]) if (p.status?.phase === "Failed" && !p.metadata.deletionTimestamp) remove(ordinal);

      let blocked = false;
      for (let i = 0; i < replicas && !blocked; i++) {
        const existing = pods.get(i);
        if (!existing) {
          if (claimsServed) ensureClaims(sts, i);
          const pod = api.create(podFor(sts, i, updateRevision));
          pods.set(i, pod);
          event("Normal", "SuccessfulCreate", `create Pod ${pod.metadata.name} in StatefulSet ${sts.metadata.name} successful`);
          if (!parallel) blocked = true;
        } else if (!parallel && !healthy(existing)) blocked = true;
      }
      // Scale down from the highest ordinal, one at a time unless Parallel, once the rest are healthy.
      const extra = [...pods.keys()].filter((o) => o >= replicas || o < 0).sort((a, b) => b - a);
      if (extra.length) {
        const rest = [...pods].filter(([o]) => o >= 0 && o < replicas).every(([, p]) => healthy(p));
        if (parallel) extra.forEach(remove);
        else if (rest && !blocked) remove(extra[0]);
      }
      // Rolling update: highest ordinal first, down to the partition, one pod at a time.
      if (spec.updateStrategy?.type === "RollingUpdate" && !blocked) {
        const partition = spec.updateStrategy.rollingUpdate?.partition ?? 0;
        const ordinals = [...pods.keys()].filter((o) => o >= 0 && o < replicas).sort((a, b) => b - a);
        const allHealthy = ordinals.every((o) => healthy(pods.get(o)));
        const stale = ordinals.find((o) => o >= partition && pods.get(o)!.metadata.labels?.[REVISION_HASH_LABEL] !== updateRevision);
        if (stale !== undefined && (allHealthy || parallel)) remove(stale);
      }

      const list = [...pods.values()];
      const updated = list.filter((p) => p.metadata.labels?.[REVISION_HASH_LABEL] === updateRevision).length;
      const ready = list.filter(healthy).length;
      const prevCurrent: string = sts.status?.currentRevision ?? updateRevision;
      const currentRevision = updated === replicas && list.length === replicas ? updateRevision : prevCurrent;
      const current = list.filter((p) => p.metadata.labels?.[REVISION_HASH_LABEL] === currentRevision).length;
      const status: Obj = {
        availableReplicas: ready,
        collisionCount: 0,
        currentReplicas: current || undefined,
        currentRevision,
        observedGeneration: sts.metadata.generation,
        readyReplicas: ready || undefined,
        replicas: list.length,
        updateRevision,
        updatedReplicas: updated || undefined,
      };
      const clean = JSON.parse(JSON.stringify(status));
      if (JSON.stringify(clean) !== JSON.stringify(sts.status)) api.update({ ...sts, metadata: { ...sts.metadata, resourceVersion: undefined }, status: clean }, {}, "status");
      truncateHistory(api, sts, revisions, updateRev, list);
    }

    function ensureClaims(sts: KubeObject, ordinal: number) {
      for (const tpl of (sts.spec.volumeClaimTemplates ?? []) as Obj[]) {
        const name = claimName(tpl, sts, ordinal);
        const ns = sts.metadata.namespace!;
        if (api.list("persistentvolumeclaims", ns).items.some((c) => c.metadata.name === name)) continue;
        api.create({
          apiVersion: "v1",
          kind: "PersistentVolumeClaim",
          metadata: { name, namespace: ns, labels: { ...tpl.metadata?.labels, ...sts.spec.selector?.matchLabels }, ...(tpl.metadata?.annotations ? { annotations: tpl.metadata.annotations } : {}) },
          spec: structuredClone(tpl.spec ?? {}),
        });
        recordEvent(cluster, env, sts, "Normal", "SuccessfulCreate", `create Claim ${name} Pod ${sts.metadata.name}-${ordinal} in StatefulSet ${sts.metadata.name} success`, "statefulset-controller");
      }
    }
  },
};
