import { stdVerbs, type KindStrategy } from "../strategy";

/** networking.k8s.io/v1 IngressClass (cluster-scoped). */
export const ingressClassStrategy: KindStrategy = {
  info: { resource: "ingressclasses", singular: "ingressclass", kind: "IngressClass", group: "networking.k8s.io", version: "v1", namespaced: false, shortNames: [], verbs: stdVerbs },
  storageSegment: "ingressclasses",
  tracksGeneration: true,
  validate(obj) {
    const controller = obj.spec?.controller;
    if (!controller) return [{ field: "spec.controller", reason: "FieldValueRequired", message: "Required value" }];
    return [];
  },
};
