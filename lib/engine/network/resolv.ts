import type { KubeObject } from "../api/types";
import { isIPv4 } from "./cidr";
import type { Source } from "./connect";
import { CLUSTER_DNS_IP, query } from "./dns";
import type { NetView } from "./view";

/**
 * /etc/resolv.conf as the kubelet writes it for a pod (pkg/kubelet/network/dns/dns.go), and the
 * stub resolver's walk over it: search domains first when the name has fewer than `ndots` dots.
 */

export const CLUSTER_DOMAIN = "cluster.local";
/** What nodes use: systemd-resolved's upstream on the lab network. */
export const NODE_NAMESERVER = "172.30.0.2";

export interface ResolvConf {
  nameservers: string[];
  search: string[];
  ndots: number;
}

export function podResolvConf(pod: KubeObject): ResolvConf {
  const spec = pod.spec ?? {};
  const policy: string = spec.dnsPolicy ?? "ClusterFirst";
  const cluster = policy === "ClusterFirstWithHostNet" || (policy === "ClusterFirst" && !spec.hostNetwork);
  const conf: ResolvConf =
    policy === "None"
      ? { nameservers: [], search: [], ndots: 1 }
      : cluster
        ? { nameservers: [CLUSTER_DNS_IP], search: [`${pod.metadata.namespace}.svc.${CLUSTER_DOMAIN}`, `svc.${CLUSTER_DOMAIN}`, CLUSTER_DOMAIN], ndots: 5 }
        : { nameservers: [NODE_NAMESERVER], search: [], ndots: 1 };
  const cfg = spec.dnsConfig ?? {};
  conf.nameservers = [...conf.nameservers, ...(cfg.nameservers ?? [])].slice(0, 3);
  conf.search = [...conf.search, ...(cfg.searches ?? [])];
  for (const o of (cfg.options ?? []) as { name: string; value?: string }[]) if (o.name === "ndots" && o.value) conf.ndots = Number(o.value);
  return conf;
}

export function renderResolvConf(c: ResolvConf): string {
  return [c.search.length ? `search ${c.search.join(" ")}` : "", ...c.nameservers.map((n) => `nameserver ${n}`), c.ndots !== 1 ? `options ndots:${c.ndots}` : ""].filter(Boolean).join("\n") + "\n";
}

/** The candidate names a stub resolver tries, in order. */
export function candidates(name: string, conf: ResolvConf): string[] {
  if (name.endsWith(".")) return [name.slice(0, -1)];
  const dots = name.split(".").length - 1;
  const searched = conf.search.map((d) => `${name}.${d}`);
  return dots >= conf.ndots ? [name, ...searched] : [...searched, name];
}

export type Resolution = { ip: string; fqdn: string } | { error: "nxdomain" } | { error: "timeout"; detail: string };

/**
 * getaddrinfo for an A record from `src`: literal IPs, node names from /etc/hosts, then each
 * nameserver. The first server that answers decides.
 */
export function resolveHost(view: NetView, src: Source, name: string, conf: ResolvConf): Resolution {
  const n = name.toLowerCase();
  if (isIPv4(n)) return { ip: n, fqdn: n };
  if (n === "localhost") return { ip: "127.0.0.1", fqdn: n };
  const node = view.nodes.find((x) => x.name === n);
  if (node && !src.pod) return { ip: node.ip, fqdn: n };
  if (src.pod && (n === src.pod.metadata.name || n === src.pod.spec?.hostname)) return { ip: src.ip, fqdn: n };
  let lastTimeout = "";
  for (const server of conf.nameservers) {
    if (server === NODE_NAMESERVER) return { error: "nxdomain" };
    let answered = false;
    for (const candidate of candidates(n, conf)) {
      const r = query(view, src, server, candidate, "A");
      if ("timeout" in r) {
        lastTimeout = r.detail;
        break;
      }
      answered = true;
      if (r.reply.rcode === "NOERROR" && r.reply.answers.length) return { ip: r.reply.answers[0], fqdn: candidate };
    }
    if (answered) return { error: "nxdomain" };
  }
  return { error: "timeout", detail: lastTimeout || "no nameserver" };
}
