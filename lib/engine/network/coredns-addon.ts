import type { KubeObject } from "../api/types";
import type { ApiServer } from "../apiserver/apiserver";
import { controllerRef, templateHash } from "../controllers/owners";
import type { Rand } from "../rand";
import type { NodeSpec } from "../topology";
import { DEFAULT_COREFILE } from "./corefile";
import { desiredSlice } from "../controllers/endpointslice";

/**
 * The CoreDNS add-on as `kubeadm init` installs it (cmd/kubeadm/app/phases/addons/dns/manifests.go):
 * ServiceAccount, ConfigMap `coredns` with the Corefile, and Deployment `coredns` (2 replicas) whose
 * ReplicaSet and pods already run when the lab starts.
 */

export const COREDNS_IMAGE = "registry.k8s.io/coredns/coredns:v1.11.3";

export function corednsDeployment(): KubeObject {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "coredns", namespace: "kube-system", labels: { "k8s-app": "kube-dns" } },
    spec: {
      replicas: 2,
      selector: { matchLabels: { "k8s-app": "kube-dns" } },
      strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1, maxSurge: "25%" } },
      template: {
        metadata: { labels: { "k8s-app": "kube-dns" } },
        spec: {
          priorityClassName: "system-cluster-critical",
          serviceAccountName: "coredns",
          affinity: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: { labelSelector: { matchExpressions: [{ key: "k8s-app", operator: "In", values: ["kube-dns"] }] }, topologyKey: "kubernetes.io/hostname" } }] } },
          tolerations: [{ key: "CriticalAddonsOnly", operator: "Exists" }, { key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" }],
          nodeSelector: { "kubernetes.io/os": "linux" },
          containers: [
            {
              name: "coredns",
              image: COREDNS_IMAGE,
              imagePullPolicy: "IfNotPresent",
              resources: { limits: { memory: "170Mi" }, requests: { cpu: "100m", memory: "70Mi" } },
              args: ["-conf", "/etc/coredns/Corefile"],
              volumeMounts: [{ name: "config-volume", mountPath: "/etc/coredns", readOnly: true }],
              ports: [
                { containerPort: 53, name: "dns", protocol: "UDP" },
                { containerPort: 53, name: "dns-tcp", protocol: "TCP" },
                { containerPort: 9153, name: "metrics", protocol: "TCP" },
              ],
              securityContext: { allowPrivilegeEscalation: false, capabilities: { add: ["NET_BIND_SERVICE"], drop: ["ALL"] }, readOnlyRootFilesystem: true },
              livenessProbe: { httpGet: { path: "/health", port: 8080, scheme: "HTTP" }, initialDelaySeconds: 60, timeoutSeconds: 5, successThreshold: 1, failureThreshold: 5 },
              readinessProbe: { httpGet: { path: "/ready", port: 8181, scheme: "HTTP" } },
            },
          ],
          dnsPolicy: "Default",
          volumes: [{ name: "config-volume", configMap: { name: "coredns", items: [{ key: "Corefile", path: "Corefile" }] } }],
        },
      },
    },
  };
}

/**
 * Creates the add-on and its two running pods on `node`. `running(pod, ip)` fills in the status
 * a started pod has (shared with the other bootstrap pods).
 */
export function bootstrapCoreDns(api: ApiServer, node: NodeSpec, rand: Rand, podIps: string[], running: (pod: KubeObject, ip: string) => KubeObject["status"]): void {
  api.create({ apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "coredns", namespace: "kube-system" } });
  api.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "coredns", namespace: "kube-system" }, data: { Corefile: DEFAULT_COREFILE } });
  const d = api.create(corednsDeployment());
  const { "pod-template-hash": _ignored, ...tplLabels } = d.spec.template.metadata?.labels ?? {};
  const hash = templateHash({ ...d.spec.template, metadata: { ...d.spec.template.metadata, labels: tplLabels } });
  const labels = { ...tplLabels, "pod-template-hash": hash };
  const rs = api.create({
    apiVersion: "apps/v1",
    kind: "ReplicaSet",
    metadata: { name: `coredns-${hash}`, namespace: "kube-system", labels, annotations: { "deployment.kubernetes.io/revision": "1", "deployment.kubernetes.io/desired-replicas": "2", "deployment.kubernetes.io/max-replicas": "3" }, ownerReferences: [controllerRef(d)] },
    spec: { replicas: 2, selector: { matchLabels: { ...d.spec.selector.matchLabels, "pod-template-hash": hash } }, template: { metadata: { ...d.spec.template.metadata, labels }, spec: structuredClone(d.spec.template.spec) } },
  });
  for (const ip of podIps) {
    const pod = api.create({
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: `coredns-${hash}-${rand.suffix()}`, namespace: "kube-system", labels, ownerReferences: [controllerRef(rs)] },
      spec: { ...structuredClone(d.spec.template.spec), nodeName: node.name, priority: 2000000000 },
    });
    pod.status = running(pod, ip);
    api.update(pod, {}, "status");
  }
  publishEndpoints(api);
}

/** The Endpoints and EndpointSlice of kube-dns as the controllers leave them once the pods are ready. */
function publishEndpoints(api: ApiServer): void {
  const svc = api.get("services", "kube-dns", "kube-system");
  const pods = api.list("pods", "kube-system").items;
  const { endpoints, ports } = desiredSlice(svc, pods);
  const addresses = (endpoints as { addresses: string[]; nodeName: string; targetRef: object }[]).map((e) => ({ ip: e.addresses[0], nodeName: e.nodeName, targetRef: e.targetRef }));
  const subsetPorts = ((svc.spec.ports ?? []) as { name: string; port: number; protocol: string }[]).map((p) => ({ name: p.name, port: p.port, protocol: p.protocol }));
  api.create({ apiVersion: "v1", kind: "Endpoints", metadata: { name: "kube-dns", namespace: "kube-system", labels: svc.metadata.labels }, subsets: [{ addresses, ports: subsetPorts }] });
  const labels = { ...svc.metadata.labels, "endpointslice.kubernetes.io/managed-by": "endpointslice-controller.k8s.io", "kubernetes.io/service-name": "kube-dns" };
  api.create({ apiVersion: "discovery.k8s.io/v1", kind: "EndpointSlice", metadata: { generateName: "kube-dns-", namespace: "kube-system", labels, ownerReferences: [controllerRef(svc)] }, addressType: "IPv4", endpoints, ports });
}
