import type { KubeObject } from "../api/types";
import { isIPv4 } from "./cidr";
import { kubeProxyDown, readyBackends, type ServicePort } from "./kube-proxy";
import { listenerOn, podListeners, type Listener } from "./listeners";
import { hostPort } from "./host-ports";
import { egressAllowed, policyAllows, type Protocol } from "./policy";
import type { NetNode, NetView } from "./view";

/** Where a connection starts: a pod (its own IP, or its node's with hostNetwork) or a node's shell. */
export interface Source {
  node: string;
  ip: string;
  pod?: KubeObject;
}

export type Failure = "timeout" | "refused";

export type Connection =
  | { ok: true; ip: string; port: number; pod?: KubeObject; host?: NetNode; listener: Listener; service?: KubeObject }
  | { ok: false; error: Failure; detail: string };

export function sourceOfPod(view: NetView, pod: KubeObject): Source {
  const node = view.nodes.find((n) => n.name === pod.spec?.nodeName);
  return { node: pod.spec?.nodeName ?? "", ip: pod.spec?.hostNetwork ? (node?.ip ?? "") : (pod.status?.podIP ?? ""), pod };
}

export function sourceOfNode(node: NetNode): Source {
  return { node: node.name, ip: node.ip };
}

const timeout = (detail: string): Connection => ({ ok: false, error: "timeout", detail });
const refused = (detail: string): Connection => ({ ok: false, error: "refused", detail });

function toPod(view: NetView, src: Source, pod: KubeObject, ip: string, port: number, protocol: Protocol, service?: KubeObject): Connection {
  const who = `pod ${pod.metadata.namespace}/${pod.metadata.name}`;
  if (!policyAllows(view.policyContext(), { ip: src.ip, pod: src.pod }, { ip, pod }, port, protocol)) return timeout(`a NetworkPolicy drops traffic from ${src.pod ? `pod ${src.pod.metadata.namespace}/${src.pod.metadata.name}` : src.node} to ${who} on ${port}/${protocol}`);
  return inPod(pod, ip, port, protocol, service);
}

/** What answers on `port` inside the pod's network namespace, or a refusal (the kernel's RST). */
function inPod(pod: KubeObject, ip: string, port: number, protocol: Protocol, service?: KubeObject): Connection {
  const who = `pod ${pod.metadata.namespace}/${pod.metadata.name}`;
  if (pod.status?.phase !== "Running") return refused(`${who} is ${pod.status?.phase ?? "not running"}`);
  let listener = listenerOn(pod, port, protocol);
  if (!listener && podListeners(pod).length === 0) {
    const declared = ((pod.spec?.containers ?? []) as { ports?: { containerPort: number; protocol?: string }[] }[]).flatMap((c) => c.ports ?? []);
    if (declared.some((p) => p.containerPort === port && (p.protocol ?? "TCP") === protocol)) listener = { port, protocol, kind: "tcp" };
  }
  if (!listener) {
    const ports = [...new Set(podListeners(pod).map((l) => l.port))];
    return refused(ports.length ? `${who} listens on ${ports.join(",")}, not ${port}` : `${who} does not listen on ${port}`);
  }
  return { ok: true, ip, port, pod, listener, service };
}

/**
 * A node's own stack, reached at its IP or (from the node itself) at 127.0.0.0/8: NodePorts
 * (kube-proxy accepts them on localhost too), hostNetwork pods, then the node's daemons.
 * A closed port is refused at once.
 */
function toHost(view: NetView, src: Source, node: NetNode, ip: string, port: number, protocol: Protocol, loopback: boolean): Connection {
  const np = view.list("services").find((s) => ((s.spec?.ports ?? []) as ServicePort[]).some((p) => p.nodePort === port && (p.protocol ?? "TCP") === protocol));
  if (np) return viaService(view, src, np, (np.spec.ports as ServicePort[]).find((p) => p.nodePort === port)!, protocol, node.name);
  const hostPod = view.list("pods").find((p) => p.spec?.hostNetwork && p.spec?.nodeName === node.name && p.status?.phase === "Running" && listenerOn(p, port, protocol));
  if (hostPod) return { ok: true, ip, port, pod: hostPod, host: node, listener: listenerOn(hostPod, port, protocol)! };
  const daemon = protocol === "TCP" ? hostPort(port, node === view.controlPlane(), loopback) : undefined;
  if (daemon) return { ok: true, ip, port, host: node, listener: { port, protocol, kind: daemon.kind } };
  return refused(`nothing listens on ${node.name} (${ip}) port ${port}`);
}

/** 127.0.0.0/8 never leaves the sender: a pod's own namespace, or the node's (host network, node shell). */
function loopback(view: NetView, src: Source, ip: string, port: number, protocol: Protocol): Connection {
  if (src.pod && !src.pod.spec?.hostNetwork) return inPod(src.pod, ip, port, protocol);
  const node = view.nodes.find((n) => n.name === src.node);
  if (!node) return refused(`nothing listens on ${ip}:${port}`);
  return toHost(view, src, node, ip, port, protocol, true);
}

function viaService(view: NetView, src: Source, svc: KubeObject, sp: ServicePort, protocol: Protocol, proxyNode: string): Connection {
  const who = `service ${svc.metadata.namespace}/${svc.metadata.name}`;
  const down = kubeProxyDown(view, proxyNode);
  if (down) return timeout(`${who} is not reachable: ${down}`);
  if (svc.metadata.namespace === "default" && svc.metadata.name === "kubernetes") {
    const cp = view.controlPlane()!;
    return { ok: true, ip: cp.ip, port: 6443, host: cp, listener: { port: 6443, protocol: "TCP", kind: "tcp" }, service: svc };
  }
  let backends = readyBackends(view, svc, sp);
  if (sp.nodePort && svc.spec?.externalTrafficPolicy === "Local") backends = backends.filter((b) => b.pod.spec?.nodeName === proxyNode);
  if (!backends.length) return refused(`${who} has no ready endpoints`);
  const results = backends.map((b) => toPod(view, src, b.pod, b.ip, b.port, protocol, svc));
  return results.find((r) => r.ok) ?? results[0];
}

/**
 * Opens a connection from `src` to `ip:port` the way the packet would travel: kube-proxy DNAT for
 * Service IPs and NodePorts, NetworkPolicy at both ends, then a listening process — or a timeout
 * (dropped) or a refusal (RST / REJECT).
 */
export function connect(view: NetView, src: Source, ip: string, port: number, protocol: Protocol = "TCP"): Connection {
  if (!isIPv4(ip)) return timeout(`${ip} is not an address`);
  if (ip.startsWith("127.")) return loopback(view, src, ip, port, protocol);
  const svc = view.serviceByClusterIp(ip);
  if (svc) {
    const sp = ((svc.spec?.ports ?? []) as ServicePort[]).find((p) => p.port === port && (p.protocol ?? "TCP") === protocol);
    if (!sp) return timeout(`service ${svc.metadata.namespace}/${svc.metadata.name} has no port ${port}${protocol === "TCP" ? "" : `/${protocol}`}`);
    return viaService(view, src, svc, sp, protocol, src.node);
  }
  const node = view.nodeByIp(ip);
  if (node) {
    if (!egressAllowed(view.policyContext(), { ip: src.ip, pod: src.pod }, { ip }, port, protocol)) return timeout(`a NetworkPolicy drops traffic from pod ${src.pod?.metadata.namespace}/${src.pod?.metadata.name} to ${node.name}`);
    return toHost(view, src, node, ip, port, protocol, false);
  }
  const pod = view.podByIp(ip);
  if (pod) return toPod(view, src, pod, ip, port, protocol);
  if (src.ip === ip) return refused(`nothing listens on ${ip}:${port}`);
  return timeout(`no pod or node has IP ${ip}`);
}
