import type { FieldCause } from "../../api/errors";
import { stdVerbs, type KindStrategy } from "../strategy";

type Rule = { ports?: { protocol?: string; port?: number | string; endPort?: number }[]; from?: Peer[]; to?: Peer[] };
type Peer = { podSelector?: object; namespaceSelector?: object; ipBlock?: { cidr?: string; except?: string[] } };

const CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;
const validCidr = (s: string) => {
  const m = CIDR.exec(s);
  return !!m && m.slice(1, 5).every((o) => Number(o) <= 255) && Number(m[5]) <= 32;
};

function validateRules(rules: Rule[] | undefined, dir: "ingress" | "egress"): FieldCause[] {
  const causes: FieldCause[] = [];
  (rules ?? []).forEach((r, i) => {
    (r.ports ?? []).forEach((p, j) => {
      const f = `spec.${dir}[${i}].ports[${j}]`;
      if (p.protocol && !["TCP", "UDP", "SCTP"].includes(p.protocol)) causes.push({ field: `${f}.protocol`, reason: "FieldValueNotSupported", message: `Unsupported value: "${p.protocol}": supported values: "SCTP", "TCP", "UDP"` });
      if (typeof p.port === "number" && (p.port < 1 || p.port > 65535)) causes.push({ field: `${f}.port`, reason: "FieldValueInvalid", message: `Invalid value: ${p.port}: must be between 1 and 65535, inclusive` });
    });
    (dir === "ingress" ? r.from : r.to)?.forEach((peer, j) => {
      const f = `spec.${dir}[${i}].${dir === "ingress" ? "from" : "to"}[${j}]`;
      const n = [peer.podSelector, peer.namespaceSelector, peer.ipBlock].filter(Boolean).length;
      if (n === 0) causes.push({ field: f, reason: "FieldValueRequired", message: "Required value: must specify a peer" });
      if (peer.ipBlock && (peer.podSelector || peer.namespaceSelector)) causes.push({ field: f, reason: "FieldValueForbidden", message: "Forbidden: may not specify more than 1 peer type" });
      if (peer.ipBlock) {
        const cidr = peer.ipBlock.cidr ?? "";
        if (!cidr) causes.push({ field: `${f}.ipBlock.cidr`, reason: "FieldValueRequired", message: "Required value" });
        else if (!validCidr(cidr)) causes.push({ field: `${f}.ipBlock.cidr`, reason: "FieldValueInvalid", message: `Invalid value: "${cidr}": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)` });
      }
    });
  });
  return causes;
}

/** networking.k8s.io/v1 NetworkPolicy. Models pkg/registry/networking/networkpolicy and apis/networking/validation. */
export const networkPolicyStrategy: KindStrategy = {
  info: { resource: "networkpolicies", singular: "networkpolicy", kind: "NetworkPolicy", group: "networking.k8s.io", version: "v1", namespaced: true, shortNames: ["netpol"], verbs: stdVerbs },
  storageSegment: "networkpolicies",
  tracksGeneration: true,
  defaults(obj) {
    const spec = (obj.spec ??= {});
    spec.podSelector ??= {};
    for (const r of [...(spec.ingress ?? []), ...(spec.egress ?? [])]) for (const p of r.ports ?? []) p.protocol ??= "TCP";
    if (!spec.policyTypes?.length) spec.policyTypes = spec.egress?.length ? ["Ingress", "Egress"] : ["Ingress"];
  },
  validate(obj) {
    const spec = obj.spec ?? {};
    const causes: FieldCause[] = [...validateRules(spec.ingress, "ingress"), ...validateRules(spec.egress, "egress")];
    (spec.policyTypes ?? []).forEach((t: string, i: number) => {
      if (t !== "Ingress" && t !== "Egress") causes.push({ field: `spec.policyTypes[${i}]`, reason: "FieldValueNotSupported", message: `Unsupported value: "${t}": supported values: "Ingress", "Egress"` });
    });
    return causes;
  },
};
