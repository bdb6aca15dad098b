import type { KubeObject } from "../api/types";
import { isStatusError } from "../api/errors";
import type { ApiServer } from "../apiserver/apiserver";
import type { ClusterSpec } from "../topology";
import type { Controller } from "./controller";

/** The API server's secure port, as kubeadm sets `--secure-port`. */
const SECURE_PORT = 6443;
const PORTS = [{ name: "https", port: SECURE_PORT, protocol: "TCP" }];

/** The control-plane node IPs the `kubernetes` Service points at, sorted as the reconciler does. */
const apiserverIps = (spec: ClusterSpec) => spec.nodes.filter((n) => n.role === "control-plane").map((n) => n.ip).sort();

function desiredEndpoints(ips: string[]): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Endpoints",
    metadata: { name: "kubernetes", namespace: "default", labels: { "endpointslice.kubernetes.io/skip-mirror": "true" } },
    subsets: [{ addresses: ips.map((ip) => ({ ip })), ports: PORTS }],
  };
}

function desiredSlice(ips: string[]): KubeObject {
  return {
    apiVersion: "discovery.k8s.io/v1",
    kind: "EndpointSlice",
    metadata: { name: "kubernetes", namespace: "default", labels: { "kubernetes.io/service-name": "kubernetes" } },
    addressType: "IPv4",
    endpoints: ips.map((ip) => ({ addresses: [ip], conditions: { ready: true } })),
    ports: PORTS,
  };
}

function current(api: ApiServer, resource: string): KubeObject | undefined {
  try {
    return api.get(resource, "kubernetes", "default");
  } catch (e) {
    if (isStatusError(e, "NotFound")) return undefined;
    throw e;
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Keeps the `kubernetes` Service's Endpoints and EndpointSlice pointing at the API servers, as
 * kube-apiserver's endpoint reconciler does (pkg/controlplane/reconcilers): created when missing,
 * reset when someone changes their addresses, ports or labels.
 */
export function reconcileApiserverEndpoints(api: ApiServer, spec: ClusterSpec): void {
  const ips = apiserverIps(spec);
  const endpoints = desiredEndpoints(ips);
  const ep = current(api, "endpoints");
  if (!ep) api.create(endpoints);
  else if (!same(ep.subsets, endpoints.subsets) || !same(ep.metadata.labels, endpoints.metadata.labels)) api.update({ ...ep, metadata: { ...ep.metadata, labels: endpoints.metadata.labels }, subsets: endpoints.subsets });
  const slice = desiredSlice(ips);
  const es = current(api, "endpointslices");
  if (!es) api.create(slice);
  else if (!same(es.endpoints, slice.endpoints) || !same(es.ports, slice.ports) || !same(es.metadata.labels, slice.metadata.labels)) api.update({ ...es, metadata: { ...es.metadata, labels: slice.metadata.labels }, addressType: slice.addressType, endpoints: slice.endpoints, ports: slice.ports });
}

/** The reconciler runs inside kube-apiserver: only while it is up. */
export const apiserverEndpointsController: Controller = {
  name: "apiserver-endpoints",
  sync(env, cluster) {
    if (env.apiserverUp(cluster)) reconcileApiserverEndpoints(cluster.api, cluster.spec);
  },
};
