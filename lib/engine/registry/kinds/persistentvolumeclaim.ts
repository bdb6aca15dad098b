import type { KubeObject } from "../../api/types";
import type { FieldCause } from "../../api/errors";
import { cmpQuantity } from "../../api/quantity";
import { stdVerbs, type KindStrategy } from "../strategy";
import { requireQuantities, validateAccessModes } from "./persistentvolume";

// Models pkg/registry/core/persistentvolumeclaim/strategy.go and ValidatePersistentVolumeClaim(Update).

function validatePvc(obj: KubeObject): FieldCause[] {
  const spec = obj.spec ?? {};
  requireQuantities("PersistentVolumeClaim", spec.resources?.requests);
  requireQuantities("PersistentVolumeClaim", spec.resources?.limits);
  const causes = validateAccessModes("spec.accessModes", spec.accessModes, "at least 1 access mode is required");
  const storage = spec.resources?.requests?.storage;
  if (storage === undefined) causes.push({ field: "spec.resources[storage]", reason: "FieldValueRequired", message: "Required value" });
  else if (cmpQuantity(storage, 0) <= 0) causes.push({ field: "spec.resources[storage]", reason: "FieldValueInvalid", message: `Invalid value: "${storage}": must be greater than zero` });
  return causes;
}

/** A bound claim's spec is immutable except for a larger storage request (expansion). */
function validatePvcUpdate(obj: KubeObject, old: KubeObject): FieldCause[] {
  const strip = (o: KubeObject) => {
    const spec = JSON.parse(JSON.stringify(o.spec ?? {}));
    delete spec.resources?.requests;
    delete spec.volumeAttributesClassName;
    if (!o.spec?.volumeName || !old.spec?.volumeName) delete spec.volumeName;
    return JSON.stringify(spec, Object.keys(spec).sort());
  };
  const causes: FieldCause[] = [];
  if (strip(obj) !== strip(old)) causes.push({ field: "spec", reason: "FieldValueForbidden", message: "Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims" });
  const oldStorage = old.spec?.resources?.requests?.storage;
  const newStorage = obj.spec?.resources?.requests?.storage;
  if (old.status?.phase === "Bound" && newStorage !== undefined && cmpQuantity(newStorage, oldStorage) < 0 && cmpQuantity(newStorage, old.status?.capacity?.storage) < 0)
    causes.push({ field: "spec.resources.requests.storage", reason: "FieldValueForbidden", message: "Forbidden: field can not be less than status.capacity" });
  return causes;
}

export const persistentVolumeClaimStrategy: KindStrategy = {
  info: { resource: "persistentvolumeclaims", singular: "persistentvolumeclaim", kind: "PersistentVolumeClaim", group: "", version: "v1", namespaced: true, shortNames: ["pvc"], verbs: stdVerbs, hasStatus: true },
  defaults(obj) {
    const spec = (obj.spec ??= {});
    spec.volumeMode ??= "Filesystem";
    obj.status ??= {};
    obj.status.phase ??= "Pending";
  },
  validate: validatePvc,
  validateUpdate: validatePvcUpdate,
};
