import type { KubeObject } from "../../engine/api/types";
import { canonicalQuantity } from "../../engine/api/quantity";
import { isDefaultClass } from "../../engine/registry/kinds/storageclass";
import { accessModesText, storageClassOf } from "../printers/storage-columns";
import { humanDuration } from "../printers/duration";
import { annotationsMultiline, describeEvents, DescribeWriter, labelsMultiline, rfc1123z } from "./writer";

// Models describePersistentVolume, describePersistentVolumeClaim and describeStorageClass in
// kubectl pkg/describe/describe.go (v0.32).

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const quantity = (q: string | number | undefined) => (q === undefined ? "0" : canonicalQuantity(q));
/** Go's `%v` of a []string: `[a b]`. */
const goList = (v: string[] | undefined) => `[${(v ?? []).join(" ")}]`;
/** labels.FormatLabels: sorted `k=v` joined by commas, `<none>` when empty. */
const formatLabels = (m: Record<string, string> | undefined) => {
  const keys = Object.keys(m ?? {}).sort();
  return keys.length ? keys.map((k) => `${k}=${m![k]}`).join(",") : "<none>";
};

function statusLine(w: DescribeWriter, o: KubeObject, now: number): void {
  if (o.metadata.deletionTimestamp) w.write(0, `Status:\tTerminating (lasts ${humanDuration(now - Date.parse(o.metadata.deletionTimestamp))})\n`);
  else w.write(0, `Status:\t${o.status?.phase ?? ""}\n`);
}

function nodeAffinity(w: DescribeWriter, affinity: Obj | undefined): void {
  w.write(0, "Node Affinity:\t");
  if (!affinity?.required) return w.write(0, "<none>\n");
  w.write(0, "\n");
  const terms: Obj[] = affinity.required.nodeSelectorTerms ?? [];
  w.write(1, "Required Terms:\t");
  if (!terms.length) return w.write(0, "<none>\n");
  w.write(0, "\n");
  terms.forEach((term, i) => {
    w.write(2, `Term ${i}:\t`);
    const reqs: Obj[] = term.matchExpressions ?? [];
    if (!reqs.length) return w.write(0, "<none>\n");
    reqs.forEach((r, j) => {
      if (j) w.write(2, "\t");
      const values: string[] = r.values ?? [];
      w.write(0, `${r.key} ${String(r.operator).toLowerCase()}${values.length ? ` [${values.join(", ")}]` : ""}\n`);
    });
  });
}

/** The `Source:` block for the volume types labs use. */
function volumeSource(w: DescribeWriter, spec: Obj): void {
  if (spec.hostPath) {
    w.write(2, "Type:\tHostPath (bare host directory volume)\n");
    w.write(2, `Path:\t${spec.hostPath.path}\n`);
    w.write(2, `HostPathType:\t${spec.hostPath.type ?? "<none>"}\n`);
  } else if (spec.local) {
    w.write(2, "Type:\tLocalVolume (a persistent volume backed by local storage on a node)\n");
    w.write(2, `Path:\t${spec.local.path}\n`);
  } else if (spec.nfs) {
    w.write(2, "Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n");
    w.write(2, `Server:\t${spec.nfs.server}\n`);
    w.write(2, `Path:\t${spec.nfs.path}\n`);
    w.write(2, `ReadOnly:\t${!!spec.nfs.readOnly}\n`);
  } else if (spec.csi) {
    w.write(2, "Type:\tCSI (a Container Storage Interface (CSI) volume source)\n");
    w.write(2, `Driver:\t${spec.csi.driver}\n`);
    w.write(2, `FSType:\t${spec.csi.fsType ?? ""}\n`);
    w.write(2, `VolumeHandle:\t${spec.csi.volumeHandle}\n`);
    w.write(2, `ReadOnly:\t${!!spec.csi.readOnly}\n`);
    const attrs = Object.keys(spec.csi.volumeAttributes ?? {}).sort();
    w.write(2, "VolumeAttributes:\t");
    if (!attrs.length) w.write(0, "<none>\n");
    attrs.forEach((k, i) => w.write(i ? 2 : 0, `${i ? "\t" : ""}${k}=${spec.csi.volumeAttributes[k]}\n`));
  } else w.write(2, "<unknown>\n");
}

export function describePersistentVolume(pv: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter();
  const spec = pv.spec ?? {};
  w.write(0, `Name:\t${pv.metadata.name}\n`);
  labelsMultiline(w, 0, "Labels", pv.metadata.labels);
  annotationsMultiline(w, 0, pv.metadata.annotations);
  w.write(0, `Finalizers:\t${goList(pv.metadata.finalizers)}\n`);
  w.write(0, `StorageClass:\t${storageClassOf(pv)}\n`);
  statusLine(w, pv, now);
  w.write(0, `Claim:\t${spec.claimRef ? `${spec.claimRef.namespace ?? ""}/${spec.claimRef.name ?? ""}` : ""}\n`);
  w.write(0, `Reclaim Policy:\t${spec.persistentVolumeReclaimPolicy ?? ""}\n`);
  w.write(0, `Access Modes:\t${accessModesText(spec.accessModes)}\n`);
  if (spec.volumeMode) w.write(0, `VolumeMode:\t${spec.volumeMode}\n`);
  w.write(0, `Capacity:\t${quantity(spec.capacity?.storage)}\n`);
  nodeAffinity(w, spec.nodeAffinity);
  w.write(0, `Message:\t${pv.status?.message ?? ""}\n`);
  w.write(0, "Source:\n");
  volumeSource(w, spec);
  describeEvents(w, events, now);
  return w.toString();
}

export function describePersistentVolumeClaim(pvc: KubeObject, events: KubeObject[] | undefined, now: number, usedBy: KubeObject[]): string {
  const w = new DescribeWriter();
  const spec = pvc.spec ?? {};
  w.write(0, `Name:\t${pvc.metadata.name}\n`);
  w.write(0, `Namespace:\t${pvc.metadata.namespace}\n`);
  w.write(0, `StorageClass:\t${storageClassOf(pvc)}\n`);
  statusLine(w, pvc, now);
  w.write(0, `Volume:\t${spec.volumeName ?? ""}\n`);
  labelsMultiline(w, 0, "Labels", pvc.metadata.labels);
  annotationsMultiline(w, 0, pvc.metadata.annotations);
  w.write(0, `Finalizers:\t${goList(pvc.metadata.finalizers)}\n`);
  w.write(0, `Capacity:\t${spec.volumeName ? quantity(pvc.status?.capacity?.storage) : ""}\n`);
  w.write(0, `Access Modes:\t${spec.volumeName ? accessModesText(pvc.status?.accessModes) : ""}\n`);
  if (spec.volumeMode) w.write(0, `VolumeMode:\t${spec.volumeMode}\n`);
  const pods = usedBy.map((p) => p.metadata.name!).sort();
  w.write(0, "Used By:\t");
  if (!pods.length) w.write(0, "<none>\n");
  pods.forEach((name, i) => w.write(0, `${i ? "\t" : ""}${name}\n`));
  const conditions: Obj[] = pvc.status?.conditions ?? [];
  if (conditions.length) {
    w.write(0, "Conditions:\n");
    w.write(1, "Type\tStatus\tLastProbeTime\tLastTransitionTime\tReason\tMessage\n");
    w.write(1, "----\t------\t-----------------\t------------------\t------\t-------\n");
    for (const c of conditions) w.write(1, `${c.type} \t${c.status} \t${c.lastProbeTime ? rfc1123z(c.lastProbeTime) : "Mon, 01 Jan 0001 00:00:00 +0000"} \t${c.lastTransitionTime ? rfc1123z(c.lastTransitionTime) : "Mon, 01 Jan 0001 00:00:00 +0000"} \t${c.reason ?? ""} \t${c.message ?? ""}\n`);
  }
  describeEvents(w, events, now);
  return w.toString();
}

export function describeStorageClass(sc: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${sc.metadata.name}\n`);
  w.write(0, `IsDefaultClass:\t${isDefaultClass(sc) ? "Yes" : "No"}\n`);
  w.write(0, `Annotations:\t${formatLabels(sc.metadata.annotations)}\n`);
  w.write(0, `Provisioner:\t${sc.provisioner ?? ""}\n`);
  w.write(0, `Parameters:\t${formatLabels(sc.parameters as Record<string, string>)}\n`);
  w.write(0, `AllowVolumeExpansion:\t${sc.allowVolumeExpansion === undefined ? "<unset>" : sc.allowVolumeExpansion ? "True" : "False"}\n`);
  const mountOptions = (sc.mountOptions ?? []) as string[];
  if (!mountOptions.length) w.write(0, "MountOptions:\t<none>\n");
  else {
    w.write(0, "MountOptions:\n");
    for (const o of mountOptions) w.write(1, `${o}\n`);
  }
  if (sc.reclaimPolicy) w.write(0, `ReclaimPolicy:\t${sc.reclaimPolicy}\n`);
  if (sc.volumeBindingMode) w.write(0, `VolumeBindingMode:\t${sc.volumeBindingMode}\n`);
  describeEvents(w, events, now);
  return w.toString();
}
