import type { ApiClient } from "../engine/client";
import type { KubeObject } from "../engine/api/types";
import { fnv64 } from "../engine/etcd/ids";
import { parseCertificate } from "../engine/pki/x509";

/**
 * Bootstrap tokens as kubeadm stores them: Secrets `bootstrap-token-<id>` of type
 * bootstrap.kubernetes.io/token in kube-system (models cmd/kubeadm/app/phases/bootstraptoken and
 * k8s.io/cluster-bootstrap/token). The join command pins the cluster CA by a hash of its public key.
 */
export const TOKEN_RE = /^([a-z0-9]{6})\.([a-z0-9]{16})$/;
const b64 = (s: string) => btoa(s);
const unb64 = (s: string | undefined) => (s ? atob(s) : "");

export interface BootstrapToken {
  id: string;
  secret: string;
  expires?: number;
  usages: string[];
  description?: string;
  groups: string[];
}

export function tokenSecret(t: BootstrapToken): KubeObject {
  const data: Record<string, string> = {
    "token-id": b64(t.id),
    "token-secret": b64(t.secret),
    "usage-bootstrap-authentication": b64("true"),
    "usage-bootstrap-signing": b64("true"),
    "auth-extra-groups": b64(t.groups.join(",")),
  };
  if (t.expires !== undefined) data.expiration = b64(new Date(t.expires).toISOString().replace(/\.\d{3}Z$/, "Z"));
  if (t.description) data.description = b64(t.description);
  return { apiVersion: "v1", kind: "Secret", type: "bootstrap.kubernetes.io/token", metadata: { name: `bootstrap-token-${t.id}`, namespace: "kube-system" }, data };
}

export function listTokens(client: ApiClient): BootstrapToken[] {
  return client
    .list("secrets", "kube-system")
    .items.filter((s) => s.type === "bootstrap.kubernetes.io/token")
    .map((s) => {
      const d = (s.data ?? {}) as Record<string, string>;
      const exp = unb64(d.expiration);
      return {
        id: unb64(d["token-id"]),
        secret: unb64(d["token-secret"]),
        expires: exp ? Date.parse(exp) : undefined,
        usages: ["authentication", "signing"].filter((u) => unb64(d[`usage-bootstrap-${u}`]) === "true"),
        description: unb64(d.description) || undefined,
        groups: unb64(d["auth-extra-groups"]).split(",").filter(Boolean),
      };
    });
}

/** `sha256:<hex>` of the CA's public key, as `--discovery-token-ca-cert-hash` expects it. */
export function caCertHash(caPem: string): string {
  const keyId = parseCertificate(caPem)?.keyId ?? caPem;
  let hex = "";
  for (let i = 0; hex.length < 64; i++) hex += fnv64(`spki:${i}:${keyId}`).toString(16).padStart(16, "0");
  return `sha256:${hex.slice(0, 64)}`;
}

/** duration.ShortHumanDuration (k8s.io/apimachinery/pkg/util/duration). */
export function shortHumanDuration(ms: number): string {
  const s = Math.floor(ms / 1000);
  if (s < -1) return "<invalid>";
  if (s < 0) return "0s";
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${h}h`;
  if (h < 24 * 365) return `${Math.floor(h / 24)}d`;
  return `${Math.floor(h / 24 / 365)}y`;
}
