import { parseManifest } from "../nodes/manifest-cache";
import type { KubeObject } from "../api/types";
import { changedSince } from "../apiserver/rbac-authorizer";
import { CERT_BACKDATE_MS, goSerial, LEAF_VALIDITY_MS, signRequest } from "../pki/issue";
import { base64ToPem, encodeCertificate, parseCertificate, parseCsr, parsePrivateKey, pemToBase64 } from "../pki/x509";
import type { Controller } from "./controller";

/**
 * kube-controller-manager's csrsigning controller: signs approved requests for the built-in signers
 * with the cluster CA (--cluster-signing-cert-file/--cluster-signing-key-file), for
 * min(spec.expirationSeconds, --cluster-signing-duration = 1 year), back-dated five minutes.
 * Models pkg/controller/certificates/signer.
 */

const SIGNERS = ["kubernetes.io/kube-apiserver-client", "kubernetes.io/kube-apiserver-client-kubelet", "kubernetes.io/kubelet-serving"];
const USAGE_NAMES: Record<string, string> = { "client auth": "TLS Web Client Authentication", "server auth": "TLS Web Server Authentication" };
const STATE_KEY = "csr-signing";

function flag(manifest: string | undefined, name: string): string | undefined {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const command: unknown = (parseManifest(manifest ?? "") as any)?.spec?.containers?.[0]?.command;
  return Array.isArray(command) ? (command as string[]).find((a) => String(a).startsWith(`${name}=`))?.slice(name.length + 1) : undefined;
}

const hasCondition = (csr: KubeObject, type: string) => ((csr.status?.conditions ?? []) as { type: string }[]).some((c) => c.type === type);

export const csrSigningController: Controller = {
  name: "csr-signing",
  sync(env, cluster) {
    const state = (env.controllerState[STATE_KEY] ??= {}) as Record<string, number>;
    const seen = state[cluster.spec.name];
    state[cluster.spec.name] = cluster.store.revision;
    if (seen !== undefined && !changedSince(cluster.store, seen, ["/registry/certificatesigningrequests/"])) return;
    const pending = cluster.api.list("certificatesigningrequests", undefined).items.filter((c) => SIGNERS.includes(c.spec?.signerName) && hasCondition(c, "Approved") && !hasCondition(c, "Denied") && !hasCondition(c, "Failed") && !c.status?.certificate);
    if (!pending.length) return;
    const cp = cluster.spec.nodes.find((n) => n.role === "control-plane");
    const fs = cp && env.hosts.get(cp.name)?.fs;
    if (!fs) return;
    const read = (p: string) => (fs.exists(p) ? fs.readFile(p) : "");
    const manifest = read("/etc/kubernetes/manifests/kube-controller-manager.yaml");
    const ca = parseCertificate(read(flag(manifest, "--cluster-signing-cert-file") ?? "/etc/kubernetes/pki/ca.crt"));
    const caKey = parsePrivateKey(read(flag(manifest, "--cluster-signing-key-file") ?? "/etc/kubernetes/pki/ca.key"));
    if (!ca || !caKey || ca.keyId !== caKey.id) return;
    const now = env.clock.now();
    for (const csr of pending) {
      const request = parseCsr(base64ToPem(csr.spec.request) ?? "");
      if (!request) continue;
      const wanted = typeof csr.spec.expirationSeconds === "number" ? csr.spec.expirationSeconds * 1000 : LEAF_VALIDITY_MS;
      const notAfter = Math.min(now + Math.min(wanted, LEAF_VALIDITY_MS), ca.notAfter);
      const usages: string[] = csr.spec.usages ?? [];
      const cert = signRequest(request, { ca, caKey, serial: goSerial(`${csr.metadata.uid}:${now}`), notBefore: now - CERT_BACKDATE_MS, notAfter, extKeyUsage: usages.map((u) => USAGE_NAMES[u]).filter(Boolean) });
      cert.keyUsage = [usages.includes("digital signature") && "Digital Signature", usages.includes("key encipherment") && "Key Encipherment"].filter((u): u is string => !!u);
      cluster.api.update({ ...csr, status: { ...csr.status, certificate: pemToBase64(encodeCertificate(cert)) } }, {}, "status");
    }
    state[cluster.spec.name] = cluster.store.revision;
  },
};
