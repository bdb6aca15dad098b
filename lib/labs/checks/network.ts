import type { SimEnvironment } from "../../engine/cluster";
import { connect, sourceOfPod } from "../../engine/network/connect";
import { podResolvConf, resolveHost } from "../../engine/network/resolv";

/**
 * Cluster networking as a pod sees it, through the engine's network model (lib/engine/network):
 * CoreDNS answers names while its pods are ready and its Corefile is valid, kube-proxy routes
 * Service ports to ready endpoints, NetworkPolicy decides, and a process must listen.
 */
export interface Reach {
  ok: boolean;
  /** Why not (or where it landed), in one sentence fragment. */
  detail: string;
}

function podNamed(env: SimEnvironment, cluster: string | undefined, from: string) {
  const [ns, name] = from.includes("/") ? from.split("/", 2) : ["default", from];
  const view = env.netView(cluster);
  return { view, ns, name, pod: view.list("pods", ns).find((p) => p.metadata.name === name) };
}

/** The address a pod in `fromNamespace` gets for `name` from cluster DNS, or undefined. */
export function resolveName(env: SimEnvironment, name: string, fromNamespace = "default", cluster?: string): string | undefined {
  const view = env.netView(cluster);
  const node = view.controlPlane();
  const probe = { metadata: { name: "", namespace: fromNamespace }, spec: { nodeName: node?.name }, status: { podIP: "" } };
  const r = resolveHost(view, { node: node?.name ?? "", ip: "" }, name.replace(/\.$/, ""), podResolvConf({ apiVersion: "v1", kind: "Pod", ...probe }));
  return "ip" in r ? r.ip : undefined;
}

/** Whether a TCP connection from pod `from` ("ns/name" or "name" in default) to `to:port` would succeed. */
export function reach(env: SimEnvironment, from: string, to: string, port: number, cluster?: string): Reach {
  const { view, ns, name, pod } = podNamed(env, cluster, from);
  if (!pod) return { ok: false, detail: `source pod ${ns}/${name} does not exist` };
  if (pod.status?.phase !== "Running") return { ok: false, detail: `source pod ${ns}/${name} is ${pod.status?.phase ?? "not running"}` };
  const src = sourceOfPod(view, pod);
  const r = resolveHost(view, src, to, podResolvConf(pod));
  if (!("ip" in r)) return { ok: false, detail: r.error === "timeout" ? `${to} does not resolve (DNS timed out: ${r.detail})` : `${to} does not resolve` };
  const c = connect(view, src, r.ip, port);
  if (!c.ok) return { ok: false, detail: c.detail };
  if (c.service && c.pod) return { ok: true, detail: `service ${c.service.metadata.namespace}/${c.service.metadata.name} routes to endpoint ${c.ip}` };
  return { ok: true, detail: c.pod ? `pod ${c.pod.metadata.namespace}/${c.pod.metadata.name} answers on ${port}` : `${c.host?.name ?? r.ip} answers on ${port}` };
}
