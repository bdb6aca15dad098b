import type { FieldCause } from "../../api/errors";
import { base64ToPem, parseCsr } from "../../pki/x509";
import { stdVerbs, type KindStrategy } from "../strategy";

/** CertificateSigningRequest (certificates.k8s.io/v1). Models pkg/apis/certificates/validation. */

const USAGES = ["any", "cert sign", "client auth", "code signing", "content commitment", "crl sign", "data encipherment", "decipher only", "digital signature", "email protection", "encipher only", "ipsec end system", "ipsec tunnel", "ipsec user", "key agreement", "key encipherment", "microsoft sgc", "netscape sgc", "ocsp signing", "s/mime", "server auth", "signing", "timestamping"];

/** Go's %#v of a []byte, as field.Invalid prints the request bytes. */
const goBytes = (text: string) => `[]byte{${[...new TextEncoder().encode(text)].map((b) => `0x${b.toString(16)}`).join(", ")}}`;

export const csrStrategy: KindStrategy = {
  info: { resource: "certificatesigningrequests", singular: "certificatesigningrequest", kind: "CertificateSigningRequest", group: "certificates.k8s.io", version: "v1", namespaced: false, shortNames: ["csr"], verbs: stdVerbs, hasStatus: true },
  storageSegment: "certificatesigningrequests",
  defaults(obj) {
    obj.spec ??= {};
    obj.status ??= {};
  },
  validate(obj) {
    const spec = obj.spec ?? {};
    const causes: FieldCause[] = [];
    const pem = typeof spec.request === "string" ? base64ToPem(spec.request) : undefined;
    if (!spec.request) causes.push({ field: "spec.request", reason: "FieldValueRequired", message: "Required value" });
    else if (!pem || !parseCsr(pem)) {
      causes.push({ field: "spec.request", reason: "FieldValueInvalid", message: `Invalid value: ${goBytes(pem ?? "")}: PEM block type must be CERTIFICATE REQUEST` });
    }
    if (!spec.signerName) causes.push({ field: "spec.signerName", reason: "FieldValueRequired", message: "Required value" });
    const usages: string[] = spec.usages ?? [];
    if (!usages.length) causes.push({ field: "spec.usages", reason: "FieldValueRequired", message: "Required value: usages must be provided" });
    usages.forEach((u, i) => {
      if (!USAGES.includes(u)) causes.push({ field: `spec.usages[${i}]`, reason: "FieldValueNotSupported", message: `Unsupported value: "${u}": supported values: ${USAGES.map((x) => `"${x}"`).join(", ")}` });
    });
    if (typeof spec.expirationSeconds === "number" && spec.expirationSeconds < 600)
      causes.push({ field: "spec.expirationSeconds", reason: "FieldValueInvalid", message: `Invalid value: ${spec.expirationSeconds}: may not specify a duration less than 600 seconds (10 minutes)` });
    return causes;
  },
};
