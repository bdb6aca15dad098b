import type { Credentials } from "../engine/apiserver/authn";
import type { FileSystem } from "../engine/host";
import { base64ToPem, parseCertificate, parsePrivateKey } from "../engine/pki/x509";
import { KubeconfigError, type Connection } from "./kubeconfig";

/**
 * What client-go's transport config does with a kubeconfig user and cluster: read the certificate,
 * key and CA files (or decode the `*-data` fields), check that key and certificate belong together,
 * and pick up a token. Errors are worded as kubectl prints them.
 */
export function kubeconfigCredentials(c: Connection, fs: FileSystem, configDir: string): Credentials {
  const u = c.userEntry ?? {};
  const cl = c.clusterEntry ?? {};
  const abs = (p: string) => (p.startsWith("/") ? p : `${configDir}/${p}`);
  const read = (what: string, path: string, owner: string) => {
    const full = abs(path);
    if (!fs.exists(full)) throw new KubeconfigError(`unable to read ${what} ${full} for ${owner} due to open ${full}: no such file or directory`);
    return fs.readFile(full);
  };
  const data = (v: unknown) => (typeof v === "string" ? (base64ToPem(v) ?? "") : undefined);
  const str = (v: unknown) => (typeof v === "string" && v ? v : undefined);
  const creds: Credentials = {};
  creds.clientCertificate = data(u["client-certificate-data"]) ?? (str(u["client-certificate"]) ? read("client-cert", str(u["client-certificate"])!, c.user) : undefined);
  creds.clientKey = data(u["client-key-data"]) ?? (str(u["client-key"]) ? read("client-key", str(u["client-key"])!, c.user) : undefined);
  creds.token = str(u.token) ?? (str(u.tokenFile) ? read("token-file", str(u.tokenFile)!, c.user).trim() : undefined);
  creds.certificateAuthority = data(cl["certificate-authority-data"]) ?? (str(cl["certificate-authority"]) ? read("certificate-authority", str(cl["certificate-authority"])!, c.clusterName ?? "") : undefined);
  creds.insecureSkipTlsVerify = cl["insecure-skip-tls-verify"] === true;
  if (!!creds.clientCertificate !== !!creds.clientKey) throw new KubeconfigError(creds.clientKey ? "client-key-data or client-key must be specified for to use the clientCert authentication method." : "client-cert-data or client-cert must be specified for to use the clientCert authentication method.");
  if (creds.clientCertificate) {
    const cert = parseCertificate(creds.clientCertificate);
    const key = parsePrivateKey(creds.clientKey ?? "");
    if (!cert) throw new KubeconfigError("tls: failed to find any PEM data in certificate input");
    if (!key) throw new KubeconfigError("tls: failed to find any PEM data in key input");
    if (cert.keyId !== key.id) throw new KubeconfigError("tls: private key does not match public key");
  }
  return creds;
}
