import type { KubeObject } from "../api/types";
import { cmpQuantity } from "../api/quantity";
import { matchesSelectorObject } from "../api/selectors";
import { isDefaultClass } from "../registry/kinds/storageclass";

/**
 * Shared PV/PVC logic for the binder, the provisioner and the scheduler's VolumeBinding plugin.
 * Models pkg/controller/volume/persistentvolume/util (FindMatchingVolume, CheckVolumeSatisfyClaim).
 */

export const ANN_BIND_COMPLETED = "pv.kubernetes.io/bind-completed";
export const ANN_BOUND_BY_CONTROLLER = "pv.kubernetes.io/bound-by-controller";
export const ANN_SELECTED_NODE = "volume.kubernetes.io/selected-node";
export const ANN_STORAGE_PROVISIONER = "volume.kubernetes.io/storage-provisioner";
export const ANN_BETA_STORAGE_PROVISIONER = "volume.beta.kubernetes.io/storage-provisioner";
export const ANN_PROVISIONED_BY = "pv.kubernetes.io/provisioned-by";
export const PVC_PROTECTION = "kubernetes.io/pvc-protection";
export const PV_PROTECTION = "kubernetes.io/pv-protection";
export const NO_PROVISIONER = "kubernetes.io/no-provisioner";

/** The class a claim or volume names; the beta annotation wins, as in the upstream helpers. */
export function classOf(o: KubeObject): string {
  return o.metadata.annotations?.["volume.beta.kubernetes.io/storage-class"] ?? o.spec?.storageClassName ?? "";
}

export function defaultClass(classes: KubeObject[]): KubeObject | undefined {
  // Several defaults: the newest wins (GetDefaultClass sorts by creation time, newest first).
  return classes.filter(isDefaultClass).sort((a, b) => String(b.metadata.creationTimestamp).localeCompare(String(a.metadata.creationTimestamp)) || a.metadata.name!.localeCompare(b.metadata.name!))[0];
}

export const claimKey = (pvc: KubeObject) => `${pvc.metadata.namespace}/${pvc.metadata.name}`;

/** Whether `pv` is reserved for or bound to `pvc` (claimRef by namespace/name, uid if set). */
export function refersTo(pv: KubeObject, pvc: KubeObject): boolean {
  const ref = pv.spec?.claimRef;
  return !!ref && ref.name === pvc.metadata.name && ref.namespace === pvc.metadata.namespace && (!ref.uid || ref.uid === pvc.metadata.uid);
}

/** Whether a node satisfies a volume's required node affinity (matchExpressions In/NotIn/Exists/DoesNotExist). */
export function volumeFitsNode(pv: KubeObject, node: KubeObject | undefined): boolean {
  const terms: { matchExpressions?: { key: string; operator: string; values?: string[] }[] }[] = pv.spec?.nodeAffinity?.required?.nodeSelectorTerms ?? [];
  if (!terms.length || !node) return true;
  const labels = node.metadata.labels ?? {};
  return terms.some((t) => matchesSelectorObject({ matchExpressions: t.matchExpressions ?? [] }, labels));
}

/** The reason a volume cannot serve a claim, or undefined when it can (CheckVolumeSatisfyClaim). */
export function mismatch(pv: KubeObject, pvc: KubeObject): string | undefined {
  if (cmpQuantity(pv.spec?.capacity?.storage, pvc.spec?.resources?.requests?.storage) < 0) return "requested PV is too small";
  if (classOf(pv) !== classOf(pvc)) return "storageClassName does not match";
  if ((pv.spec?.volumeMode ?? "Filesystem") !== (pvc.spec?.volumeMode ?? "Filesystem")) return "incompatible volumeMode";
  const modes: string[] = pv.spec?.accessModes ?? [];
  if (!((pvc.spec?.accessModes ?? []) as string[]).every((m) => modes.includes(m))) return "incompatible accessMode";
  return undefined;
}

/**
 * The smallest Available volume that satisfies the claim (pre-bound volumes first), optionally only
 * those usable from `node`. Volumes reserved for another claim and volumes being deleted never match.
 */
export function findMatchingVolume(pvc: KubeObject, pvs: KubeObject[], node?: KubeObject): KubeObject | undefined {
  const candidates = pvs.filter((pv) => {
    if (pv.metadata.deletionTimestamp) return false;
    if (pv.spec?.claimRef && !refersTo(pv, pvc)) return false;
    if (!pv.spec?.claimRef && pv.status?.phase !== "Available") return false;
    if (mismatch(pv, pvc)) return false;
    if (pvc.spec?.selector && !matchesSelectorObject(pvc.spec.selector, pv.metadata.labels)) return false;
    return volumeFitsNode(pv, node);
  });
  const prebound = candidates.find((pv) => pv.spec?.claimRef);
  if (prebound) return prebound;
  return candidates.sort((a, b) => cmpQuantity(a.spec?.capacity?.storage, b.spec?.capacity?.storage) || a.metadata.name!.localeCompare(b.metadata.name!))[0];
}

/** Claims a pod mounts, in volume order. */
export function podClaimNames(pod: KubeObject): string[] {
  return ((pod.spec?.volumes ?? []) as { persistentVolumeClaim?: { claimName?: string } }[]).map((v) => v.persistentVolumeClaim?.claimName).filter((n): n is string => !!n);
}

export function isWaitForFirstConsumer(pvc: KubeObject, classes: KubeObject[]): boolean {
  const sc = classes.find((c) => c.metadata.name === classOf(pvc));
  return !!sc && sc.volumeBindingMode === "WaitForFirstConsumer";
}
