import { reconcileApiserverEndpoints } from "./controllers/apiserver-endpoints";
import type { KubeObject } from "./api/types";
import { rfc3339 } from "./clock";
import type { ApiServer } from "./apiserver/apiserver";
import type { ClusterSpec, NodeSpec } from "./topology";
import type { Rand } from "./rand";
import { installBootstrapPolicy } from "./apiserver/bootstrap-policy";
import { aggregateClusterRoles } from "./controllers/clusterrole-aggregation";
import { bootstrapCoreDns } from "./network/coredns-addon";
import { bootstrapDaemonSets } from "./bootstrap-daemonsets";
import { mirrorAnnotations } from "./kubelet/static-pods";
import { apiserverManifest, controllerManagerManifest, etcdManifest, schedulerManifest } from "./nodes/kubeadm-files";
import { SYSTEM_PRIORITY_CLASSES } from "./registry/kinds/priorityclass";
import { nodeLease } from "./kubelet/node-lease";

/** The objects a fresh kubeadm cluster has: namespaces, nodes, and the kube-system pods. */

const CONTAINERD = "containerd://1.7.27";
const OS_IMAGE = "Ubuntu 24.04.2 LTS";
const KERNEL = "6.8.0-57-generic";

export function nodeConditions(ready: boolean, nowIso: string, since: string) {
  const ok = (type: string, reason: string, message: string) => ({ type, status: "False", lastHeartbeatTime: nowIso, lastTransitionTime: since, reason, message });
  return [
    ok("MemoryPressure", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
    ok("DiskPressure", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
    ok("PIDPressure", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
    ready
      ? { type: "Ready", status: "True", lastHeartbeatTime: nowIso, lastTransitionTime: since, reason: "KubeletReady", message: "kubelet is posting ready status" }
      : { type: "Ready", status: "Unknown", lastHeartbeatTime: nowIso, lastTransitionTime: since, reason: "NodeStatusUnknown", message: "Kubelet stopped posting node status." },
  ];
}

export function nodeObject(cluster: ClusterSpec, node: NodeSpec, index: number, nowIso: string): KubeObject {
  const cp = node.role === "control-plane";
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: {
      name: node.name,
      labels: {
        "beta.kubernetes.io/arch": "amd64",
        "beta.kubernetes.io/os": "linux",
        "kubernetes.io/arch": "amd64",
        "kubernetes.io/hostname": node.name,
        "kubernetes.io/os": "linux",
        ...(cp ? { "node-role.kubernetes.io/control-plane": "", "node.kubernetes.io/exclude-from-external-load-balancers": "" } : {}),
      },
      annotations: {
        "kubeadm.alpha.kubernetes.io/cri-socket": "unix:///var/run/containerd/containerd.sock",
        "node.alpha.kubernetes.io/ttl": "0",
        "volumes.kubernetes.io/controller-managed-attach-detach": "true",
      },
    },
    spec: { podCIDR: `192.168.${index}.0/24`, podCIDRs: [`192.168.${index}.0/24`], ...(cp ? { taints: [{ key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" }] } : {}) },
    status: {
      addresses: [
        { type: "InternalIP", address: node.ip },
        { type: "Hostname", address: node.name },
      ],
      allocatable: { cpu: "2", "ephemeral-storage": "19586931083", "hugepages-2Mi": "0", memory: "3901292Ki", pods: "110" },
      capacity: { cpu: "2", "ephemeral-storage": "20134592Ki", "hugepages-2Mi": "0", memory: "4003692Ki", pods: "110" },
      conditions: nodeConditions(true, nowIso, nowIso),
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        architecture: "amd64",
        bootID: "",
        containerRuntimeVersion: CONTAINERD,
        kernelVersion: KERNEL,
        kubeProxyVersion: cluster.version,
        kubeletVersion: cluster.version,
        machineID: "",
        operatingSystem: "linux",
        osImage: OS_IMAGE,
        systemUUID: "",
      },
    },
  };
}

interface SystemPod {
  name: string;
  container: string;
  node: NodeSpec;
  labels: Record<string, string>;
  image: string;
  hostNetwork: boolean;
  owner?: { kind: string; name: string };
}

function runningStatus(p: SystemPod, podIp: string, startIso: string) {
  const cond = (type: string) => ({ type, status: "True", lastProbeTime: null, lastTransitionTime: startIso });
  return {
    phase: "Running",
    conditions: ["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled"].map(cond),
    hostIP: p.node.ip,
    hostIPs: [{ ip: p.node.ip }],
    podIP: podIp,
    podIPs: [{ ip: podIp }],
    startTime: startIso,
    qosClass: "Burstable",
    containerStatuses: [
      {
        name: p.container,
        image: p.image,
        imageID: `${p.image.split(":")[0]}@sha256:${"0".repeat(64)}`,
        containerID: `containerd://${"a".repeat(64)}`,
        ready: true,
        started: true,
        restartCount: 0,
        state: { running: { startedAt: startIso } },
        lastState: {},
      },
    ],
  };
}

/** Creates the cluster's starting objects through the API server (so defaults and keys are real). */
export function bootstrapCluster(api: ApiServer, cluster: ClusterSpec, rand: Rand, nowMs: number): void {
  const now = rfc3339(nowMs);
  for (const ns of ["default", "kube-node-lease", "kube-public", "kube-system"]) api.create({ apiVersion: "v1", kind: "Namespace", metadata: { name: ns } });
  installBootstrapPolicy(api, nowMs);
  aggregateClusterRoles(api);
  for (const pc of SYSTEM_PRIORITY_CLASSES) api.create(pc);
  cluster.nodes.forEach((n, i) => {
    const node = api.create(nodeObject(cluster, n, i, now));
    api.create(nodeLease(node, nowMs));
  });
  for (const ns of ["default", "kube-node-lease", "kube-public", "kube-system"]) api.create({ apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "default", namespace: ns } });
  api.create({
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: "kubernetes", namespace: "default", labels: { component: "apiserver", provider: "kubernetes" } },
    spec: { clusterIP: "10.96.0.1", clusterIPs: ["10.96.0.1"], ports: [{ name: "https", port: 443, protocol: "TCP", targetPort: 6443 }] },
  });
  api.create({
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: "kube-dns", namespace: "kube-system", labels: { "k8s-app": "kube-dns", "kubernetes.io/cluster-service": "true", "kubernetes.io/name": "CoreDNS" } },
    spec: {
      clusterIP: "10.96.0.10",
      clusterIPs: ["10.96.0.10"],
      selector: { "k8s-app": "kube-dns" },
      ports: [
        { name: "dns", port: 53, protocol: "UDP", targetPort: 53 },
        { name: "dns-tcp", port: 53, protocol: "TCP", targetPort: 53 },
        { name: "metrics", port: 9153, protocol: "TCP", targetPort: 9153 },
      ],
    },
  });

  const nodes = api.list("nodes", undefined).items;
  bootstrapDaemonSets(api, cluster, nodes, (pod, node) => {
    const c = pod.spec.containers[0];
    pod.status = runningStatus({ name: pod.metadata.name!, container: c.name, node, labels: {}, image: c.image, hostNetwork: true }, node.ip, now);
    api.update(pod, {}, "status");
  });
  const cp = cluster.nodes.find((n) => n.role === "control-plane") ?? cluster.nodes[0];
  const pods: SystemPod[] = [
    ...["etcd", "kube-apiserver", "kube-controller-manager", "kube-scheduler"].map((c) => ({
      name: `${c}-${cp.name}`,
      container: c,
      node: cp,
      labels: { component: c, tier: "control-plane" },
      image: c === "etcd" ? "registry.k8s.io/etcd:3.5.16-0" : `registry.k8s.io/${c}:${cluster.version}`,
      hostNetwork: true,
      owner: { kind: "Node", name: cp.name },
    })),
  ];
  const STATIC_MANIFESTS: Record<string, () => string> = {
    etcd: () => etcdManifest(cp),
    "kube-apiserver": () => apiserverManifest(cp, cluster.version),
    "kube-controller-manager": () => controllerManagerManifest(cluster),
    "kube-scheduler": () => schedulerManifest(cluster.version),
  };
  let podIndex = 2;
  for (const p of pods) {
    // Mirror pods of the kubeadm manifests, as the kubelet posts them (annotations, owned by the Node).
    const cpNode = nodes.find((n) => n.metadata.name === p.node.name);
    const mirror = { annotations: mirrorAnnotations(STATIC_MANIFESTS[p.container](), nowMs), ownerReferences: [{ apiVersion: "v1", kind: "Node", name: p.node.name, uid: cpNode?.metadata.uid ?? "", controller: true }] };
    const created = api.create({
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: p.name, namespace: "kube-system", labels: p.labels, ...mirror },
      spec: { nodeName: p.node.name, hostNetwork: p.hostNetwork || undefined, priorityClassName: "system-node-critical", priority: 2000001000, containers: [{ name: p.container, image: p.image }] },
    });
    const podIp = p.hostNetwork ? p.node.ip : `192.168.0.${podIndex++}`;
    created.status = runningStatus(p, podIp, now);
    api.update(created, {}, "status");
  }
  bootstrapCoreDns(api, cp, rand, ["192.168.0.2", "192.168.0.3"], (pod, ip) => runningStatus({ name: pod.metadata.name!, container: "coredns", node: cp, labels: {}, image: pod.spec.containers[0].image, hostNetwork: false }, ip, now));
  reconcileApiserverEndpoints(api, cluster);
}
