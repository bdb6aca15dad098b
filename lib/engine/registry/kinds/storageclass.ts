import type { KubeObject } from "../../api/types";
import type { FieldCause } from "../../api/errors";
import { type KindStrategy } from "../strategy";
import { unsupported } from "./persistentvolume";

// Models pkg/registry/storage/storageclass/strategy.go and pkg/apis/storage/validation.

export const DEFAULT_CLASS_ANNOTATION = "storageclass.kubernetes.io/is-default-class";
const RECLAIM = ["Delete", "Retain"];
const BINDING = ["Immediate", "WaitForFirstConsumer"];

export function isDefaultClass(sc: KubeObject): boolean {
  return sc.metadata.annotations?.[DEFAULT_CLASS_ANNOTATION] === "true" || sc.metadata.annotations?.["storageclass.beta.kubernetes.io/is-default-class"] === "true";
}

function validateClass(sc: KubeObject): FieldCause[] {
  const causes: FieldCause[] = [];
  if (!sc.provisioner) causes.push({ field: "provisioner", reason: "FieldValueRequired", message: "Required value" });
  if (sc.reclaimPolicy !== undefined && !RECLAIM.includes(sc.reclaimPolicy as string)) causes.push(unsupported("reclaimPolicy", String(sc.reclaimPolicy), RECLAIM));
  if (sc.volumeBindingMode !== undefined && !BINDING.includes(sc.volumeBindingMode as string)) causes.push(unsupported("volumeBindingMode", String(sc.volumeBindingMode), BINDING));
  return causes;
}

function validateClassUpdate(sc: KubeObject, old: KubeObject): FieldCause[] {
  const causes: FieldCause[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  if (!same(sc.parameters, old.parameters)) causes.push({ field: "parameters", reason: "FieldValueForbidden", message: "Forbidden: updates to parameters are forbidden." });
  if (sc.provisioner !== old.provisioner) causes.push({ field: "provisioner", reason: "FieldValueForbidden", message: "Forbidden: updates to provisioner are forbidden." });
  if (sc.reclaimPolicy !== old.reclaimPolicy) causes.push({ field: "reclaimPolicy", reason: "FieldValueForbidden", message: "Forbidden: updates to reclaimPolicy are forbidden." });
  if (sc.volumeBindingMode !== old.volumeBindingMode) causes.push({ field: "volumeBindingMode", reason: "FieldValueInvalid", message: `Invalid value: "${sc.volumeBindingMode}": field is immutable` });
  return causes;
}

export const storageClassStrategy: KindStrategy = {
  info: { resource: "storageclasses", singular: "storageclass", kind: "StorageClass", group: "storage.k8s.io", version: "v1", namespaced: false, shortNames: ["sc"], verbs: ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"] },
  storageSegment: "storageclasses",
  defaults(sc) {
    sc.reclaimPolicy ??= "Delete";
    sc.volumeBindingMode ??= "Immediate";
  },
  validate: validateClass,
  validateUpdate: (sc, old) => {
    // Defaults apply to the incoming object before the comparison, as the update path decodes with defaults.
    const incoming = { ...sc, reclaimPolicy: sc.reclaimPolicy ?? "Delete", volumeBindingMode: sc.volumeBindingMode ?? "Immediate" };
    return validateClassUpdate(incoming, old);
  },
};
