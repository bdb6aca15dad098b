import type { KubeObject } from "../api/types";
import { rfc3339 } from "../clock";
import { recordEvent } from "../events";
import type { Controller } from "./controller";
import { controllerRef, isOwnedBy, templateHash } from "./owners";

const REVISION = "deployment.kubernetes.io/revision";

/** `25%` of 4 → 1 (rounded up for surge, down for unavailable), or an absolute number. */
export function resolveIntOrPercent(v: unknown, total: number, roundUp: boolean): number {
  if (typeof v === "number") return v;
  const m = /^(\d+)%$/.exec(String(v ?? "0"));
  if (!m) return Number(v) || 0;
  const exact = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

/**
 * Drives Deployments through ReplicaSets: one ReplicaSet per pod template (named by its hash),
 * revisions in annotations, rolling updates bounded by maxSurge/maxUnavailable, or Recreate.
 * Models pkg/controller/deployment (sync.go, rolling.go, recreate.go).
 */
export const deploymentController: Controller = {
  name: "deployment",
  sync(env, cluster) {
    const api = cluster.api;
    const allRs = api.list("replicasets", undefined).items;
    for (const d of api.list("deployments", undefined).items) {
      const ns = d.metadata.namespace!;
      const owned = allRs.filter((rs) => rs.metadata.namespace === ns && isOwnedBy(rs, d));
      const { "pod-template-hash": _ignored, ...tplLabels } = d.spec.template.metadata?.labels ?? {};
      const hash = templateHash({ ...d.spec.template, metadata: { ...d.spec.template.metadata, labels: tplLabels } });
      let newRs = owned.find((rs) => rs.metadata.labels?.["pod-template-hash"] === hash);
      const desired: number = d.spec.replicas ?? 1;
      const maxRevision = Math.max(0, ...owned.map((rs) => Number(rs.metadata.annotations?.[REVISION] ?? 0)));
      if (d.spec.paused) {
        markPaused(api, d, rfc3339(env.clock.now()));
        continue;
      }
      if (!newRs) {
        const name = `${d.metadata.name}-${hash}`;
        newRs = api.create({
          apiVersion: "apps/v1",
          kind: "ReplicaSet",
          metadata: { name, namespace: ns, labels: { ...tplLabels, "pod-template-hash": hash }, annotations: { [REVISION]: String(maxRevision + 1), "deployment.kubernetes.io/desired-replicas": String(desired), "deployment.kubernetes.io/max-replicas": String(desired + resolveIntOrPercent(d.spec.strategy?.rollingUpdate?.maxSurge, desired, true)) }, ownerReferences: [controllerRef(d)] },
          spec: {
            replicas: 0,
            selector: { matchLabels: { ...d.spec.selector?.matchLabels, "pod-template-hash": hash } },
            template: { metadata: { ...d.spec.template.metadata, labels: { ...tplLabels, "pod-template-hash": hash } }, spec: structuredClone(d.spec.template.spec) },
          },
        });
        allRs.push(newRs);
        owned.push(newRs);
      } else if (Number(newRs.metadata.annotations?.[REVISION] ?? 0) < maxRevision) {
        // Rolling back to an older template makes its ReplicaSet the newest revision.
        newRs = api.update({ ...newRs, metadata: { ...newRs.metadata, resourceVersion: undefined, annotations: { ...newRs.metadata.annotations, [REVISION]: String(maxRevision + 1) } } });
      }
      const old = owned.filter((rs) => rs !== newRs && rs.metadata.name !== newRs!.metadata.name);
      const scale = (rs: KubeObject, to: number) => {
        const from = rs.spec.replicas ?? 0;
        if (from === to) return;
        api.update({ ...rs, metadata: { ...rs.metadata, resourceVersion: undefined }, spec: { ...rs.spec, replicas: to } });
        rs.spec.replicas = to;
        recordEvent(cluster, env, d, "Normal", "ScalingReplicaSet", `Scaled ${to > from ? "up" : "down"} replica set ${rs.metadata.name} from ${from} to ${to}`, "deployment-controller");
      };
      const available = (rs: KubeObject) => rs.status?.availableReplicas ?? 0;
      if (d.spec.strategy?.type === "Recreate") {
        old.forEach((rs) => scale(rs, 0));
        if (old.every((rs) => (rs.status?.replicas ?? 0) === 0)) scale(newRs, desired);
      } else {
        const maxSurge = resolveIntOrPercent(d.spec.strategy?.rollingUpdate?.maxSurge ?? "25%", desired, true);
        let maxUnavailable = resolveIntOrPercent(d.spec.strategy?.rollingUpdate?.maxUnavailable ?? "25%", desired, false);
        if (maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1;
        const total = owned.reduce((n, rs) => n + (rs.spec.replicas ?? 0), 0);
        if ((newRs.spec.replicas ?? 0) > desired) scale(newRs, desired);
        else if ((newRs.spec.replicas ?? 0) < desired) scale(newRs, Math.min(desired, (newRs.spec.replicas ?? 0) + Math.max(0, desired + maxSurge - total)));
        const minAvailable = desired - maxUnavailable;
        let canRemove = owned.reduce((n, rs) => n + available(rs), 0) - minAvailable;
        // Old pods that are not available can always go.
        for (const rs of old) {
          const unavailable = (rs.spec.replicas ?? 0) - available(rs);
          const remove = Math.min(rs.spec.replicas ?? 0, Math.max(0, canRemove) + unavailable);
          if (remove > 0) {
            scale(rs, (rs.spec.replicas ?? 0) - remove);
            canRemove -= Math.max(0, remove - unavailable);
          }
        }
      }
      // Keep revisionHistoryLimit old ReplicaSets with no replicas.
      const history = old.filter((rs) => (rs.spec.replicas ?? 0) === 0 && (rs.status?.replicas ?? 0) === 0).sort((a, b) => Number(a.metadata.annotations?.[REVISION]) - Number(b.metadata.annotations?.[REVISION]));
      for (const rs of history.slice(0, Math.max(0, history.length - (d.spec.revisionHistoryLimit ?? 10)))) api.delete("replicasets", rs.metadata.name!, ns);

      const replicas = owned.reduce((n, rs) => n + (rs.status?.replicas ?? 0), 0);
      const ready = owned.reduce((n, rs) => n + (rs.status?.readyReplicas ?? 0), 0);
      const avail = owned.reduce((n, rs) => n + available(rs), 0);
      const updated = newRs.status?.replicas ?? 0;
      const now = rfc3339(env.clock.now());
      const prev = (type: string) => (d.status?.conditions ?? []).find((c: { type: string }) => c.type === type);
      const cond = (type: string, status: string, reason: string, message: string) => {
        const p = prev(type);
        const same = p?.status === status && p?.reason === reason;
        return { type, status, lastUpdateTime: same ? p.lastUpdateTime : now, lastTransitionTime: p?.status === status ? p.lastTransitionTime : now, reason, message };
      };
      const minAvail = desired - resolveIntOrPercent(d.spec.strategy?.rollingUpdate?.maxUnavailable ?? "25%", desired, false);
      const complete = updated === desired && replicas === desired && avail === desired;
      const status = {
        observedGeneration: d.metadata.generation,
        replicas: replicas || undefined,
        updatedReplicas: updated || undefined,
        readyReplicas: ready || undefined,
        availableReplicas: avail || undefined,
        unavailableReplicas: Math.max(0, desired - avail) || undefined,
        conditions: [
          avail >= minAvail ? cond("Available", "True", "MinimumReplicasAvailable", "Deployment has minimum availability.") : cond("Available", "False", "MinimumReplicasUnavailable", "Deployment does not have minimum availability."),
          complete
            ? cond("Progressing", "True", "NewReplicaSetAvailable", `ReplicaSet "${newRs.metadata.name}" has successfully progressed.`)
            : stalled(env, d, `${newRs.metadata.name}/${updated}/${replicas}/${avail}`)
              ? cond("Progressing", "False", "ProgressDeadlineExceeded", `ReplicaSet "${newRs.metadata.name}" has timed out progressing.`)
              : cond("Progressing", "True", "ReplicaSetUpdated", `ReplicaSet "${newRs.metadata.name}" is progressing.`),
        ],
      };
      if (JSON.stringify(JSON.parse(JSON.stringify(status))) !== JSON.stringify(d.status)) {
        api.update({ ...d, metadata: { ...d.metadata, resourceVersion: undefined }, status: JSON.parse(JSON.stringify(status)) }, {}, "status");
      }
      const annotated = api.get("deployments", d.metadata.name!, ns);
      const rev = newRs.metadata.annotations?.[REVISION];
      if (rev && annotated.metadata.annotations?.[REVISION] !== rev) api.update({ ...annotated, metadata: { ...annotated.metadata, resourceVersion: undefined, annotations: { ...annotated.metadata.annotations, [REVISION]: rev } } });
    }
  },
};

/**
 * Whether a rollout has made no progress (new pods updated, ready or available) for
 * progressDeadlineSeconds. Models deployment/progress.go (DeploymentTimedOut).
 */
function stalled(env: { clock: { now(): number }; controllerState: Record<string, unknown> }, d: KubeObject, progress: string): boolean {
  const seen = (env.controllerState["deployment-progress"] ??= {}) as Record<string, { p: string; at: number }>;
  const now = env.clock.now();
  const mark = seen[d.metadata.uid!];
  if (!mark || mark.p !== progress) {
    seen[d.metadata.uid!] = { p: progress, at: now };
    return false;
  }
  return now - mark.at > (d.spec.progressDeadlineSeconds ?? 600) * 1000;
}

/** A paused Deployment reports Progressing=Unknown (DeploymentPaused) and rolls nothing out. */
function markPaused(api: { update(o: KubeObject, opts: object, sub: "status"): KubeObject }, d: KubeObject, nowIso: string): void {
  const conditions: { type: string; reason?: string }[] = d.status?.conditions ?? [];
  if (conditions.some((c) => c.type === "Progressing" && c.reason === "DeploymentPaused")) return;
  const paused = { type: "Progressing", status: "Unknown", lastUpdateTime: nowIso, lastTransitionTime: nowIso, reason: "DeploymentPaused", message: "Deployment is paused" };
  const next = [...conditions.filter((c) => c.type !== "Progressing"), paused];
  api.update({ ...d, metadata: { ...d.metadata, resourceVersion: undefined }, status: { ...d.status, observedGeneration: d.metadata.generation, conditions: next } }, {}, "status");
}
