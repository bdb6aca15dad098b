import type { KubeObject } from "../api/types";
import { dashed, intToIp, ipToInt, isIPv4 } from "./cidr";
import { connect, type Source } from "./connect";
import { DEFAULT_COREFILE, parseCorefile, type Corefile } from "./corefile";
import { readyBackends, type ServicePort } from "./kube-proxy";
import type { NetView } from "./view";

/**
 * Cluster DNS as CoreDNS's `kubernetes` plugin answers it (plugin/kubernetes/README.md):
 * `<svc>.<ns>.svc.<zone>` → ClusterIP (headless: ready pod IPs), `<hostname>.<svc>.<ns>.svc.<zone>`
 * for pods with a hostname and subdomain, `<a-b-c-d>.<ns>.pod.<zone>` per `pods` mode, and PTR
 * records for Service IPs. A query only gets an answer if it reaches a CoreDNS pod.
 */

export type QType = "A" | "AAAA" | "PTR";

export interface DnsReply {
  rcode: "NOERROR" | "NXDOMAIN" | "SERVFAIL" | "REFUSED";
  /** A records (IPs) or the PTR target name. */
  answers: string[];
}

export type DnsResult = { reply: DnsReply } | { timeout: true; detail: string };

export const CLUSTER_DNS_IP = "10.96.0.10";

export function clusterCorefile(view: NetView): Corefile {
  const cm = view.get("configmaps", "coredns", "kube-system");
  return parseCorefile((cm?.data as Record<string, string> | undefined)?.Corefile);
}

const NX: DnsReply = { rcode: "NXDOMAIN", answers: [] };
const ok = (answers: string[]): DnsReply => ({ rcode: "NOERROR", answers });

function serviceRecords(view: NetView, svc: KubeObject): string[] {
  if (svc.spec?.clusterIP && svc.spec.clusterIP !== "None") return [svc.spec.clusterIP];
  const ips = new Set<string>();
  for (const p of (svc.spec?.ports ?? [{ port: 0 }]) as ServicePort[]) for (const b of readyBackends(view, svc, p)) ips.add(b.ip);
  return [...ips].sort((a, b) => (ipToInt(a) ?? 0) - (ipToInt(b) ?? 0));
}

function reverse(view: NetView, name: string, zone: string): DnsReply {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\.in-addr\.arpa$/.exec(name);
  if (!m) return NX;
  const ip = `${m[4]}.${m[3]}.${m[2]}.${m[1]}`;
  const svc = view.serviceByClusterIp(ip);
  if (svc) return ok([`${svc.metadata.name}.${svc.metadata.namespace}.svc.${zone}`]);
  return NX;
}

/** CoreDNS's answer to one question, given its Corefile. */
export function answer(view: NetView, corefile: Corefile, qname: string, qtype: QType): DnsReply {
  const name = qname.toLowerCase().replace(/\.$/, "");
  const k = corefile.kubernetes;
  if (qtype === "PTR") return k && (k.zones.includes("in-addr.arpa") || k.zones.includes("")) ? reverse(view, name, k.zones.find((z) => z.includes(".") && !z.endsWith("arpa")) ?? "cluster.local") : NX;
  const hosted = corefile.hosts.get(name);
  if (hosted) return ok(qtype === "A" ? [hosted] : []);
  const zone = k?.zones.find((z) => z && (name === z || name.endsWith(`.${z}`)));
  if (!k || zone === undefined) return NX;
  const labels = name.slice(0, name.length - zone.length - 1).split(".");
  const ns = (n: string) => view.list("namespaces").some((x) => x.metadata.name === n);
  if (labels.length === 3 && labels[2] === "pod") {
    const [ipLabel, podNs] = labels;
    const ip = ipLabel.replaceAll("-", ".");
    if (k.pods === "disabled" || !isIPv4(ip) || dashed(ip) !== ipLabel) return NX;
    if (k.pods === "verified" && !view.list("pods", podNs).some((p) => p.status?.podIP === ip)) return NX;
    return ok(qtype === "A" ? [intToIp(ipToInt(ip)!)] : []);
  }
  if (labels.length === 3 && labels[2] === "svc") {
    const [svcName, svcNs] = labels;
    if (!ns(svcNs)) return NX;
    const svc = view.get("services", svcName, svcNs);
    if (!svc) return NX;
    return ok(qtype === "A" ? serviceRecords(view, svc) : []);
  }
  if (labels.length === 4 && labels[3] === "svc") {
    const [host, svcName, svcNs] = labels;
    const pod = view.list("pods", svcNs).find((p) => p.spec?.hostname === host && p.spec?.subdomain === svcName && p.status?.podIP);
    if (!pod || !view.get("services", svcName, svcNs)) return NX;
    return ok(qtype === "A" ? [pod.status.podIP] : []);
  }
  return NX;
}

/**
 * Sends one question from `src` to the DNS server at `server` (UDP 53): through kube-proxy and
 * NetworkPolicy to a CoreDNS pod, which answers from the Corefile. No CoreDNS behind it: timeout.
 */
export function query(view: NetView, src: Source, server: string, qname: string, qtype: QType): DnsResult {
  const conn = connect(view, src, server, 53, "UDP");
  if (!conn.ok) return { timeout: true, detail: conn.detail };
  if (conn.listener.kind !== "dns") return { timeout: true, detail: `${server} does not serve DNS` };
  // A serving CoreDNS loaded its Corefile when it started. After a broken edit its reload fails and it
  // keeps the configuration it has (approximated here by the one kubeadm installs); new pods crash instead.
  const current = clusterCorefile(view);
  const corefile = current.ok ? current : parseCorefile(DEFAULT_COREFILE);
  return { reply: answer(view, corefile, qname, qtype) };
}
