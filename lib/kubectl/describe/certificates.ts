import type { KubeObject } from "../../engine/api/types";
import { base64ToPem, parseCsr, type Dn } from "../../engine/pki/x509";
import { PlainError } from "../context";
import { humanDuration } from "../printers/duration";
import { formatLabels } from "../printers/workload-columns";
import { describeEvents, DescribeWriter, rfc1123z } from "./writer";

// Models describe.go CertificateSigningRequestDescriber (extractCSRStatus, the subject of the parsed request).

/** `Pending`, `Approved`, `Denied`, then `,Failed` and `,Issued` as they apply. */
export function csrStatus(csr: KubeObject): string {
  const types = ((csr.status?.conditions ?? []) as { type?: string }[]).map((c) => c.type);
  let s = types.includes("Denied") ? "Denied" : types.includes("Approved") ? "Approved" : "Pending";
  if (types.includes("Failed")) s += ",Failed";
  if (csr.status?.certificate) s += ",Issued";
  return s;
}

/** Subject fields as Go's pkix.Name holds them (attribute type → list). */
const SUBJECT_LISTS: [string, string][] = [
  ["Organization", "O"],
  ["Organizational Unit", "OU"],
  ["Country", "C"],
  ["Locality", "L"],
  ["Province", "ST"],
  ["StreetAddress", "street"],
  ["PostalCode", "postalCode"],
];

function listField(w: DescribeWriter, name: string, values: string[]): void {
  if (!values.length) return;
  w.write(0, `\t${name}:\t${values.join("\n\t\t")}\n`);
}

export function describeCsr(csr: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const request = parseCsr(base64ToPem(String(csr.spec?.request ?? "")) ?? "");
  if (!request) throw new PlainError("error: Error parsing CSR: PEM block type must be CERTIFICATE REQUEST");
  const spec = csr.spec ?? {};
  const w = new DescribeWriter();
  w.write(0, `Name:\t${csr.metadata.name}\n`);
  w.write(0, `Labels:\t${formatLabels(csr.metadata.labels)}\n`);
  w.write(0, `Annotations:\t${formatLabels(csr.metadata.annotations)}\n`);
  w.write(0, `CreationTimestamp:\t${rfc1123z(csr.metadata.creationTimestamp)}\n`);
  w.write(0, `Requesting User:\t${spec.username ?? ""}\n`);
  if (spec.signerName) w.write(0, `Signer:\t${spec.signerName}\n`);
  if (typeof spec.expirationSeconds === "number") w.write(0, `Requested Duration:\t${humanDuration(spec.expirationSeconds * 1000)}\n`);
  w.write(0, `Status:\t${csrStatus(csr)}\n`);
  const dn: Dn = request.subject ?? [];
  const all = (type: string) => dn.filter(([k]) => k === type).map(([, v]) => v);
  w.write(0, "Subject:\n");
  w.write(0, `\tCommon Name:\t${all("CN").at(-1) ?? ""}\n`);
  w.write(0, `\tSerial Number:\t${all("serialNumber").at(-1) ?? ""}\n`);
  for (const [name, type] of SUBJECT_LISTS) listField(w, name, all(type));
  const dns = request.sans?.dns ?? [];
  const ip = request.sans?.ip ?? [];
  if (dns.length + ip.length > 0) {
    w.write(0, "Subject Alternative Names:\n");
    listField(w, "DNS Names", dns);
    listField(w, "IP Addresses", ip);
  }
  describeEvents(w, events, now);
  return w.toString();
}
