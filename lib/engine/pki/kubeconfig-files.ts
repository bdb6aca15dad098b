import YAML from "yaml";
import { base64ToPem, parseCertificate, pemToBase64, type Certificate } from "./x509";

/** kubeconfig files as kubeadm writes them (admin.conf, scheduler.conf, kubelet.conf, …). */

export interface KubeconfigSpec {
  cluster: string;
  server: string;
  caData: string;
  user: string;
  context: string;
  /** Embedded client certificate and key (base64 of PEM). */
  certData?: string;
  keyData?: string;
  /** Or paths to them (kubelet.conf points at the rotated kubelet-client-current.pem). */
  certPath?: string;
}

export function kubeconfigYaml(s: KubeconfigSpec): string {
  const creds = s.certPath
    ? `    client-certificate: ${s.certPath}\n    client-key: ${s.certPath}\n`
    : `    client-certificate-data: ${s.certData}\n    client-key-data: ${s.keyData}\n`;
  return `apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: ${s.caData}
    server: ${s.server}
  name: ${s.cluster}
contexts:
- context:
    cluster: ${s.cluster}
    user: ${s.user}
  name: ${s.context}
current-context: ${s.context}
kind: Config
preferences: {}
users:
- name: ${s.user}
  user:
${creds}`;
}

interface UserEntry {
  name: string;
  user?: Record<string, string>;
}

function currentUser(doc: { contexts?: { name: string; context?: { user?: string } }[]; users?: UserEntry[]; "current-context"?: string }): UserEntry | undefined {
  const ctx = doc.contexts?.find((c) => c.name === doc["current-context"]);
  return doc.users?.find((u) => u.name === ctx?.context?.user) ?? doc.users?.[0];
}

/** The embedded client certificate of a kubeconfig's current user. */
export function kubeconfigClientCertificate(text: string): Certificate | undefined {
  try {
    const data = currentUser(YAML.parse(text) ?? {})?.user?.["client-certificate-data"];
    const pem = data ? base64ToPem(data) : undefined;
    return pem ? parseCertificate(pem) : undefined;
  } catch {
    return undefined;
  }
}

/** The same kubeconfig text with the current user's client-certificate-data replaced. */
export function replaceKubeconfigClientCert(text: string, certPem: string): string {
  const doc = YAML.parse(text) ?? {};
  const old = currentUser(doc)?.user?.["client-certificate-data"];
  return old ? text.replace(old, pemToBase64(certPem)) : text;
}
