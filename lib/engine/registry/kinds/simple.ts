import { stdVerbs, type KindStrategy } from "../strategy";

/** Kinds whose strategy is only discovery information (no defaults or extra validation yet). */
export const serviceAccountStrategy: KindStrategy = {
  info: { resource: "serviceaccounts", singular: "serviceaccount", kind: "ServiceAccount", group: "", version: "v1", namespaced: true, shortNames: ["sa"], verbs: stdVerbs },
};

export const configMapStrategy: KindStrategy = {
  info: { resource: "configmaps", singular: "configmap", kind: "ConfigMap", group: "", version: "v1", namespaced: true, shortNames: ["cm"], verbs: stdVerbs },
};

export const secretStrategy: KindStrategy = {
  info: { resource: "secrets", singular: "secret", kind: "Secret", group: "", version: "v1", namespaced: true, shortNames: [], verbs: stdVerbs },
  defaults(obj) {
    obj.type ??= "Opaque";
  },
};

export const eventStrategy: KindStrategy = {
  info: { resource: "events", singular: "event", kind: "Event", group: "", version: "v1", namespaced: true, shortNames: ["ev"], verbs: stdVerbs },
};

export const endpointsStrategy: KindStrategy = {
  info: { resource: "endpoints", singular: "endpoints", kind: "Endpoints", group: "", version: "v1", namespaced: true, shortNames: ["ep"], verbs: stdVerbs },
};
