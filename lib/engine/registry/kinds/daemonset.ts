import { stdVerbs, type KindStrategy } from "../strategy";
import { defaultPodTemplateSpec } from "./pod";
import { validateWorkloadSpec } from "./workload-spec";

/** apps/v1 DaemonSet. Models pkg/registry/apps/daemonset/strategy.go and apps/v1 defaults. */
export const daemonSetStrategy: KindStrategy = {
  info: { resource: "daemonsets", singular: "daemonset", kind: "DaemonSet", group: "apps", version: "v1", namespaced: true, shortNames: ["ds"], verbs: stdVerbs, categories: ["all"], hasStatus: true },
  tracksGeneration: true,
  defaults(obj) {
    const spec = (obj.spec ??= {});
    spec.updateStrategy ??= {};
    spec.updateStrategy.type ??= "RollingUpdate";
    if (spec.updateStrategy.type === "RollingUpdate") spec.updateStrategy.rollingUpdate = { maxSurge: 0, maxUnavailable: 1, ...spec.updateStrategy.rollingUpdate };
    spec.revisionHistoryLimit ??= 10;
    spec.template ??= {};
    spec.template.spec ??= {};
    defaultPodTemplateSpec(spec.template.spec);
    obj.status ??= { currentNumberScheduled: 0, desiredNumberScheduled: 0, numberMisscheduled: 0, numberReady: 0 };
  },
  validate: (obj) => validateWorkloadSpec(obj, { kind: "daemonset" }),
};
