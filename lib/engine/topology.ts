/** The machines and clusters a lab starts with. */
export interface NodeSpec {
  name: string;
  role: "control-plane" | "worker";
  ip: string;
}

export interface ClusterSpec {
  /** kubeconfig cluster name, e.g. `kubernetes`. */
  name: string;
  /** kubeconfig context name, e.g. `kubernetes-admin@kubernetes`. */
  context: string;
  version: string;
  nodes: NodeSpec[];
  podCidr: string;
}

export interface Topology {
  clusters: ClusterSpec[];
  /** The host a terminal starts on. */
  startHost: string;
}

export const KUBERNETES_VERSION = "v1.32.5";

export const defaultTopology = (): Topology => ({
  clusters: [
    {
      name: "kubernetes",
      context: "kubernetes-admin@kubernetes",
      version: KUBERNETES_VERSION,
      podCidr: "192.168.0.0/16",
      nodes: [
        { name: "controlplane", role: "control-plane", ip: "172.30.1.2" },
        { name: "node01", role: "worker", ip: "172.30.2.2" },
        { name: "node02", role: "worker", ip: "172.30.2.3" },
      ],
    },
  ],
  startHost: "controlplane",
});
