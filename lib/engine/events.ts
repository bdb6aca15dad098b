import type { KubeObject } from "./api/types";
import { rfc3339 } from "./clock";
import type { SimCluster, SimEnvironment } from "./cluster";

/**
 * Records an Event about `obj` as a component would (core/v1 Event, as `kubectl get events` lists).
 * An identical event (same object, type, reason, message and source) is aggregated into the existing
 * one: its count goes up and lastTimestamp moves, as client-go's EventCorrelator does.
 */
export function recordEvent(cluster: SimCluster, env: SimEnvironment, obj: KubeObject, type: "Normal" | "Warning", reason: string, message: string, component: string, host?: string, atMs?: number): void {
  const now = rfc3339(atMs ?? env.clock.now());
  const namespace = obj.metadata.namespace ?? "default";
  type Ev = { involvedObject?: { uid?: string }; source?: { component?: string; host?: string }; count?: number; lastTimestamp: string; reason?: string; message?: string; type?: string };
  const same = (cluster.api.listView("events", namespace) as unknown as (KubeObject & Ev)[]).find((e) => e.involvedObject?.uid === obj.metadata.uid && e.reason === reason && e.message === message && e.type === type && e.source?.component === component && (e.source?.host ?? undefined) === host);
  if (same) {
    cluster.api.update({ ...same, metadata: { ...same.metadata, resourceVersion: undefined }, count: (same.count ?? 1) + 1, lastTimestamp: now > same.lastTimestamp ? now : same.lastTimestamp });
    return;
  }
  const name = `${obj.metadata.name}.${env.rand.string(16, "0123456789abcdef")}`;
  cluster.api.create({
    apiVersion: "v1",
    kind: "Event",
    metadata: { name, namespace },
    involvedObject: { apiVersion: obj.apiVersion, kind: obj.kind, name: obj.metadata.name, namespace: obj.metadata.namespace, uid: obj.metadata.uid, resourceVersion: obj.metadata.resourceVersion },
    reason,
    message,
    type,
    count: 1,
    firstTimestamp: now,
    lastTimestamp: now,
    source: { component, ...(host ? { host } : {}) },
    reportingComponent: component,
    reportingInstance: host ?? "",
  });
}
