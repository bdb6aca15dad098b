import YAML from "yaml";
import type { KubeObject } from "../api/types";
import type { NetView } from "./view";

/**
 * kube-proxy's part of the data plane: on each node, Service ClusterIPs and NodePorts are
 * rewritten to a ready endpoint — but only while that node's kube-proxy runs with a valid config.
 * Models pkg/proxy (iptables mode): a Service with no ready endpoints REJECTs (connection refused).
 */

const MODES = new Set(["", "iptables", "ipvs", "nftables"]);

const containerReady = (p: KubeObject) => p.status?.phase === "Running" && (p.status?.containerStatuses ?? []).every((c: { ready?: boolean }) => c.ready !== false);

/** Why kube-proxy does not program `node`, or undefined when it does. */
export function kubeProxyDown(view: NetView, node: string): string | undefined {
  const cm = view.get("configmaps", "kube-proxy", "kube-system");
  if (cm) {
    try {
      const conf = YAML.parse(String((cm.data as Record<string, string> | undefined)?.["config.conf"] ?? "")) ?? {};
      if (!MODES.has(String(conf.mode ?? ""))) return `kube-proxy rejects its configuration (mode "${conf.mode}")`;
    } catch {
      return "kube-proxy cannot parse its configuration";
    }
  }
  const proxies = view.list("pods", "kube-system").filter((p) => p.metadata.labels?.["k8s-app"] === "kube-proxy" && !p.metadata.deletionTimestamp);
  if (!proxies.length) return "no kube-proxy runs in the cluster";
  const mine = proxies.find((p) => p.spec?.nodeName === node);
  if (!mine) return `no kube-proxy runs on ${node}`;
  if (!containerReady(mine)) return `kube-proxy on ${node} is not running`;
  return undefined;
}

export interface ServicePort {
  name?: string;
  port: number;
  protocol?: string;
  nodePort?: number;
  targetPort?: number | string;
}

export interface Backend {
  pod: KubeObject;
  ip: string;
  port: number;
}

/** Ready endpoints of a Service port, from its EndpointSlices (or Endpoints when no slice exists). */
export function readyBackends(view: NetView, svc: KubeObject, port: ServicePort): Backend[] {
  const ns = svc.metadata.namespace!;
  const name = svc.metadata.name!;
  const slices = view.list("endpointslices", ns).filter((s) => s.metadata.labels?.["kubernetes.io/service-name"] === name);
  const out: Backend[] = [];
  if (slices.length) {
    for (const s of slices) {
      const ports = (s.ports ?? []) as { name?: string; port?: number; protocol?: string }[];
      const p = ports.find((x) => (x.name ?? "") === (port.name ?? "") && (x.protocol ?? "TCP") === (port.protocol ?? "TCP"));
      if (p?.port === undefined) continue;
      for (const e of (s.endpoints ?? []) as { addresses: string[]; conditions?: { ready?: boolean } }[]) {
        if (e.conditions?.ready === false) continue;
        const pod = view.podByIp(e.addresses[0]);
        if (pod) out.push({ pod, ip: e.addresses[0], port: p.port });
      }
    }
    return out;
  }
  const ep = view.get("endpoints", name, ns);
  for (const s of (ep?.subsets ?? []) as { addresses?: { ip: string }[]; ports?: { name?: string; port: number; protocol?: string }[] }[]) {
    const p = (s.ports ?? []).find((x) => (x.name ?? "") === (port.name ?? "") && (x.protocol ?? "TCP") === (port.protocol ?? "TCP"));
    if (!p) continue;
    for (const a of s.addresses ?? []) {
      const pod = view.podByIp(a.ip);
      if (pod) out.push({ pod, ip: a.ip, port: p.port });
    }
  }
  return out;
}
