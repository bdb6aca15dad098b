import type { KubeObject } from "./api/types";
import { rfc3339 } from "./clock";
import type { SimCluster, SimEnvironment } from "./cluster";

/** Records an Event about `obj` as a component would (core/v1 Event, as `kubectl get events` lists). */
export function recordEvent(cluster: SimCluster, env: SimEnvironment, obj: KubeObject, type: "Normal" | "Warning", reason: string, message: string, component: string, host?: string): void {
  const now = rfc3339(env.clock.now());
  const name = `${obj.metadata.name}.${env.rand.string(16, "0123456789abcdef")}`;
  cluster.api.create({
    apiVersion: "v1",
    kind: "Event",
    metadata: { name, namespace: obj.metadata.namespace ?? "default" },
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
