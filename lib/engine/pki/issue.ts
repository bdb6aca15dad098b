import type { Certificate, CertificateRequest, Dn, PrivateKey, SubjectAltNames } from "./x509";

/** Issuing, renewing and verifying certificates of the simulation's X.509 model (see x509.ts). */

export const DAY_MS = 86_400_000;
/** kubeadm: leaf certificates live one year, CAs ten (constants.CertificateValidityPeriod, CACertificateValidityPeriod). */
export const LEAF_VALIDITY_MS = 365 * DAY_MS;
export const CA_VALIDITY_MS = 3650 * DAY_MS;
/** kubeadm back-dates a CA's NotBefore by five minutes (constants.CertificateBackdate). */
export const CERT_BACKDATE_MS = 5 * 60_000;

/**
 * Deterministic pseudo-random bytes from a seed string (FNV-1a then xorshift). Keys, serials and
 * signatures derived from names stay the same across runs without consuming the session's Rand.
 */
export function seededBytes(seed: string, n: number): number[] {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  const out: number[] = [];
  let x = h || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out.push(x & 255);
  }
  return out;
}

export const hex = (bytes: number[]) => bytes.map((b) => b.toString(16).padStart(2, "0")).join("").toUpperCase();

/** A key pair whose identity derives from `seed` (same seed, same key). */
export function deriveKey(seed: string, bits = 2048): PrivateKey {
  return { kind: "key", bits, id: hex(seededBytes(`key:${seed}`, 20)) };
}

/** A 63-bit positive serial as Go's crypto/rand gives kubeadm (at most 16 hex digits, top bit clear). */
export function goSerial(seed: string): string {
  const b = seededBytes(`serial:${seed}`, 8);
  b[0] &= 0x7f;
  return hex(b).replace(/^0+(?=.)/, "");
}

/** openssl's -CAcreateserial: 20 random bytes with the top bit clear. */
export function opensslSerial(bytes: number[]): string {
  const b = bytes.slice(0, 20);
  b[0] &= 0x7f;
  return hex(b);
}

const second = (ms: number) => Math.floor(ms / 1000) * 1000;

export interface CaOptions {
  subject: Dn;
  key: PrivateKey;
  serial: string;
  notBefore: number;
  notAfter: number;
}

/** A self-signed CA as kubeadm makes one (Key Usage with Certificate Sign, CA:TRUE). */
export function selfSignedCa(o: CaOptions): Certificate {
  return {
    kind: "cert",
    version: 3,
    serial: o.serial,
    subject: o.subject,
    issuer: o.subject,
    notBefore: second(o.notBefore),
    notAfter: second(o.notAfter),
    keyId: o.key.id,
    bits: o.key.bits,
    signerKeyId: o.key.id,
    isCA: true,
    keyUsage: ["Digital Signature", "Key Encipherment", "Certificate Sign"],
  };
}

export interface SignOptions {
  subject: Dn;
  /** The certified key (its id) and size. */
  keyId: string;
  bits: number;
  ca: Certificate;
  caKey: PrivateKey;
  serial: string;
  notBefore: number;
  notAfter: number;
  /** Omit extensions entirely (openssl 3.0 `x509 -req` without -extfile gives a version 1 certificate). */
  plain?: boolean;
  extKeyUsage?: string[];
  sans?: SubjectAltNames;
}

export class SignError extends Error {}

/** Signs a leaf certificate with a CA. Throws SignError when the CA key does not match the CA certificate. */
export function signCertificate(o: SignOptions): Certificate {
  if (o.caKey.id !== o.ca.keyId) throw new SignError("CA certificate and CA private key do not match");
  const cert: Certificate = {
    kind: "cert",
    version: o.plain ? 1 : 3,
    serial: o.serial,
    subject: o.subject,
    issuer: o.ca.subject,
    notBefore: second(o.notBefore),
    notAfter: second(o.notAfter),
    keyId: o.keyId,
    bits: o.bits,
    signerKeyId: o.caKey.id,
    isCA: false,
  };
  if (!o.plain) {
    cert.keyUsage = ["Digital Signature", "Key Encipherment"];
    cert.extKeyUsage = o.extKeyUsage ?? ["TLS Web Client Authentication"];
    if (o.sans && (o.sans.dns.length || o.sans.ip.length)) cert.sans = o.sans;
  }
  return cert;
}

/** Signs what a CSR asks for (subject and key), as the CSR signer controller and `openssl x509 -req` do. */
export function signRequest(csr: CertificateRequest, o: Omit<SignOptions, "subject" | "keyId" | "bits">): Certificate {
  return signCertificate({ ...o, subject: csr.subject, keyId: csr.keyId, bits: csr.bits, sans: o.sans ?? csr.sans });
}

/**
 * `kubeadm certs renew`: the same subject, key, SANs and usages, a new serial, valid from the CA's
 * NotBefore for `validityMs` from now.
 */
export function renewCertificate(cert: Certificate, ca: Certificate, caKey: PrivateKey, nowMs: number, validityMs = LEAF_VALIDITY_MS): Certificate {
  if (caKey.id !== ca.keyId) throw new SignError("CA certificate and CA private key do not match");
  return { ...cert, serial: goSerial(`${cert.serial}:${nowMs}`), issuer: ca.subject, signerKeyId: ca.keyId, notBefore: ca.notBefore, notAfter: second(nowMs + validityMs) };
}

export type VerifyResult = { ok: true } | { ok: false; reason: "expired" | "not-yet-valid" | "unknown-authority" };

/** x509 verification of a leaf against one CA at a moment. */
export function verifyCertificate(cert: Certificate, ca: Certificate | undefined, nowMs: number): VerifyResult {
  // Go checks the leaf's validity period before building a chain.
  if (nowMs > cert.notAfter) return { ok: false, reason: "expired" };
  if (nowMs < cert.notBefore) return { ok: false, reason: "not-yet-valid" };
  if (!ca || cert.signerKeyId !== ca.keyId) return { ok: false, reason: "unknown-authority" };
  return { ok: true };
}

/** Go's time.RFC3339 in UTC, as x509 errors print times: `2027-01-01T09:00:00Z`. */
export const goRfc3339 = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

/**
 * The text Go's crypto/x509 gives for a failed verification, after `tls: failed to verify certificate: `.
 * Models crypto/x509 CertificateInvalidError.Error and UnknownAuthorityError.Error.
 */
export function x509ErrorText(cert: Certificate, result: Exclude<VerifyResult, { ok: true }>, nowMs: number): string {
  if (result.reason === "unknown-authority") return `x509: certificate signed by unknown authority`;
  const now = goRfc3339(second(nowMs));
  return result.reason === "expired"
    ? `x509: certificate has expired or is not yet valid: current time ${now} is after ${goRfc3339(cert.notAfter)}`
    : `x509: certificate has expired or is not yet valid: current time ${now} is before ${goRfc3339(cert.notBefore)}`;
}
