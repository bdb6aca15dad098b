import type { KubeObject } from "../api/types";
import { isStatusError } from "../api/errors";
import type { Controller } from "./controller";
import { isPodReady } from "./owners";

type Port = { name?: string; port: number; targetPort?: number | string; protocol?: string };

/** Resolves a service port's targetPort (number or container port name) on one pod. */
function targetPortOn(pod: KubeObject, p: Port): number | undefined {
  const t = p.targetPort ?? p.port;
  if (typeof t === "number") return t;
  if (/^\d+$/.test(t)) return Number(t);
  for (const c of pod.spec?.containers ?? []) for (const cp of c.ports ?? []) if (cp.name === t) return cp.containerPort;
  return undefined;
}

/**
 * Keeps an Endpoints object per Service with a selector: ready pod IPs and their ports, with
 * not-ready pods listed separately. Models pkg/controller/endpoint.
 */
export const endpointsController: Controller = {
  name: "endpoints",
  sync(_env, cluster) {
    const api = cluster.api;
    const pods = api.listView("pods", undefined).filter((p) => p.status?.podIP && !p.metadata.deletionTimestamp);
    for (const svc of api.listView("services", undefined)) {
      const selector: Record<string, string> | undefined = svc.spec?.selector;
      if (!selector || Object.keys(selector).length === 0) continue;
      const ns = svc.metadata.namespace!;
      const matching = pods.filter((p) => p.metadata.namespace === ns && Object.entries(selector).every(([k, v]) => p.metadata.labels?.[k] === v)).sort((a, b) => String(a.status.podIP).localeCompare(String(b.status.podIP), undefined, { numeric: true }));
      const subsetsByPorts = new Map<string, { addresses: object[]; notReadyAddresses: object[]; ports: object[] }>();
      for (const pod of matching) {
        const ports = (svc.spec.ports ?? []).map((p: Port) => ({ ...(p.name ? { name: p.name } : {}), port: targetPortOn(pod, p), protocol: p.protocol ?? "TCP" })).filter((p: { port?: number }) => p.port !== undefined);
        const key = JSON.stringify(ports);
        const subset = subsetsByPorts.get(key) ?? { addresses: [], notReadyAddresses: [], ports };
        subsetsByPorts.set(key, subset);
        const address = { ip: pod.status.podIP, nodeName: pod.spec.nodeName, targetRef: { kind: "Pod", name: pod.metadata.name, namespace: ns, uid: pod.metadata.uid } };
        (isPodReady(pod) ? subset.addresses : subset.notReadyAddresses).push(address);
      }
      const subsets = [...subsetsByPorts.values()].map((s) => ({ ...(s.addresses.length ? { addresses: s.addresses } : {}), ...(s.notReadyAddresses.length ? { notReadyAddresses: s.notReadyAddresses } : {}), ports: s.ports }));
      let current: KubeObject | undefined;
      try {
        current = api.get("endpoints", svc.metadata.name!, ns);
      } catch (e) {
        if (!isStatusError(e, "NotFound")) throw e;
      }
      const desired: KubeObject = { apiVersion: "v1", kind: "Endpoints", metadata: { name: svc.metadata.name, namespace: ns, labels: svc.metadata.labels }, ...(subsets.length ? { subsets } : {}) };
      if (!current) api.create(desired);
      else if (JSON.stringify(current.subsets ?? null) !== JSON.stringify(desired.subsets ?? null)) api.update({ ...desired, metadata: { ...current.metadata, resourceVersion: undefined } });
    }
  },
};
