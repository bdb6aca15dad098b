import type { AdmissionPlugin, AdmissionRequest } from "./types";
import { defaultStorageClass } from "./default-storage-class";
import { storageObjectInUseProtection } from "./storage-protection";
import { persistentVolumeClaimResize } from "./pvc-resize";

/**
 * The enabled admission plugins in kube-apiserver's order (pkg/kubeapiserver/options/plugins.go):
 * every plugin's `mutate` runs first, in this order, then every `validate`.
 */
export const admissionPlugins: AdmissionPlugin[] = [defaultStorageClass, storageObjectInUseProtection, persistentVolumeClaimResize];

export function admitMutating(req: AdmissionRequest): void {
  for (const p of admissionPlugins) p.mutate?.(req);
}

export function admitValidating(req: AdmissionRequest): void {
  for (const p of admissionPlugins) p.validate?.(req);
}

export type { AdmissionPlugin, AdmissionRequest } from "./types";
