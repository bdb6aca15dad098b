import type { FieldCause } from "../../api/errors";
import type { KubeObject } from "../../api/types";
import { stdVerbs, type KindStrategy } from "../strategy";

/** The classes kube-apiserver creates at start-up (pkg/apis/scheduling SystemPriorityClasses). */
export const SYSTEM_PRIORITY_CLASSES: KubeObject[] = [
  { apiVersion: "scheduling.k8s.io/v1", kind: "PriorityClass", metadata: { name: "system-node-critical" }, value: 2000001000, description: "Used for system critical pods that must not be moved from their current node." },
  { apiVersion: "scheduling.k8s.io/v1", kind: "PriorityClass", metadata: { name: "system-cluster-critical" }, value: 2000000000, description: "Used for system critical pods that must run in the cluster, but can be moved to another node if necessary." },
];

/** Highest value a user-defined class may have (HighestUserDefinablePriority). */
const MAX_USER_PRIORITY = 1_000_000_000;

/** scheduling.k8s.io/v1 PriorityClass. Models pkg/apis/scheduling/validation. */
export const priorityClassStrategy: KindStrategy = {
  info: { resource: "priorityclasses", singular: "priorityclass", kind: "PriorityClass", group: "scheduling.k8s.io", version: "v1", namespaced: false, shortNames: ["pc"], verbs: stdVerbs },
  storageSegment: "priorityclasses",
  defaults(obj) {
    obj.preemptionPolicy ??= "PreemptLowerPriority";
  },
  validate(obj) {
    const causes: FieldCause[] = [];
    const name = obj.metadata.name ?? "";
    const system = SYSTEM_PRIORITY_CLASSES.find((c) => c.metadata.name === name);
    if (name.startsWith("system-") && !system) causes.push({ field: "metadata.name", reason: "FieldValueInvalid", message: `Invalid value: ${JSON.stringify(name)}: priority class names with 'system-' prefix are reserved for system use only` });
    else if (system && obj.value !== system.value) causes.push({ field: "metadata.name", reason: "FieldValueInvalid", message: `Invalid value: ${JSON.stringify(name)}: name is reserved for a system priority class; its value must be ${system.value}` });
    if (typeof obj.value !== "number") causes.push({ field: "value", reason: "FieldValueRequired", message: "Required value" });
    else if (!system && obj.value > MAX_USER_PRIORITY) causes.push({ field: "value", reason: "FieldValueForbidden", message: `Forbidden: maximum allowed value of a user defined priority is ${MAX_USER_PRIORITY}` });
    if (!["PreemptLowerPriority", "Never"].includes(String(obj.preemptionPolicy)))
      causes.push({ field: "preemptionPolicy", reason: "FieldValueNotSupported", message: `Unsupported value: ${JSON.stringify(obj.preemptionPolicy)}: supported values: "Never", "PreemptLowerPriority"` });
    return causes;
  },
  validateUpdate(obj, old) {
    const causes: FieldCause[] = [];
    if (obj.value !== old.value) causes.push({ field: "value", reason: "FieldValueForbidden", message: "Forbidden: may not be changed in an update." });
    if (obj.preemptionPolicy !== old.preemptionPolicy) causes.push({ field: "preemptionPolicy", reason: "FieldValueInvalid", message: `Invalid value: ${JSON.stringify(obj.preemptionPolicy)}: field is immutable` });
    return causes;
  },
};
