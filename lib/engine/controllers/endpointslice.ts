import type { KubeObject } from "../api/types";
import type { Controller } from "./controller";
import { controllerRef, isPodReady } from "./owners";

type Port = { name?: string; port: number; targetPort?: number | string; protocol?: string };

const MANAGED_BY = "endpointslice.kubernetes.io/managed-by";
const CONTROLLER = "endpointslice-controller.k8s.io";
const SERVICE_NAME = "kubernetes.io/service-name";

function targetPortOn(pod: KubeObject, p: Port): number | undefined {
  const t = p.targetPort ?? p.port;
  if (typeof t === "number") return t;
  if (/^\d+$/.test(t)) return Number(t);
  for (const c of pod.spec?.containers ?? []) for (const cp of c.ports ?? []) if (cp.name === t) return cp.containerPort;
  return undefined;
}

const selects = (selector: Record<string, string>, pod: KubeObject) => Object.entries(selector).every(([k, v]) => pod.metadata.labels?.[k] === v);

/** The slice's endpoints and ports for one Service, in the order the controller writes them. */
export function desiredSlice(svc: KubeObject, pods: KubeObject[]): { endpoints: object[]; ports: object[] } {
  const selector: Record<string, string> = svc.spec?.selector ?? {};
  const ns = svc.metadata.namespace;
  const matching = pods
    .filter((p) => p.metadata.namespace === ns && p.status?.podIP && selects(selector, p))
    .sort((a, b) => String(a.status.podIP).localeCompare(String(b.status.podIP), undefined, { numeric: true }));
  const svcPorts: Port[] = svc.spec?.ports ?? [];
  const ports = svcPorts
    .map((p) => ({ name: p.name ?? "", port: matching.length ? targetPortOn(matching[0], p) : undefined, protocol: p.protocol ?? "TCP" }))
    .map((p) => (p.port === undefined ? { name: p.name, protocol: p.protocol } : p));
  const endpoints = matching.map((pod) => {
    const terminating = !!pod.metadata.deletionTimestamp;
    const ready = isPodReady(pod) && !terminating;
    return {
      addresses: [pod.status.podIP],
      conditions: { ready, serving: isPodReady(pod), terminating },
      nodeName: pod.spec.nodeName,
      targetRef: { kind: "Pod", name: pod.metadata.name, namespace: ns, uid: pod.metadata.uid },
    };
  });
  return { endpoints, ports };
}

/**
 * One EndpointSlice per Service with a selector, named `<service>-<suffix>` and labelled with the
 * service name, listing every selected pod with ready/serving/terminating conditions.
 * Models pkg/controller/endpointslice (reconciler.go), for small services (one slice each).
 */
export const endpointSliceController: Controller = {
  name: "endpointslice",
  sync(_env, cluster) {
    const api = cluster.api;
    const pods = api.listView("pods", undefined);
    const slices = api.listView("endpointslices", undefined).filter((s) => s.metadata.labels?.[MANAGED_BY] === CONTROLLER);
    const services = api.listView("services", undefined).filter((s) => s.spec?.selector && Object.keys(s.spec.selector).length);
    const wanted = new Set(services.map((s) => `${s.metadata.namespace}/${s.metadata.name}`));
    for (const slice of slices) {
      if (!wanted.has(`${slice.metadata.namespace}/${slice.metadata.labels?.[SERVICE_NAME]}`)) api.delete("endpointslices", slice.metadata.name!, slice.metadata.namespace);
    }
    for (const svc of services) {
      const ns = svc.metadata.namespace!;
      const { endpoints, ports } = desiredSlice(svc, pods);
      const current = slices.find((s) => s.metadata.namespace === ns && s.metadata.labels?.[SERVICE_NAME] === svc.metadata.name);
      const labels = { ...svc.metadata.labels, [MANAGED_BY]: CONTROLLER, [SERVICE_NAME]: svc.metadata.name! };
      if (!current) {
        api.create({ apiVersion: "discovery.k8s.io/v1", kind: "EndpointSlice", metadata: { generateName: `${svc.metadata.name}-`, namespace: ns, labels, ownerReferences: [controllerRef({ ...svc, apiVersion: "v1", kind: "Service" })] }, addressType: "IPv4", endpoints: endpoints.length ? endpoints : null, ports });
      } else if (JSON.stringify(current.endpoints ?? []) !== JSON.stringify(endpoints) || JSON.stringify(current.ports ?? []) !== JSON.stringify(ports)) {
        api.update({ ...current, metadata: { ...current.metadata, labels, resourceVersion: undefined }, endpoints: endpoints.length ? endpoints : null, ports });
      }
    }
  },
};
