import { stdVerbs, type KindStrategy } from "../strategy";

export const serviceStrategy: KindStrategy = {
  info: { resource: "services", singular: "service", kind: "Service", group: "", version: "v1", namespaced: true, shortNames: ["svc"], verbs: ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"], categories: ["all"], hasStatus: true },
  storageSegment: "services/specs",
  defaults(obj) {
    const spec = (obj.spec ??= {});
    spec.type ??= "ClusterIP";
    spec.sessionAffinity ??= "None";
    // An ExternalName service is only a DNS alias: no traffic policy and no IP families are set.
    if (spec.type !== "ExternalName") {
      spec.internalTrafficPolicy ??= "Cluster";
      spec.ipFamilies ??= ["IPv4"];
      spec.ipFamilyPolicy ??= "SingleStack";
    }
    if (spec.type === "NodePort" || spec.type === "LoadBalancer") spec.externalTrafficPolicy ??= "Cluster";
    for (const p of spec.ports ?? []) {
      p.protocol ??= "TCP";
      p.targetPort ??= p.port;
    }
    obj.status ??= { loadBalancer: {} };
  },
};
void stdVerbs;
