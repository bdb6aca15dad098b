import type { KindStrategy } from "../strategy";

export const nodeStrategy: KindStrategy = {
  info: { resource: "nodes", singular: "node", kind: "Node", group: "", version: "v1", namespaced: false, shortNames: ["no"], verbs: ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"], hasStatus: true },
  storageSegment: "minions",
};
