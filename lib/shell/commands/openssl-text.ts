import { seededBytes } from "../../engine/pki/issue";
import { formatDn, type Certificate, type CertificateRequest, type PrivateKey } from "../../engine/pki/x509";

/** How OpenSSL 3.0 prints certificates, requests and dates (`x509 -text`, `-enddate`, …). */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `Dec  1 23:15:11 2026 GMT` (ASN1_TIME_print). */
export function opensslDate(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${d.getUTCFullYear()} GMT`;
}

const hexBytes = (bytes: number[]) => bytes.map((b) => b.toString(16).padStart(2, "0"));

/** Hex bytes in rows of `perLine`, colon-separated with a trailing colon on every row but the last. */
function hexBlock(bytes: number[], perLine: number, indent: string): string {
  const h = hexBytes(bytes);
  const rows: string[] = [];
  for (let i = 0; i < h.length; i += perLine) rows.push(indent + h.slice(i, i + perLine).join(":") + (i + perLine < h.length ? ":" : ""));
  return rows.join("\n") + "\n";
}

/** The serial as openssl prints it: decimal and hex when it fits a long, colon hex otherwise. */
export function serialText(serial: string): string {
  const even = serial.length % 2 ? `0${serial}` : serial;
  const n = BigInt(`0x${serial}`);
  if (even.length <= 16 && n < 2n ** 63n) return `        Serial Number: ${n} (0x${n.toString(16)})\n`;
  return `        Serial Number:\n            ${even.toLowerCase().match(/../g)!.join(":")}\n`;
}

export const serialUpper = (serial: string) => (serial.length % 2 ? `0${serial}` : serial).toUpperCase();

/** A stable RSA modulus for a key id (257 bytes with the leading 00). */
export function modulusBytes(keyId: string, bits: number): number[] {
  const b = seededBytes(`modulus:${keyId}`, bits / 8);
  b[0] |= 0x80;
  return [0, ...b];
}

function publicKeyInfo(keyId: string, bits: number): string {
  return `        Subject Public Key Info:
            Public Key Algorithm: rsaEncryption
                Public-Key: (${bits} bit)
                Modulus:
${hexBlock(modulusBytes(keyId, bits), 15, "                    ")}                Exponent: 65537 (0x10001)
`;
}

const keyIdText = (id: string) => id.toUpperCase().match(/../g)!.join(":");

function extensions(c: Certificate): string {
  if (c.version === 1) return "";
  const ext: string[] = [];
  const add = (name: string, critical: boolean, value: string) => ext.push(`            ${name}: ${critical ? "critical" : ""}\n                ${value}\n`);
  const ski = () => add("X509v3 Subject Key Identifier", false, keyIdText(c.keyId));
  const aki = () => add("X509v3 Authority Key Identifier", false, keyIdText(c.signerKeyId));
  const bc = () => add("X509v3 Basic Constraints", true, c.isCA ? "CA:TRUE" : "CA:FALSE");
  if (c.opensslCa) {
    // openssl req -x509: subjectKeyIdentifier, authorityKeyIdentifier, basicConstraints
    ski();
    aki();
    bc();
  } else {
    // Go's crypto/x509 order
    if (c.keyUsage?.length) add("X509v3 Key Usage", true, c.keyUsage.join(", "));
    if (c.extKeyUsage?.length) add("X509v3 Extended Key Usage", false, c.extKeyUsage.join(", "));
    bc();
    if (c.isCA) ski();
    else aki();
    if (c.sans) add("X509v3 Subject Alternative Name", false, [...c.sans.dns.map((d) => `DNS:${d}`), ...c.sans.ip.map((i) => `IP Address:${i}`)].join(", "));
  }
  return `        X509v3 extensions:\n${ext.join("")}`;
}

function signature(seed: string): string {
  return `    Signature Algorithm: sha256WithRSAEncryption\n    Signature Value:\n${hexBlock(seededBytes(`signature:${seed}`, 256), 18, "        ")}`;
}

/** `openssl x509 -text`. */
export function certificateText(c: Certificate): string {
  return `Certificate:
    Data:
        Version: ${c.version} (0x${c.version - 1})
${serialText(c.serial)}        Signature Algorithm: sha256WithRSAEncryption
        Issuer: ${formatDn(c.issuer)}
        Validity
            Not Before: ${opensslDate(c.notBefore)}
            Not After : ${opensslDate(c.notAfter)}
        Subject: ${formatDn(c.subject)}
${publicKeyInfo(c.keyId, c.bits)}${extensions(c)}${signature(c.serial + c.signerKeyId)}`;
}

/** `openssl req -text`. */
export function requestText(r: CertificateRequest): string {
  return `Certificate Request:
    Data:
        Version: 1 (0x0)
        Subject: ${formatDn(r.subject)}
${publicKeyInfo(r.keyId, r.bits)}        Attributes:
            (none)
            Requested Extensions:
${signature(`csr:${r.keyId}:${formatDn(r.subject)}`)}`;
}

/** `openssl rsa -noout -modulus` / `x509 -noout -modulus`. */
export const modulusLine = (keyId: string, bits: number) => `Modulus=${hexBytes(modulusBytes(keyId, bits).slice(1)).join("").toUpperCase()}\n`;

export const keyBits = (k: PrivateKey) => k.bits;
