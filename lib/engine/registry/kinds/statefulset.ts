import { stdVerbs, type KindStrategy } from "../strategy";
import { defaultPodTemplateSpec } from "./pod";
import { validateWorkloadSpec } from "./workload-spec";
import type { FieldCause } from "../../api/errors";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** apps/v1 StatefulSet. Models pkg/registry/apps/statefulset/strategy.go and apps/v1 defaults. */
export const statefulSetStrategy: KindStrategy = {
  info: { resource: "statefulsets", singular: "statefulset", kind: "StatefulSet", group: "apps", version: "v1", namespaced: true, shortNames: ["sts"], verbs: stdVerbs, categories: ["all"], hasStatus: true },
  tracksGeneration: true,
  defaults(obj) {
    const spec = (obj.spec ??= {});
    spec.replicas ??= 1;
    spec.podManagementPolicy ??= "OrderedReady";
    spec.updateStrategy ??= {};
    spec.updateStrategy.type ??= "RollingUpdate";
    if (spec.updateStrategy.type === "RollingUpdate") spec.updateStrategy.rollingUpdate = { partition: 0, ...spec.updateStrategy.rollingUpdate };
    spec.revisionHistoryLimit ??= 10;
    spec.persistentVolumeClaimRetentionPolicy = { whenDeleted: "Retain", whenScaled: "Retain", ...spec.persistentVolumeClaimRetentionPolicy };
    spec.template ??= {};
    spec.template.spec ??= {};
    defaultPodTemplateSpec(spec.template.spec);
    for (const pvc of (spec.volumeClaimTemplates ?? []) as Obj[]) {
      pvc.apiVersion ??= "v1";
      pvc.kind ??= "PersistentVolumeClaim";
      pvc.spec ??= {};
      pvc.spec.volumeMode ??= "Filesystem";
      pvc.status ??= { phase: "Pending" };
    }
    obj.status ??= { replicas: 0, availableReplicas: 0 };
  },
  validate(obj) {
    const causes: FieldCause[] = validateWorkloadSpec(obj, { kind: "statefulset" });
    const spec = obj.spec ?? {};
    if (!["OrderedReady", "Parallel"].includes(spec.podManagementPolicy ?? "OrderedReady"))
      causes.push({ field: "spec.podManagementPolicy", reason: "FieldValueInvalid", message: `Invalid value: ${JSON.stringify(spec.podManagementPolicy)}: must be 'OrderedReady' or 'Parallel'` });
    if (spec.replicas != null && spec.replicas < 0) causes.push({ field: "spec.replicas", reason: "FieldValueInvalid", message: `Invalid value: ${spec.replicas}: must be greater than or equal to 0` });
    return causes;
  },
  validateUpdate(obj, old) {
    // Only replicas, template, updateStrategy, persistentVolumeClaimRetentionPolicy, minReadySeconds and ordinals may change.
    const mutable = ["replicas", "template", "updateStrategy", "persistentVolumeClaimRetentionPolicy", "minReadySeconds", "ordinals", "revisionHistoryLimit"];
    const canonical = (v: unknown): unknown => (Array.isArray(v) ? v.map(canonical) : v && typeof v === "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Obj)[k])])) : v);
    const frozen = (s: Obj = {}) => JSON.stringify(canonical(Object.fromEntries(Object.entries(s).filter(([k]) => !mutable.includes(k)))));
    if (frozen(obj.spec) === frozen(old.spec)) return [];
    return [{ field: "spec", reason: "FieldValueForbidden", message: "Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden" }];
  },
};
