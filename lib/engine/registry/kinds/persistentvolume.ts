import type { KubeObject } from "../../api/types";
import type { FieldCause } from "../../api/errors";
import { badRequest } from "../../api/errors";
import { isQuantity, QUANTITY_FORMAT_ERROR } from "../../api/quantity";
import { DNS1123_SUBDOMAIN, stdVerbs, type KindStrategy } from "../strategy";

// Models pkg/registry/core/persistentvolume/strategy.go and ValidatePersistentVolume in
// pkg/apis/core/validation/validation.go.

export const ACCESS_MODES = ["ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"];
const RECLAIM_POLICIES = ["Delete", "Recycle", "Retain"];
const HOSTPATH_TYPES = ["", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket"];

/** Volume sources a PersistentVolume may name (exactly one). */
export const PV_SOURCES = [
  "gcePersistentDisk", "awsElasticBlockStore", "hostPath", "glusterfs", "nfs", "rbd", "iscsi", "cinder", "cephfs", "fc",
  "flocker", "flexVolume", "azureFile", "vsphereVolume", "quobyte", "azureDisk", "photonPersistentDisk", "portworxVolume",
  "scaleIO", "local", "storageos", "csi",
];

const quoted = (vals: string[]) => vals.map((v) => `"${v}"`).join(", ");

export function unsupported(field: string, value: string, supported: string[]): FieldCause {
  return { field, reason: "FieldValueNotSupported", message: `Unsupported value: "${value}": supported values: ${quoted(supported)}` };
}

/** A quantity that fails to parse is a decode error (400), as the JSON decoder reports it. */
export function requireQuantities(kind: string, values: Record<string, unknown> | undefined): void {
  for (const v of Object.values(values ?? {})) if (!isQuantity(v)) throw badRequest(`${kind} in version "v1" cannot be handled as a ${kind}: ${QUANTITY_FORMAT_ERROR}`);
}

export function validateAccessModes(field: string, modes: unknown, required: string): FieldCause[] {
  const list = Array.isArray(modes) ? (modes as string[]) : [];
  if (!list.length) return [{ field, reason: "FieldValueRequired", message: required ? `Required value: ${required}` : "Required value" }];
  const causes = list.filter((m) => !ACCESS_MODES.includes(m)).map((m) => unsupported(field, m, ACCESS_MODES));
  if (list.includes("ReadWriteOncePod") && list.length > 1) causes.push({ field, reason: "FieldValueForbidden", message: "Forbidden: may not use ReadWriteOncePod with other access modes" });
  return causes;
}

function validatePv(obj: KubeObject): FieldCause[] {
  const spec = obj.spec ?? {};
  const causes: FieldCause[] = [];
  requireQuantities("PersistentVolume", spec.capacity);
  causes.push(...validateAccessModes("spec.accessModes", spec.accessModes, ""));
  const capacity = spec.capacity ?? {};
  if (!Object.keys(capacity).length) causes.push({ field: "spec.capacity", reason: "FieldValueRequired", message: "Required value" });
  else if (!("storage" in capacity)) causes.push({ field: "spec.capacity", reason: "FieldValueNotSupported", message: `Unsupported value: ${JSON.stringify(Object.keys(capacity))}: supported values: "storage"` });
  if (spec.persistentVolumeReclaimPolicy !== undefined && !RECLAIM_POLICIES.includes(spec.persistentVolumeReclaimPolicy))
    causes.push(unsupported("spec.persistentVolumeReclaimPolicy", spec.persistentVolumeReclaimPolicy, RECLAIM_POLICIES));
  if (spec.storageClassName && !DNS1123_SUBDOMAIN.test(spec.storageClassName))
    causes.push({ field: "spec.storageClassName", reason: "FieldValueInvalid", message: `Invalid value: "${spec.storageClassName}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')` });
  const sources = PV_SOURCES.filter((s) => spec[s] !== undefined && spec[s] !== null);
  if (!sources.length) causes.push({ field: "spec", reason: "FieldValueRequired", message: "Required value: must specify a volume type" });
  for (const extra of sources.slice(1)) causes.push({ field: `spec.${extra}`, reason: "FieldValueForbidden", message: "Forbidden: may not specify more than 1 volume type" });
  if (spec.hostPath) {
    if (!spec.hostPath.path) causes.push({ field: "spec.hostPath.path", reason: "FieldValueRequired", message: "Required value" });
    if (spec.hostPath.type !== undefined && !HOSTPATH_TYPES.includes(spec.hostPath.type)) causes.push(unsupported("spec.hostPath.type", spec.hostPath.type, HOSTPATH_TYPES));
  }
  if (spec.local) {
    if (!spec.local.path) causes.push({ field: "spec.local.path", reason: "FieldValueRequired", message: "Required value" });
    if (!spec.nodeAffinity) causes.push({ field: "spec.nodeAffinity", reason: "FieldValueRequired", message: "Required value: Local volume requires node affinity" });
  }
  if (spec.nfs) {
    if (!spec.nfs.server) causes.push({ field: "spec.nfs.server", reason: "FieldValueRequired", message: "Required value" });
    if (!spec.nfs.path) causes.push({ field: "spec.nfs.path", reason: "FieldValueRequired", message: "Required value" });
  }
  return causes;
}

export const persistentVolumeStrategy: KindStrategy = {
  info: { resource: "persistentvolumes", singular: "persistentvolume", kind: "PersistentVolume", group: "", version: "v1", namespaced: false, shortNames: ["pv"], verbs: stdVerbs, hasStatus: true },
  defaults(obj) {
    const spec = (obj.spec ??= {});
    spec.persistentVolumeReclaimPolicy ??= "Retain";
    spec.volumeMode ??= "Filesystem";
    if (spec.hostPath) spec.hostPath.type ??= "";
    obj.status ??= {};
    obj.status.phase ??= "Pending";
  },
  validate: validatePv,
};
