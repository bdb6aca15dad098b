import type { KubeObject } from "../../engine/api/types";
import type { ApiClient } from "../../engine/client";
import { parseImage } from "../../engine/kubelet/images";

/** Where well-known images listen; `containerPort` is only informational in Kubernetes. */
const LISTENS: Record<string, number> = { nginx: 80, httpd: 80, redis: 6379, memcached: 11211, mysql: 3306, postgres: 5432 };

/**
 * Cluster networking as a pod sees it, derived from cluster state the way CoreDNS and kube-proxy
 * derive it: Service names resolve to ClusterIPs while a CoreDNS pod is ready, Service ports route
 * to ready endpoints, pod IPs reach Running pods.
 */
export interface Reach {
  ok: boolean;
  /** Why not (or where it landed), in one sentence fragment. */
  detail: string;
}

interface EndpointSubset {
  addresses?: { ip: string }[];
  ports?: { name?: string; port: number }[];
}

const IP = /^\d{1,3}(\.\d{1,3}){3}$/;
const podReady = (p: KubeObject) =>
  p.status?.phase === "Running" && (p.status?.conditions ?? []).every((c: { type: string; status: string }) => c.type !== "Ready" || c.status === "True");

const list = (api: ApiClient, resource: string, namespace?: string): KubeObject[] => {
  try {
    return api.list(resource, namespace).items;
  } catch {
    return [];
  }
};

/** Whether CoreDNS answers: the kube-dns Service exists and at least one of its pods is ready. */
export function dnsServing(api: ApiClient): boolean {
  const svc = list(api, "services", "kube-system").find((s) => s.metadata.name === "kube-dns");
  if (!svc) return false;
  const sel = (svc.spec?.selector ?? {}) as Record<string, string>;
  return list(api, "pods", "kube-system").some((p) => Object.entries(sel).every(([k, v]) => p.metadata.labels?.[k] === v) && podReady(p));
}

/** What `nslookup name` prints as the address from a pod in `fromNamespace`, or undefined (NXDOMAIN / no DNS). */
export function resolveName(api: ApiClient, name: string, fromNamespace = "default"): string | undefined {
  const n = name.replace(/\.$/, "");
  if (IP.test(n)) return n;
  if (!dnsServing(api)) return undefined;
  const parts = n.split(".");
  const pod = /^(\d+-\d+-\d+-\d+)\.([a-z0-9-]+)\.pod(\.cluster\.local)?$/.exec(n);
  if (pod) {
    const ip = pod[1].replaceAll("-", ".");
    return list(api, "pods", pod[2]).some((p) => p.status?.podIP === ip) ? ip : undefined;
  }
  let svcName: string;
  let ns: string;
  if (parts.length === 1) [svcName, ns] = [parts[0], fromNamespace];
  else if (parts.length === 2 || (parts[2] === "svc" && (parts.length === 3 || parts.slice(3).join(".") === "cluster.local"))) [svcName, ns] = [parts[0], parts[1]];
  else return undefined;
  const svc = list(api, "services", ns).find((s) => s.metadata.name === svcName);
  if (!svc) return undefined;
  if (svc.spec?.clusterIP && svc.spec.clusterIP !== "None") return svc.spec.clusterIP;
  const ep = list(api, "endpoints", ns).find((e) => e.metadata.name === svcName);
  return (ep?.subsets as EndpointSubset[] | undefined)?.[0]?.addresses?.[0]?.ip;
}

function podAnswers(api: ApiClient, ip: string, port: number): Reach {
  const dst = list(api, "pods").find((p) => p.status?.podIP === ip && !p.spec?.hostNetwork);
  if (!dst) return { ok: false, detail: `no pod has IP ${ip}` };
  const who = `pod ${dst.metadata.namespace}/${dst.metadata.name}`;
  if (dst.status?.phase !== "Running") return { ok: false, detail: `${who} is ${dst.status?.phase}` };
  const containers: { image: string; ports?: { containerPort: number }[] }[] = dst.spec?.containers ?? [];
  const known = containers.map((c) => LISTENS[parseImage(c.image).repo]).filter((x): x is number => x !== undefined);
  const listening = known.length ? known : containers.flatMap((c) => (c.ports ?? []).map((p) => p.containerPort));
  if (listening.length && !listening.includes(port)) return { ok: false, detail: `${who} listens on ${[...new Set(listening)].join(",")}, not ${port}` };
  return { ok: true, detail: `${who} answers on ${port}` };
}

function endpointReach(api: ApiClient, svc: KubeObject, port: { port: number; name?: string }): Reach {
  const who = `service ${svc.metadata.namespace}/${svc.metadata.name}`;
  const ep = list(api, "endpoints", svc.metadata.namespace).find((e) => e.metadata.name === svc.metadata.name);
  const targets = ((ep?.subsets ?? []) as EndpointSubset[]).flatMap((s) => {
    const p = (s.ports ?? []).find((x) => (x.name ?? "") === (port.name ?? "")) ?? ((s.ports ?? []).length === 1 ? s.ports![0] : undefined);
    return p ? (s.addresses ?? []).map((a) => ({ ip: a.ip, port: p.port })) : [];
  });
  if (targets.length === 0) return { ok: false, detail: `${who} has no ready endpoints` };
  const answers = targets.map((t) => ({ t, r: podAnswers(api, t.ip, t.port) }));
  const good = answers.find((a) => a.r.ok);
  return good ? { ok: true, detail: `${who} routes to endpoint ${good.t.ip}` } : { ok: false, detail: `${who} routes to ${answers[0].t.ip}:${answers[0].t.port}, but ${answers[0].r.detail}` };
}

/** Whether a TCP connection from pod `from` ("ns/name" or "name" in default) to `to:port` would succeed. */
export function reach(api: ApiClient, from: string, to: string, port: number, nodes: { name: string; ip: string }[]): Reach {
  const [ns, podName] = from.includes("/") ? from.split("/", 2) : ["default", from];
  const src = list(api, "pods", ns).find((p) => p.metadata.name === podName);
  if (!src) return { ok: false, detail: `source pod ${ns}/${podName} does not exist` };
  if (src.status?.phase !== "Running") return { ok: false, detail: `source pod ${ns}/${podName} is ${src.status?.phase ?? "not running"}` };
  const ip = resolveName(api, to, ns);
  if (!ip) return { ok: false, detail: `${to} does not resolve` };
  const svc = list(api, "services").find((s) => s.spec?.clusterIP === ip);
  if (svc) {
    const p = (svc.spec?.ports ?? []).find((x: { port: number }) => x.port === port);
    return p ? endpointReach(api, svc, p) : { ok: false, detail: `service ${svc.metadata.namespace}/${svc.metadata.name} has no port ${port}` };
  }
  const node = nodes.find((n) => n.ip === ip);
  if (node) {
    const nodePortSvc = list(api, "services").find((s) => (s.spec?.ports ?? []).some((x: { nodePort?: number }) => x.nodePort === port));
    if (nodePortSvc) return endpointReach(api, nodePortSvc, nodePortSvc.spec.ports.find((x: { nodePort?: number }) => x.nodePort === port));
    return { ok: false, detail: `nothing listens on ${ip}:${port}` };
  }
  return podAnswers(api, ip, port);
}
