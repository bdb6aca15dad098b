import type { KubeObject } from "../../engine/api/types";
import { canonicalQuantity } from "../../engine/api/quantity";
import { isDefaultClass } from "../../engine/registry/kinds/storageclass";
import { age } from "./duration";
import type { Column } from "./columns";

// Models printPersistentVolume, printPersistentVolumeClaim, printStorageClass and printResourceQuota
// in pkg/printers/internalversion/printers.go (v1.32).

const NAME: Column = { name: "NAME", cell: (o) => o.metadata.name ?? "" };
const AGE: Column = { name: "AGE", cell: (o, now) => age(o.metadata.creationTimestamp, now) };

/** `RWO,ROX,RWX,RWOP` in that fixed order (helper.GetAccessModesAsString). */
export function accessModesText(modes: string[] | undefined): string {
  const short: [string, string][] = [["ReadWriteOnce", "RWO"], ["ReadOnlyMany", "ROX"], ["ReadWriteMany", "RWX"], ["ReadWriteOncePod", "RWOP"]];
  return short.filter(([m]) => (modes ?? []).includes(m)).map(([, s]) => s).join(",");
}

const quantity = (q: string | number | undefined) => (q === undefined ? "0" : canonicalQuantity(q));

/** The beta annotation wins over spec.storageClassName, as helper.GetPersistentVolume(Claim)Class reads it. */
export function storageClassOf(o: KubeObject): string {
  return o.metadata.annotations?.["volume.beta.kubernetes.io/storage-class"] ?? o.spec?.storageClassName ?? "";
}

const terminating = (o: KubeObject, phase: string | undefined) => (o.metadata.deletionTimestamp ? "Terminating" : (phase ?? ""));

/** `cpu: 0/1, pods: 1/2` for one column of a quota (limits.* go to LIMIT, the rest to REQUEST). */
function quotaColumn(q: KubeObject, limits: boolean): string {
  const hard = (q.status?.hard ?? {}) as Record<string, string>;
  const used = (q.status?.used ?? {}) as Record<string, string>;
  return Object.keys(hard)
    .sort()
    .filter((r) => (r.split(".").length > 1 && r.split(".")[0] === "limits") === limits)
    .map((r) => `${r}: ${quantity(used[r])}/${quantity(hard[r])}`)
    .join(", ");
}

export const STORAGE_TABLES: Record<string, Column[]> = {
  persistentvolumes: [
    NAME,
    { name: "CAPACITY", cell: (o) => quantity(o.spec?.capacity?.storage) },
    { name: "ACCESS MODES", cell: (o) => accessModesText(o.spec?.accessModes) },
    { name: "RECLAIM POLICY", cell: (o) => o.spec?.persistentVolumeReclaimPolicy ?? "" },
    { name: "STATUS", cell: (o) => terminating(o, o.status?.phase) },
    { name: "CLAIM", cell: (o) => (o.spec?.claimRef ? `${o.spec.claimRef.namespace ?? ""}/${o.spec.claimRef.name ?? ""}` : "") },
    { name: "STORAGECLASS", cell: storageClassOf },
    { name: "VOLUMEATTRIBUTESCLASS", cell: (o) => o.spec?.volumeAttributesClassName ?? "<unset>" },
    { name: "REASON", cell: (o) => o.status?.reason ?? "" },
    AGE,
    { name: "VOLUMEMODE", wide: true, cell: (o) => o.spec?.volumeMode ?? "<unset>" },
  ],
  persistentvolumeclaims: [
    NAME,
    { name: "STATUS", cell: (o) => terminating(o, o.status?.phase) },
    { name: "VOLUME", cell: (o) => o.spec?.volumeName ?? "" },
    { name: "CAPACITY", cell: (o) => (o.spec?.volumeName ? quantity(o.status?.capacity?.storage) : "") },
    { name: "ACCESS MODES", cell: (o) => (o.spec?.volumeName ? accessModesText(o.status?.accessModes) : "") },
    { name: "STORAGECLASS", cell: storageClassOf },
    { name: "VOLUMEATTRIBUTESCLASS", cell: (o) => o.spec?.volumeAttributesClassName ?? "<unset>" },
    AGE,
    { name: "VOLUMEMODE", wide: true, cell: (o) => o.spec?.volumeMode ?? "<unset>" },
  ],
  storageclasses: [
    { name: "NAME", cell: (o) => `${o.metadata.name}${isDefaultClass(o) ? " (default)" : ""}` },
    { name: "PROVISIONER", cell: (o) => String(o.provisioner ?? "") },
    { name: "RECLAIMPOLICY", cell: (o) => String(o.reclaimPolicy ?? "Delete") },
    { name: "VOLUMEBINDINGMODE", cell: (o) => String(o.volumeBindingMode ?? "Immediate") },
    { name: "ALLOWVOLUMEEXPANSION", cell: (o) => String(o.allowVolumeExpansion ?? false) },
    AGE,
  ],
  resourcequotas: [NAME, { name: "REQUEST", cell: (o) => quotaColumn(o, false) }, { name: "LIMIT", cell: (o) => quotaColumn(o, true) }, AGE],
};
