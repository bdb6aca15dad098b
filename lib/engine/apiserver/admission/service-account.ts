import { forbidden } from "../../api/errors";
import type { KubeObject } from "../../api/types";
import type { AdmissionPlugin } from "./types";

/**
 * ServiceAccount: a pod runs as an existing service account and gets the projected
 * `kube-api-access-xxxxx` token volume mounted in every container. Models
 * plugin/pkg/admission/serviceaccount/admission.go.
 */

const MOUNT_PATH = "/var/run/secrets/kubernetes.io/serviceaccount";
const ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

/** A stable 5-character suffix from the pod's identity (upstream draws it at random). */
function suffixFor(seed: string): string {
  let h = 2166136261;
  let out = "";
  for (let i = 0; i < 5; i++) {
    for (const ch of `${seed}#${i}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    out += ALPHABET[h % ALPHABET.length];
  }
  return out;
}

function tokenVolume(name: string) {
  return {
    name,
    projected: {
      defaultMode: 420,
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: "token" } },
        { configMap: { items: [{ key: "ca.crt", path: "ca.crt" }], name: "kube-root-ca.crt" } },
        { downwardAPI: { items: [{ fieldRef: { apiVersion: "v1", fieldPath: "metadata.namespace" }, path: "namespace" }] } },
      ],
    },
  };
}

export const serviceAccount: AdmissionPlugin = {
  name: "ServiceAccount",
  mutate(req) {
    if (req.operation !== "CREATE" || req.resource !== "pods" || req.subresource) return;
    const pod = req.obj;
    const spec = (pod.spec ??= {});
    // Mirror pods (static pods) keep no service account.
    if (pod.metadata.annotations?.["kubernetes.io/config.mirror"]) return;
    const saName: string = spec.serviceAccountName || "default";
    let sa: KubeObject | undefined;
    try {
      sa = req.api.get("serviceaccounts", saName, req.namespace);
    } catch {
      sa = undefined;
    }
    if (!sa) {
      // The default service account may not exist yet in a brand-new namespace: upstream waits briefly, then refuses.
      if (saName !== "default") throw forbidden(`pods "${pod.metadata.name}" is forbidden: error looking up service account ${req.namespace}/${saName}: serviceaccount "${saName}" not found`);
      return;
    }
    if (spec.automountServiceAccountToken === false || (spec.automountServiceAccountToken === undefined && sa.automountServiceAccountToken === false)) return;
    const containers: { volumeMounts?: { mountPath: string; name: string; readOnly?: boolean }[] }[] = [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
    if (containers.some((c) => (c.volumeMounts ?? []).some((m) => m.mountPath === MOUNT_PATH))) return;
    const name = `kube-api-access-${suffixFor(`${req.namespace}/${pod.metadata.name}`)}`;
    spec.volumes = [...(spec.volumes ?? []), tokenVolume(name)];
    for (const c of containers) c.volumeMounts = [...(c.volumeMounts ?? []), { mountPath: MOUNT_PATH, name, readOnly: true }];
  },
};
