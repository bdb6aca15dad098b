import type { KubeObject, OwnerReference } from "../api/types";

export function controllerRef(owner: KubeObject): OwnerReference {
  return { apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name!, uid: owner.metadata.uid!, controller: true, blockOwnerDeletion: true };
}

export const isOwnedBy = (obj: KubeObject, owner: KubeObject) => (obj.metadata.ownerReferences ?? []).some((r) => r.uid === owner.metadata.uid && r.controller);

/** FNV-1a of the pod template, rendered in Kubernetes' safe alphabet: the pod-template-hash. */
export function templateHash(template: unknown): string {
  let h = 0x811c9dc5;
  const s = JSON.stringify(template);
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  const alphabet = "bcdfghjklmnpqrstvwxz2456789";
  let out = "";
  let n = h;
  for (let i = 0; i < 10; i++) {
    out += alphabet[n % alphabet.length];
    n = Math.floor(n / alphabet.length) || (h >>> (i + 1)) + i;
  }
  return out;
}

export const isPodReady = (pod: KubeObject) => pod.status?.phase === "Running" && (pod.status?.conditions ?? []).some((c: { type: string; status: string }) => c.type === "Ready" && c.status === "True");
