import { stdVerbs, type KindStrategy } from "../strategy";

/** coordination.k8s.io/v1 Lease: node heartbeats in kube-node-lease, leader election in kube-system. */
export const leaseStrategy: KindStrategy = {
  info: { resource: "leases", singular: "lease", kind: "Lease", group: "coordination.k8s.io", version: "v1", namespaced: true, shortNames: [], verbs: stdVerbs },
  storageSegment: "leases",
  validate(obj) {
    const d = obj.spec?.leaseDurationSeconds;
    return d != null && d <= 0 ? [{ field: "spec.leaseDurationSeconds", reason: "FieldValueInvalid", message: `Invalid value: ${d}: must be greater than 0` }] : [];
  },
};
