import { pkiFiles } from "../nodes/kubeadm-files";

/**
 * Which CA signed a certificate, and whether a key belongs to a certificate — what a TLS
 * handshake with etcd decides. kubeadm's PKI (src: cmd/kubeadm/app/phases/certs): the etcd CA
 * signs etcd/server, etcd/peer, etcd/healthcheck-client and apiserver-etcd-client; the front-proxy
 * CA signs front-proxy-client; the cluster CA signs the rest. Certificates are recognised by
 * content, so a copied certificate keeps working and a self-made one is trusted by nobody.
 */
const ISSUER: Record<string, string> = {
  "etcd/server": "etcd/ca",
  "etcd/peer": "etcd/ca",
  "etcd/healthcheck-client": "etcd/ca",
  "apiserver-etcd-client": "etcd/ca",
  "front-proxy-client": "front-proxy-ca",
  "front-proxy-ca": "front-proxy-ca",
  "etcd/ca": "etcd/ca",
  ca: "ca",
  apiserver: "ca",
  "apiserver-kubelet-client": "ca",
};

const PEM_CERT = /-----BEGIN CERTIFICATE-----/;
const PEM_KEY = /-----BEGIN (RSA |EC )?PRIVATE KEY-----/;

function knownName(pem: string, ext: "crt" | "key"): string | undefined {
  const files = pkiFiles();
  for (const name of Object.keys(ISSUER)) if (files[`/etc/kubernetes/pki/${name}.${ext}`] === pem) return name;
  return undefined;
}

export const isCertificatePem = (text: string): boolean => PEM_CERT.test(text);
export const isKeyPem = (text: string): boolean => PEM_KEY.test(text);

/** The PEM text of the CA that issued `certPem`, or undefined when no CA of the cluster did. */
export function issuerPem(certPem: string): string | undefined {
  const name = knownName(certPem, "crt");
  return name ? pkiFiles()[`/etc/kubernetes/pki/${ISSUER[name]}.crt`] : undefined;
}

/** Whether `keyPem` is the private key of `certPem`. */
export function keyMatches(certPem: string, keyPem: string): boolean {
  const c = knownName(certPem, "crt");
  return c !== undefined && c === knownName(keyPem, "key");
}
