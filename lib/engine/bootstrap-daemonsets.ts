import type { KubeObject } from "./api/types";
import type { ApiServer } from "./apiserver/apiserver";
import type { ClusterSpec, NodeSpec } from "./topology";
import { daemonPodSpec, nodeShouldRunDaemonPod } from "./controllers/daemonset";
import { controllerRef } from "./controllers/owners";
import { REVISION_HASH_LABEL, syncRevisions } from "./controllers/revisions";

/** kube-proxy as `kubeadm init` installs it (cmd/kubeadm/app/phases/addons/proxy/manifests.go). */
function kubeProxy(cluster: ClusterSpec): KubeObject {
  return {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: { name: "kube-proxy", namespace: "kube-system", labels: { "k8s-app": "kube-proxy" } },
    spec: {
      selector: { matchLabels: { "k8s-app": "kube-proxy" } },
      template: {
        metadata: { labels: { "k8s-app": "kube-proxy" } },
        spec: {
          containers: [
            {
              name: "kube-proxy",
              image: `registry.k8s.io/kube-proxy:${cluster.version}`,
              command: ["/usr/local/bin/kube-proxy", "--config=/var/lib/kube-proxy/config.conf", "--hostname-override=$(NODE_NAME)"],
              env: [{ name: "NODE_NAME", valueFrom: { fieldRef: { apiVersion: "v1", fieldPath: "spec.nodeName" } } }],
              securityContext: { privileged: true },
              volumeMounts: [
                { mountPath: "/run/xtables.lock", name: "xtables-lock" },
                { mountPath: "/lib/modules", name: "lib-modules", readOnly: true },
              ],
            },
          ],
          hostNetwork: true,
          nodeSelector: { "kubernetes.io/os": "linux" },
          priorityClassName: "system-node-critical",
          serviceAccountName: "kube-proxy",
          tolerations: [{ operator: "Exists" }],
          volumes: [
            { name: "xtables-lock", hostPath: { path: "/run/xtables.lock", type: "FileOrCreate" } },
            { name: "lib-modules", hostPath: { path: "/lib/modules", type: "" } },
          ],
        },
      },
    },
  };
}

/** calico-node from Calico's calico.yaml manifest (v3.29). */
function calicoNode(): KubeObject {
  return {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: { name: "calico-node", namespace: "kube-system", labels: { "k8s-app": "calico-node" } },
    spec: {
      selector: { matchLabels: { "k8s-app": "calico-node" } },
      updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1 } },
      template: {
        metadata: { labels: { "k8s-app": "calico-node" } },
        spec: {
          containers: [
            {
              name: "calico-node",
              image: "docker.io/calico/node:v3.29.1",
              env: [
                { name: "DATASTORE_TYPE", value: "kubernetes" },
                { name: "CLUSTER_TYPE", value: "k8s,bgp" },
                { name: "CALICO_IPV4POOL_IPIP", value: "Always" },
                { name: "NODENAME", valueFrom: { fieldRef: { apiVersion: "v1", fieldPath: "spec.nodeName" } } },
              ],
              resources: { requests: { cpu: "250m" } },
              securityContext: { privileged: true },
            },
          ],
          hostNetwork: true,
          nodeSelector: { "kubernetes.io/os": "linux" },
          priorityClassName: "system-node-critical",
          serviceAccountName: "calico-node",
          terminationGracePeriodSeconds: 0,
          tolerations: [{ effect: "NoSchedule", operator: "Exists" }, { key: "CriticalAddonsOnly", operator: "Exists" }, { effect: "NoExecute", operator: "Exists" }],
        },
      },
    },
  };
}

/**
 * Installs the node agents as real DaemonSets with one running pod per node, as the daemonset
 * controller would have left them. `runPod` gives a created pod its Running status.
 */
export function bootstrapDaemonSets(api: ApiServer, cluster: ClusterSpec, nodes: KubeObject[], runPod: (pod: KubeObject, node: NodeSpec) => void): void {
  for (const sa of ["kube-proxy", "calico-node"]) api.create({ apiVersion: "v1", kind: "ServiceAccount", metadata: { name: sa, namespace: "kube-system" } });
  for (const manifest of [calicoNode(), kubeProxy(cluster)]) {
    const ds = api.create(manifest);
    const { hash } = syncRevisions(api, ds, []);
    let count = 0;
    for (const node of nodes) {
      if (!nodeShouldRunDaemonPod(ds, node).shouldRun) continue;
      const spec = cluster.nodes.find((n) => n.name === node.metadata.name)!;
      const pod = api.create({
        apiVersion: "v1",
        kind: "Pod",
        metadata: { generateName: `${ds.metadata.name}-`, namespace: "kube-system", labels: { ...ds.spec.template.metadata.labels, [REVISION_HASH_LABEL]: hash, "pod-template-generation": "1" }, ownerReferences: [controllerRef(ds)] },
        spec: { ...daemonPodSpec(ds, spec.name), nodeName: spec.name, priority: 2000001000 },
      });
      runPod(pod, spec);
      count++;
    }
    const status = { currentNumberScheduled: count, desiredNumberScheduled: count, numberAvailable: count || undefined, numberMisscheduled: 0, numberReady: count, observedGeneration: 1, updatedNumberScheduled: count || undefined };
    api.update({ ...ds, metadata: { ...ds.metadata, resourceVersion: undefined }, status: JSON.parse(JSON.stringify(status)) }, {}, "status");
  }
}
