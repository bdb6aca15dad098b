import type { KindStrategy } from "../strategy";

export const namespaceStrategy: KindStrategy = {
  info: { resource: "namespaces", singular: "namespace", kind: "Namespace", group: "", version: "v1", namespaced: false, shortNames: ["ns"], verbs: ["create", "delete", "get", "list", "patch", "update", "watch"], hasStatus: true },
  defaults(obj) {
    const name = obj.metadata.name ?? "";
    obj.metadata.labels = { ...obj.metadata.labels, "kubernetes.io/metadata.name": name };
    obj.spec = { finalizers: ["kubernetes"], ...obj.spec };
    obj.status = { phase: "Active", ...obj.status };
  },
};
