import { verifyCertificate, x509ErrorText } from "../pki/issue";
import { parseCertificate, parsePrivateKey, type Certificate } from "../pki/x509";

/**
 * The TLS decisions between an etcd client and the member, over the PKI model (pki/): the client
 * verifies the serving certificate against its --cacert, the member verifies the client
 * certificate against its --trusted-ca-file; validity periods count on the simulated clock.
 */

export const readCert = (pem: string | undefined): Certificate | undefined => (pem ? parseCertificate(pem) : undefined);

export function isCertificatePem(text: string): boolean {
  return parseCertificate(text) !== undefined;
}

export function isKeyPem(text: string): boolean {
  return parsePrivateKey(text) !== undefined;
}

/** Whether `keyPem` is the private key of `certPem`. */
export function keyMatches(certPem: string, keyPem: string): boolean {
  const cert = parseCertificate(certPem);
  const key = parsePrivateKey(keyPem);
  return !!cert && !!key && key.id === cert.keyId;
}

/** Why the client refuses the server's certificate (Go's x509 text), or undefined when it trusts it. */
export function serverCertError(serverCertPem: string | undefined, clientCaPem: string | undefined, nowMs: number): string | undefined {
  const cert = readCert(serverCertPem);
  if (!cert) return "x509: certificate signed by unknown authority";
  const cas = clientCaPem ? parseAllCerts(clientCaPem) : [];
  const results = cas.map((ca) => verifyCertificate(cert, ca, nowMs));
  if (results.some((r) => r.ok)) return undefined;
  const known = results.find((r) => !r.ok && r.reason !== "unknown-authority");
  const r = known ?? verifyCertificate(cert, undefined, nowMs);
  return r.ok ? undefined : x509ErrorText(cert, r, nowMs);
}

/** Whether the member accepts the client certificate against its trusted CA file. */
export function clientCertTrusted(clientCertPem: string, trustedCaPem: string | undefined, nowMs: number): boolean {
  const cert = readCert(clientCertPem);
  if (!cert || !trustedCaPem) return false;
  return parseAllCerts(trustedCaPem).some((ca) => verifyCertificate(cert, ca, nowMs).ok);
}

function parseAllCerts(text: string): Certificate[] {
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  return blocks.map((b) => parseCertificate(b)).filter((c): c is Certificate => !!c);
}
