/**
 * The simulation's X.509 model. Real certificates need real RSA; ours are PEM files whose body is a
 * base64 JSON record of what a certificate says (subject, issuer, SANs, serial, validity, the key it
 * certifies and the key that signed it). Every tool in the simulation (openssl, kubeadm, kubectl,
 * the API server) reads them back through this module, so they behave like the real files.
 *
 * Distinguished names keep attribute order, as the DER encoding does: openssl's `-subj /CN=a/O=b`
 * prints `CN = a, O = b`, Go's pkix.Name prints `O = b, CN = a`.
 */

/** Ordered attributes, e.g. [["O", "system:masters"], ["CN", "kube-apiserver"]]. */
export type Dn = [string, string][];

export interface PrivateKey {
  kind: "key";
  bits: number;
  /** Identity of the key pair (the public half's fingerprint): 40 hex digits. */
  id: string;
}

export interface CertificateRequest {
  kind: "csr";
  subject: Dn;
  keyId: string;
  bits: number;
  sans?: SubjectAltNames;
}

export interface SubjectAltNames {
  dns: string[];
  ip: string[];
}

export interface Certificate {
  kind: "cert";
  /** 1 (openssl 3.0 `x509 -req` without extensions) or 3. */
  version: 1 | 3;
  /** Upper-case hex without separators, as `openssl x509 -serial` prints it. */
  serial: string;
  subject: Dn;
  issuer: Dn;
  /** Validity, ms since the epoch (second precision). */
  notBefore: number;
  notAfter: number;
  /** The certified public key (PrivateKey.id) and its size. */
  keyId: string;
  bits: number;
  /** The key that signed this certificate (the issuer's keyId). */
  signerKeyId: string;
  isCA: boolean;
  /** X509v3 Key Usage names as openssl prints them, e.g. "Digital Signature". */
  keyUsage?: string[];
  /** Extended key usage names as openssl prints them, e.g. "TLS Web Client Authentication". */
  extKeyUsage?: string[];
  sans?: SubjectAltNames;
  /** Made by `openssl req -x509` (its extension set and order) rather than Go's crypto/x509. */
  opensslCa?: boolean;
}

export type PemObject = PrivateKey | CertificateRequest | Certificate;

const LABELS: Record<PemObject["kind"], string[]> = {
  key: ["PRIVATE KEY", "RSA PRIVATE KEY"],
  csr: ["CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST"],
  cert: ["CERTIFICATE"],
};

const b64encode = (s: string) => btoa(String.fromCharCode(...new TextEncoder().encode(s)));
const b64decode = (s: string) => new TextDecoder().decode(Uint8Array.from(atob(s), (c) => c.charCodeAt(0)));

/** `-----BEGIN label-----`, the body wrapped at 64 columns, `-----END label-----`. */
export function pemBlock(label: string, payload: string): string {
  const body = b64encode(payload).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${body.join("\n")}\n-----END ${label}-----\n`;
}

const encode = (label: string, obj: PemObject) => pemBlock(label, JSON.stringify(obj));

export const encodeCertificate = (c: Certificate) => encode("CERTIFICATE", c);
export const encodeCsr = (r: CertificateRequest) => encode("CERTIFICATE REQUEST", r);
/** `openssl genrsa` writes PKCS#8 (`PRIVATE KEY`); kubeadm writes PKCS#1 (`RSA PRIVATE KEY`). */
export const encodeKey = (k: PrivateKey, label: "PRIVATE KEY" | "RSA PRIVATE KEY" = "PRIVATE KEY") => encode(label, k);

/** Decoded PEM bodies by file text: every kubectl call reads the same kubeconfig certificates. */
const decodedBlocks = new Map<string, { label: string; json: string }[]>();
const DECODED_CACHE_SIZE = 256;

function pemBlocks(text: string): { label: string; json: string }[] {
  const hit = decodedBlocks.get(text);
  if (hit) return hit;
  const blocks: { label: string; json: string }[] = [];
  const re = /-----BEGIN ([A-Z ]+)-----\n([\s\S]*?)\n?-----END \1-----/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    try {
      blocks.push({ label: m[1], json: b64decode(m[2].replace(/\s+/g, "")) });
    } catch {
      // not base64: skipped below like any block that is not one of ours
    }
  }
  if (decodedBlocks.size >= DECODED_CACHE_SIZE) decodedBlocks.clear();
  decodedBlocks.set(text, blocks);
  return blocks;
}

/** Every PEM block in a text, decoded where it is one of ours (others are skipped). Fresh objects each call. */
export function parsePem(text: string): PemObject[] {
  const out: PemObject[] = [];
  for (const { label, json } of pemBlocks(text)) {
    try {
      const obj = JSON.parse(json) as PemObject;
      if (obj && typeof obj === "object" && LABELS[obj.kind]?.includes(label)) out.push(obj);
    } catch {
      // not one of ours: unreadable, like a corrupt file to the real tools
    }
  }
  return out;
}

export function parseCertificate(text: string): Certificate | undefined {
  return parsePem(text).find((o): o is Certificate => o.kind === "cert");
}

export function parseCsr(text: string): CertificateRequest | undefined {
  return parsePem(text).find((o): o is CertificateRequest => o.kind === "csr");
}

export function parsePrivateKey(text: string): PrivateKey | undefined {
  return parsePem(text).find((o): o is PrivateKey => o.kind === "key");
}

/** Base64 of a PEM file, as kubeconfig `*-data` fields and CSR `spec.request` hold it. */
export const pemToBase64 = (pem: string) => b64encode(pem);
export function base64ToPem(data: string): string | undefined {
  try {
    return b64decode(data.replace(/\s+/g, ""));
  } catch {
    return undefined;
  }
}

/** `CN = jane, O = dev` (openssl 3.0 default) or `CN=jane,O=dev` reversed (RFC 2253). */
export function formatDn(dn: Dn, style: "openssl" | "rfc2253" = "openssl"): string {
  if (style === "rfc2253") return [...dn].reverse().map(([k, v]) => `${k}=${v}`).join(",");
  return dn.map(([k, v]) => `${k} = ${v}`).join(", ");
}

const DN_TYPES = new Set(["C", "ST", "L", "O", "OU", "CN", "emailAddress", "serialNumber", "DC", "UID", "street", "title", "GN", "SN"]);

/**
 * Parses openssl's `-subj /type0=value0/type1=value1` syntax. Returns an error message worded as
 * `openssl req` words it when the text is not in that format.
 */
export function parseSubject(subj: string): Dn | { error: string } {
  const bad = { error: `subject name is expected to be in the format /type0=value0/type1=value1/type2=... where characters may be escaped by \\. This name is not in that format: '${subj}'` };
  if (!subj.startsWith("/")) return bad;
  const dn: Dn = [];
  const parts = subj.slice(1).split(/(?<!\\)\//).filter((p, i, all) => p !== "" || i < all.length - 1);
  for (const part of parts) {
    const eq = part.indexOf("=");
    if (eq <= 0) return bad;
    const type = part.slice(0, eq);
    if (!DN_TYPES.has(type)) return { error: `Subject Attribute ${type} has no known NID, skipped` };
    const value = part.slice(eq + 1).replace(/\\(.)/g, "$1");
    if (value) dn.push([type, value]);
  }
  return dn;
}

/** The identity an API server derives from a client certificate: CN is the user, each O a group. */
export function certificateUser(c: Certificate): { name: string; groups: string[] } {
  return { name: c.subject.find(([k]) => k === "CN")?.[1] ?? "", groups: c.subject.filter(([k]) => k === "O").map(([, v]) => v) };
}

export const commonName = (dn: Dn) => dn.find(([k]) => k === "CN")?.[1];
