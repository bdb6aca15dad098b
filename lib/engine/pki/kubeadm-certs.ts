import type { FileSystem } from "../host";
import type { ClusterSpec, NodeSpec } from "../topology";
import { CA_VALIDITY_MS, CERT_BACKDATE_MS, deriveKey, goSerial, LEAF_VALIDITY_MS, renewCertificate, selfSignedCa, signCertificate } from "./issue";
import { base64ToPem, encodeCertificate, encodeKey, parseCertificate, parsePrivateKey, pemBlock, pemToBase64, type Certificate, type Dn, type PrivateKey, type SubjectAltNames } from "./x509";
import { kubeconfigClientCertificate, kubeconfigYaml, replaceKubeconfigClientCert } from "./kubeconfig-files";

/**
 * The certificates `kubeadm init` leaves under /etc/kubernetes (models cmd/kubeadm/app/phases/certs
 * and phases/kubeconfig): three CAs, the leaf certificates signed by them, and the kubeconfig files
 * whose client certificates are embedded. Everything is derived from the cluster name and the moment
 * the cluster was created, so a seed gives the same files, and `kubeadm certs renew` can re-issue them.
 */

export const PKI_DIR = "/etc/kubernetes/pki";

export type CaName = "ca" | "etcd-ca" | "front-proxy-ca";

export interface KubeadmCa {
  name: CaName;
  /** Path relative to PKI_DIR without extension, e.g. `etcd/ca`. */
  base: string;
  cn: string;
}

export const KUBEADM_CAS: KubeadmCa[] = [
  { name: "ca", base: "ca", cn: "kubernetes" },
  { name: "etcd-ca", base: "etcd/ca", cn: "etcd-ca" },
  { name: "front-proxy-ca", base: "front-proxy-ca", cn: "front-proxy-ca" },
];

/** One certificate `kubeadm certs check-expiration` lists (a PKI file or a kubeconfig's client certificate). */
export interface KubeadmCert {
  /** The name kubeadm uses: `apiserver`, `etcd-server`, `admin.conf`, … */
  name: string;
  ca: CaName;
  /** For PKI certificates: path relative to PKI_DIR without extension (`apiserver`, `etcd/server`). */
  base?: string;
  /** For kubeconfig certificates: the file under /etc/kubernetes. */
  kubeconfig?: string;
  subject(node: NodeSpec): Dn;
  extKeyUsage: string[];
  sans?(node: NodeSpec): SubjectAltNames;
}

const SERVER = ["TLS Web Server Authentication"];
const CLIENT = ["TLS Web Client Authentication"];
const BOTH = ["TLS Web Server Authentication", "TLS Web Client Authentication"];
const etcdSans = (n: NodeSpec): SubjectAltNames => ({ dns: [n.name, "localhost"], ip: [n.ip, "127.0.0.1", "0:0:0:0:0:0:0:1"] });

/** In `kubeadm certs check-expiration` order. */
export const KUBEADM_CERTS: KubeadmCert[] = [
  { name: "admin.conf", ca: "ca", kubeconfig: "admin.conf", subject: () => [["O", "kubeadm:cluster-admins"], ["CN", "kubernetes-admin"]], extKeyUsage: CLIENT },
  {
    name: "apiserver",
    ca: "ca",
    base: "apiserver",
    subject: () => [["CN", "kube-apiserver"]],
    extKeyUsage: SERVER,
    sans: (n) => ({ dns: [n.name, "kubernetes", "kubernetes.default", "kubernetes.default.svc", "kubernetes.default.svc.cluster.local"], ip: ["10.96.0.1", n.ip] }),
  },
  { name: "apiserver-etcd-client", ca: "etcd-ca", base: "apiserver-etcd-client", subject: () => [["CN", "kube-apiserver-etcd-client"]], extKeyUsage: CLIENT },
  { name: "apiserver-kubelet-client", ca: "ca", base: "apiserver-kubelet-client", subject: () => [["O", "kubeadm:cluster-admins"], ["CN", "kube-apiserver-kubelet-client"]], extKeyUsage: CLIENT },
  { name: "controller-manager.conf", ca: "ca", kubeconfig: "controller-manager.conf", subject: () => [["CN", "system:kube-controller-manager"]], extKeyUsage: CLIENT },
  { name: "etcd-healthcheck-client", ca: "etcd-ca", base: "etcd/healthcheck-client", subject: () => [["CN", "kube-etcd-healthcheck-client"]], extKeyUsage: CLIENT },
  { name: "etcd-peer", ca: "etcd-ca", base: "etcd/peer", subject: (n) => [["CN", n.name]], extKeyUsage: BOTH, sans: etcdSans },
  { name: "etcd-server", ca: "etcd-ca", base: "etcd/server", subject: (n) => [["CN", n.name]], extKeyUsage: BOTH, sans: etcdSans },
  { name: "front-proxy-client", ca: "front-proxy-ca", base: "front-proxy-client", subject: () => [["CN", "front-proxy-client"]], extKeyUsage: CLIENT },
  { name: "scheduler.conf", ca: "ca", kubeconfig: "scheduler.conf", subject: () => [["CN", "system:kube-scheduler"]], extKeyUsage: CLIENT },
  { name: "super-admin.conf", ca: "ca", kubeconfig: "super-admin.conf", subject: () => [["O", "system:masters"], ["CN", "kubernetes-super-admin"]], extKeyUsage: CLIENT },
];

/** The user name each kubeconfig file holds (the certificate's CN). */
const KUBECONFIG_USER: Record<string, string> = {
  "admin.conf": "kubernetes-admin",
  "super-admin.conf": "kubernetes-super-admin",
  "controller-manager.conf": "system:kube-controller-manager",
  "scheduler.conf": "system:kube-scheduler",
};

/** CA keys are shared by every cluster of a session (so one merged kubeconfig works everywhere). */
export const caKey = (ca: CaName): PrivateKey => deriveKey(`kubeadm-ca:${ca}`);
const leafKey = (cluster: string, name: string): PrivateKey => deriveKey(`kubeadm:${cluster}:${name}`);

export function caCertificate(ca: KubeadmCa, cluster: string, issuedAt: number): Certificate {
  return selfSignedCa({ subject: [["CN", ca.cn]], key: caKey(ca.name), serial: goSerial(`${cluster}:${ca.name}`), notBefore: issuedAt - CERT_BACKDATE_MS, notAfter: issuedAt + CA_VALIDITY_MS });
}

function leafCertificate(spec: KubeadmCert, cluster: string, node: NodeSpec, ca: Certificate, issuedAt: number): Certificate {
  const key = leafKey(cluster, spec.name);
  return signCertificate({ subject: spec.subject(node), keyId: key.id, bits: key.bits, ca, caKey: caKey(spec.ca), serial: goSerial(`${cluster}:${spec.name}:${issuedAt}`), notBefore: ca.notBefore, notAfter: issuedAt + LEAF_VALIDITY_MS, extKeyUsage: spec.extKeyUsage, sans: spec.sans?.(node) });
}

export interface NodeFile {
  content: string;
  mode: number;
}

/** A client certificate for `user` signed by the cluster CA (kubelet client certs, extra kubeconfigs). */
export function clientCertificate(cluster: string, subject: Dn, issuedAt: number): { cert: Certificate; key: PrivateKey } {
  const ca = caCertificate(KUBEADM_CAS[0], cluster, issuedAt);
  const key = leafKey(cluster, subject.map(([k, v]) => `${k}=${v}`).join("/"));
  return { key, cert: signCertificate({ subject, keyId: key.id, bits: key.bits, ca, caKey: caKey("ca"), serial: goSerial(`${cluster}:${subject.join()}:${issuedAt}`), notBefore: ca.notBefore, notAfter: issuedAt + LEAF_VALIDITY_MS, extKeyUsage: CLIENT }) };
}

const serverOf = (cp: NodeSpec) => `https://${cp.ip}:6443`;

/**
 * Every file kubeadm writes for PKI on a node: on the control plane the CAs, leaf certificates, sa
 * key pair and the admin/super-admin/controller-manager/scheduler kubeconfigs; on every node ca.crt,
 * kubelet.conf and the kubelet's rotated client certificate.
 */
export function kubeadmPkiFiles(cluster: ClusterSpec, nodeName: string, issuedAt: number): Record<string, NodeFile> {
  const cp = cluster.nodes.find((n) => n.role === "control-plane") ?? cluster.nodes[0];
  const node = cluster.nodes.find((n) => n.name === nodeName) ?? cp;
  const files: Record<string, NodeFile> = {};
  const cas = new Map(KUBEADM_CAS.map((c) => [c.name, caCertificate(c, cluster.name, issuedAt)]));
  const ca = cas.get("ca")!;
  files[`${PKI_DIR}/ca.crt`] = { content: encodeCertificate(ca), mode: 0o644 };
  const kubelet = clientCertificate(cluster.name, [["O", "system:nodes"], ["CN", `system:node:${node.name}`]], issuedAt);
  files["/var/lib/kubelet/pki/kubelet-client-current.pem"] = { content: encodeCertificate(kubelet.cert) + encodeKey(kubelet.key, "RSA PRIVATE KEY"), mode: 0o600 };
  files["/etc/kubernetes/kubelet.conf"] = {
    content: kubeconfigYaml({ cluster: cluster.name, server: serverOf(cp), caData: pemToBase64(encodeCertificate(ca)), user: "default-auth", context: `default-auth@${cluster.name}`, certPath: "/var/lib/kubelet/pki/kubelet-client-current.pem" }),
    mode: 0o600,
  };
  if (node.role !== "control-plane") return files;
  for (const c of KUBEADM_CAS) {
    files[`${PKI_DIR}/${c.base}.crt`] = { content: encodeCertificate(cas.get(c.name)!), mode: 0o644 };
    files[`${PKI_DIR}/${c.base}.key`] = { content: encodeKey(caKey(c.name), "RSA PRIVATE KEY"), mode: 0o600 };
  }
  const sa = deriveKey(`kubeadm:${cluster.name}:sa`);
  files[`${PKI_DIR}/sa.key`] = { content: encodeKey(sa, "RSA PRIVATE KEY"), mode: 0o600 };
  files[`${PKI_DIR}/sa.pub`] = { content: pemBlock("PUBLIC KEY", JSON.stringify({ kind: "pub", bits: sa.bits, id: sa.id })), mode: 0o644 };
  for (const spec of KUBEADM_CERTS) {
    const cert = leafCertificate(spec, cluster.name, node, cas.get(spec.ca)!, issuedAt);
    const key = leafKey(cluster.name, spec.name);
    if (spec.base) {
      files[`${PKI_DIR}/${spec.base}.crt`] = { content: encodeCertificate(cert), mode: 0o644 };
      files[`${PKI_DIR}/${spec.base}.key`] = { content: encodeKey(key, "RSA PRIVATE KEY"), mode: 0o600 };
    } else {
      const user = KUBECONFIG_USER[spec.kubeconfig!];
      files[`/etc/kubernetes/${spec.kubeconfig}`] = {
        content: kubeconfigYaml({ cluster: cluster.name, server: serverOf(cp), caData: pemToBase64(encodeCertificate(ca)), user, context: `${user}@${cluster.name}`, certData: pemToBase64(encodeCertificate(cert)), keyData: pemToBase64(encodeKey(key, "RSA PRIVATE KEY")) }),
        mode: 0o600,
      };
    }
  }
  return files;
}

/** Where a kubeadm certificate lives on the control-plane node. */
export const certPath = (c: KubeadmCert) => (c.base ? `${PKI_DIR}/${c.base}.crt` : `/etc/kubernetes/${c.kubeconfig}`);
const caOf = (name: CaName) => KUBEADM_CAS.find((c) => c.name === name)!;

/** Reads a kubeadm certificate from a node's files (PKI file or kubeconfig client certificate). */
export function readKubeadmCert(fs: FileSystem, c: KubeadmCert): Certificate | undefined {
  const path = certPath(c);
  if (!fs.exists(path)) return undefined;
  const text = fs.readFile(path);
  return c.base ? parseCertificate(text) : kubeconfigClientCertificate(text);
}

/** Reads a CA certificate and its key from a node's files (the key is undefined for an external CA). */
export function readCa(fs: FileSystem, name: CaName): { cert?: Certificate; key?: PrivateKey } {
  const base = `${PKI_DIR}/${caOf(name).base}`;
  const read = (p: string) => (fs.exists(p) ? fs.readFile(p) : "");
  return { cert: parseCertificate(read(`${base}.crt`)), key: parsePrivateKey(read(`${base}.key`)) };
}

export class RenewError extends Error {}

/**
 * `kubeadm certs renew <name>`: re-signs the certificate with its CA for another year from `nowMs`
 * and writes it back (a PKI .crt file, or the client-certificate-data of a kubeconfig).
 */
export function renewKubeadmCert(fs: FileSystem, name: string, nowMs: number): Certificate {
  const spec = KUBEADM_CERTS.find((c) => c.name === name);
  if (!spec) throw new RenewError(`unknown certificate ${name}`);
  const current = readKubeadmCert(fs, spec);
  if (!current) throw new RenewError(`missing certificate ${certPath(spec)}`);
  const ca = readCa(fs, spec.ca);
  if (!ca.cert || !ca.key) throw new RenewError(`certificate ${name} can't be renewed: CA ${spec.ca} is missing or external`);
  const renewed = renewCertificate(current, ca.cert, ca.key, nowMs);
  const path = certPath(spec);
  if (spec.base) fs.writeFile(path, encodeCertificate(renewed));
  else fs.writeFile(path, replaceKubeconfigClientCert(fs.readFile(path), encodeCertificate(renewed)));
  return renewed;
}

/** The certificate a PEM file or a base64 `*-data` field holds. */
export function certificateFromData(data: string): Certificate | undefined {
  const pem = base64ToPem(data);
  return pem ? parseCertificate(pem) : undefined;
}
