import type { AdmissionPlugin, AdmissionRequest } from "./types";
import { priority } from "./priority";
import { defaultStorageClass } from "./default-storage-class";
import { storageObjectInUseProtection } from "./storage-protection";
import { persistentVolumeClaimResize } from "./pvc-resize";
import { namespaceLifecycle } from "./namespace-lifecycle";
import { limitRanger } from "./limit-ranger";
import { serviceAccount } from "./service-account";
import { podSecurity } from "./pod-security";
import { defaultTolerationSeconds } from "./default-toleration-seconds";
import { resourceQuota } from "./resource-quota";

/**
 * The enabled admission plugins in kube-apiserver's order (pkg/kubeapiserver/options/plugins.go):
 * every plugin's `mutate` runs first, in this order, then every `validate`.
 */
export const admissionPlugins: AdmissionPlugin[] = [
  namespaceLifecycle,
  limitRanger,
  serviceAccount,
  podSecurity,
  priority,
  defaultTolerationSeconds,
  defaultStorageClass,
  storageObjectInUseProtection,
  persistentVolumeClaimResize,
  resourceQuota,
];

export function admitMutating(req: AdmissionRequest): void {
  for (const p of admissionPlugins) p.mutate?.(req);
}

export function admitValidating(req: AdmissionRequest): void {
  for (const p of admissionPlugins) p.validate?.(req);
}

export type { AdmissionPlugin, AdmissionRequest } from "./types";
