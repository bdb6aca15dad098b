import YAML from "yaml";
import { KUBERNETES_VERSION, type ClusterSpec, type Topology } from "../engine/topology";

/**
 * Exam-style topologies: several clusters, each with its own nodes, and one kubeconfig on the
 * start host holding a context per cluster (`kubectl config use-context k8s-c2`).
 */
export function examTopology(clusters: { context: string; workers: number }[], startHost?: string): Topology {
  const specs: ClusterSpec[] = clusters.map((c, i) => ({
    name: c.context,
    context: c.context,
    version: KUBERNETES_VERSION,
    podCidr: "192.168.0.0/16",
    nodes: [
      { name: `cluster${i + 1}-controlplane`, role: "control-plane", ip: `172.30.${10 + i}.2` },
      ...Array.from({ length: c.workers }, (_, w) => ({ name: `cluster${i + 1}-node${w + 1}`, role: "worker" as const, ip: `172.30.${10 + i}.${3 + w}` })),
    ],
  }));
  return { clusters: specs, startHost: startHost ?? specs[0].nodes[0].name };
}

/**
 * One kubeconfig with a context per cluster (named by the cluster spec), current = the first.
 * `adminConf` reads a cluster's /etc/kubernetes/admin.conf from its control-plane node.
 */
export function mergedKubeconfig(topology: Topology, adminConf: (spec: ClusterSpec) => string): string {
  const docs = topology.clusters.map((spec) => ({ spec, doc: YAML.parse(adminConf(spec)) }));
  const users = new Map<string, unknown>();
  for (const { doc } of docs) for (const u of doc.users) users.set(u.name, u);
  const merged = {
    apiVersion: "v1",
    clusters: docs.flatMap(({ doc }) => doc.clusters),
    contexts: docs.map(({ spec, doc }) => ({ context: doc.contexts[0].context, name: spec.context })),
    "current-context": topology.clusters[0].context,
    kind: "Config",
    preferences: {},
    users: [...users.values()],
  };
  return YAML.stringify(merged, { indentSeq: false });
}
