import type { Listener } from "./listeners";

/**
 * The TCP ports a kubeadm node's own daemons listen on, and on which addresses, as kubeadm
 * configures them: the apiserver, kubelet, kube-proxy healthz and sshd bind every address; etcd
 * serves clients on 127.0.0.1 and the node IP, peers on the node IP only; the controller-manager,
 * scheduler, etcd metrics, kubelet healthz and kube-proxy metrics bind 127.0.0.1 only.
 * Anything else on a reachable host is closed: the kernel answers the SYN with a RST (refused).
 */
export interface HostPort {
  kind: Listener["kind"];
  /** Only the control-plane node runs it (a static pod of kubeadm). */
  controlPlaneOnly?: boolean;
  /** Bound where: every address, the loopback only, or the node IP only. */
  bind: "all" | "loopback" | "node-ip";
}

export const HOST_PORTS: Record<number, HostPort> = {
  22: { kind: "tcp", bind: "all" },
  6443: { kind: "tcp", bind: "all", controlPlaneOnly: true },
  2379: { kind: "tcp", bind: "all", controlPlaneOnly: true },
  2380: { kind: "tcp", bind: "node-ip", controlPlaneOnly: true },
  2381: { kind: "tcp", bind: "loopback", controlPlaneOnly: true },
  10257: { kind: "tcp", bind: "loopback", controlPlaneOnly: true },
  10259: { kind: "tcp", bind: "loopback", controlPlaneOnly: true },
  /** The kubelet's plain-HTTP healthz endpoint. */
  10248: { kind: "healthz", bind: "loopback" },
  10249: { kind: "tcp", bind: "loopback" },
  10250: { kind: "tcp", bind: "all" },
  10256: { kind: "tcp", bind: "all" },
};

/** The daemon listening on `port` of a node reached through `loopback` (127.0.0.0/8) or its IP. */
export function hostPort(port: number, controlPlane: boolean, loopback: boolean): HostPort | undefined {
  const p = Object.hasOwn(HOST_PORTS, port) ? HOST_PORTS[port] : undefined;
  if (!p || (p.controlPlaneOnly && !controlPlane)) return undefined;
  if (p.bind === "loopback" && !loopback) return undefined;
  if (p.bind === "node-ip" && loopback) return undefined;
  return p;
}
