import type { KubeObject } from "../api/types";
import type { SimCluster } from "../cluster";
import type { Controller } from "../controllers/controller";

/** The kubelet's node Lease: leaseDurationSeconds, and the renew interval (a quarter of it). */
export const NODE_LEASE_DURATION_S = 40;
export const NODE_LEASE_RENEW_MS = (NODE_LEASE_DURATION_S * 1000) / 4;
export const NODE_LEASE_NAMESPACE = "kube-node-lease";

/** A MicroTime as the API serializes it: RFC 3339 with microseconds. */
export const microTime = (ms: number) => new Date(ms).toISOString().replace("Z", "000Z");

/** When a node's lease was last renewed, or undefined without a lease. */
export function leaseRenewedAt(cluster: SimCluster, node: string): number | undefined {
  let lease: KubeObject;
  try {
    lease = cluster.api.get("leases", node, NODE_LEASE_NAMESPACE);
  } catch {
    return undefined;
  }
  const t = Date.parse(lease.spec?.renewTime ?? "");
  return Number.isFinite(t) ? t : undefined;
}

/** The Lease a kubelet creates for its node (owned by the Node, so it goes with it). */
export function nodeLease(node: KubeObject, nowMs: number): KubeObject {
  return {
    apiVersion: "coordination.k8s.io/v1",
    kind: "Lease",
    metadata: { name: node.metadata.name, namespace: NODE_LEASE_NAMESPACE, ownerReferences: [{ apiVersion: "v1", kind: "Node", name: node.metadata.name!, uid: node.metadata.uid! }] },
    spec: { holderIdentity: node.metadata.name, leaseDurationSeconds: NODE_LEASE_DURATION_S, renewTime: microTime(nowMs) },
  };
}

/**
 * Every running kubelet renews its node's Lease in kube-node-lease every 10 s (and creates it when
 * missing); a stopped kubelet renews nothing, which is how the node lifecycle controller notices.
 * Models pkg/kubelet/nodelease and staging/src/k8s.io/component-helpers/apimachinery/lease/controller.go.
 */
export const nodeLeaseController: Controller = {
  name: "node-lease",
  sync(env, cluster) {
    const now = env.clock.now();
    for (const spec of cluster.spec.nodes) {
      if (!env.hosts.get(spec.name)?.systemd.isActive("kubelet")) continue;
      const renewed = leaseRenewedAt(cluster, spec.name);
      if (renewed !== undefined && now - renewed < NODE_LEASE_RENEW_MS) continue;
      try {
        if (renewed === undefined) {
          cluster.api.create(nodeLease(cluster.api.get("nodes", spec.name), now));
          continue;
        }
        const lease = cluster.api.get("leases", spec.name, NODE_LEASE_NAMESPACE);
        cluster.api.update({ ...lease, metadata: { ...lease.metadata, resourceVersion: undefined }, spec: { ...lease.spec, holderIdentity: spec.name, leaseDurationSeconds: NODE_LEASE_DURATION_S, renewTime: microTime(now) } });
      } catch {
        // no Node object (yet), or kube-node-lease is gone: try again next time
      }
    }
  },
};
