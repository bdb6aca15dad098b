import { stdVerbs, type KindStrategy } from "../strategy";
import { defaultPodTemplateSpec } from "./pod";

export const deploymentStrategy: KindStrategy = {
  info: { resource: "deployments", singular: "deployment", kind: "Deployment", group: "apps", version: "v1", namespaced: true, shortNames: ["deploy"], verbs: stdVerbs, categories: ["all"], hasStatus: true },
  tracksGeneration: true,
  defaults(obj) {
    const spec = (obj.spec ??= {});
    spec.replicas ??= 1;
    spec.revisionHistoryLimit ??= 10;
    spec.progressDeadlineSeconds ??= 600;
    spec.strategy ??= {};
    spec.strategy.type ??= "RollingUpdate";
    if (spec.strategy.type === "RollingUpdate") spec.strategy.rollingUpdate = { maxSurge: "25%", maxUnavailable: "25%", ...spec.strategy.rollingUpdate };
    spec.template ??= {};
    spec.template.spec ??= {};
    defaultPodTemplateSpec(spec.template.spec);
    obj.status ??= {};
  },
};

export const replicaSetStrategy: KindStrategy = {
  info: { resource: "replicasets", singular: "replicaset", kind: "ReplicaSet", group: "apps", version: "v1", namespaced: true, shortNames: ["rs"], verbs: stdVerbs, categories: ["all"], hasStatus: true },
  tracksGeneration: true,
  defaults(obj) {
    const spec = (obj.spec ??= {});
    spec.replicas ??= 1;
    spec.template ??= {};
    spec.template.spec ??= {};
    defaultPodTemplateSpec(spec.template.spec);
    obj.status ??= { replicas: 0 };
  },
};
