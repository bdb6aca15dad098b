import type { ClusterSpec, NodeSpec } from "../topology";

/**
 * The files kubeadm leaves on a node. Static pod manifests are what the kubelet runs the control
 * plane from: the engine re-reads them, so editing them changes the cluster as in a real one.
 */

const ETCD_IMAGE = "registry.k8s.io/etcd:3.5.16-0";

export function etcdManifest(cp: NodeSpec): string {
  return `apiVersion: v1
kind: Pod
metadata:
  annotations:
    kubeadm.kubernetes.io/etcd.advertise-client-urls: https://${cp.ip}:2379
  labels:
    component: etcd
    tier: control-plane
  name: etcd
  namespace: kube-system
spec:
  containers:
  - command:
    - etcd
    - --advertise-client-urls=https://${cp.ip}:2379
    - --cert-file=/etc/kubernetes/pki/etcd/server.crt
    - --client-cert-auth=true
    - --data-dir=/var/lib/etcd
    - --experimental-initial-corrupt-check=true
    - --experimental-watch-progress-notify-interval=5s
    - --initial-advertise-peer-urls=https://${cp.ip}:2380
    - --initial-cluster=${cp.name}=https://${cp.ip}:2380
    - --key-file=/etc/kubernetes/pki/etcd/server.key
    - --listen-client-urls=https://127.0.0.1:2379,https://${cp.ip}:2379
    - --listen-metrics-urls=http://127.0.0.1:2381
    - --listen-peer-urls=https://${cp.ip}:2380
    - --name=${cp.name}
    - --peer-cert-file=/etc/kubernetes/pki/etcd/peer.crt
    - --peer-client-cert-auth=true
    - --peer-key-file=/etc/kubernetes/pki/etcd/peer.key
    - --peer-trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt
    - --snapshot-count=10000
    - --trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt
    image: ${ETCD_IMAGE}
    imagePullPolicy: IfNotPresent
    name: etcd
    resources:
      requests:
        cpu: 100m
        memory: 100Mi
    volumeMounts:
    - mountPath: /var/lib/etcd
      name: etcd-data
    - mountPath: /etc/kubernetes/pki/etcd
      name: etcd-certs
  hostNetwork: true
  priority: 2000001000
  priorityClassName: system-node-critical
  securityContext:
    seccompProfile:
      type: RuntimeDefault
  volumes:
  - hostPath:
      path: /etc/kubernetes/pki/etcd
      type: DirectoryOrCreate
    name: etcd-certs
  - hostPath:
      path: /var/lib/etcd
      type: DirectoryOrCreate
    name: etcd-data
status: {}
`;
}

function controlPlaneManifest(component: string, cpuRequest: string, command: string[], version: string): string {
  return `apiVersion: v1
kind: Pod
metadata:
  labels:
    component: ${component}
    tier: control-plane
  name: ${component}
  namespace: kube-system
spec:
  containers:
  - command:
${command.map((c) => `    - ${c}`).join("\n")}
    image: registry.k8s.io/${component}:${version}
    imagePullPolicy: IfNotPresent
    name: ${component}
    resources:
      requests:
        cpu: ${cpuRequest}
    volumeMounts:
    - mountPath: /etc/kubernetes/pki
      name: k8s-certs
      readOnly: true
  hostNetwork: true
  priority: 2000001000
  priorityClassName: system-node-critical
  securityContext:
    seccompProfile:
      type: RuntimeDefault
  volumes:
  - hostPath:
      path: /etc/kubernetes/pki
      type: DirectoryOrCreate
    name: k8s-certs
status: {}
`;
}

export function apiserverManifest(cp: NodeSpec, version: string): string {
  return controlPlaneManifest(
    "kube-apiserver",
    "250m",
    [
      "kube-apiserver",
      `--advertise-address=${cp.ip}`,
      "--allow-privileged=true",
      "--authorization-mode=Node,RBAC",
      "--client-ca-file=/etc/kubernetes/pki/ca.crt",
      "--enable-admission-plugins=NodeRestriction",
      "--enable-bootstrap-token-auth=true",
      "--etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt",
      "--etcd-certfile=/etc/kubernetes/pki/apiserver-etcd-client.crt",
      "--etcd-keyfile=/etc/kubernetes/pki/apiserver-etcd-client.key",
      "--etcd-servers=https://127.0.0.1:2379",
      "--kubelet-client-certificate=/etc/kubernetes/pki/apiserver-kubelet-client.crt",
      "--kubelet-client-key=/etc/kubernetes/pki/apiserver-kubelet-client.key",
      "--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname",
      "--secure-port=6443",
      "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
      "--service-account-key-file=/etc/kubernetes/pki/sa.pub",
      "--service-account-signing-key-file=/etc/kubernetes/pki/sa.key",
      "--service-cluster-ip-range=10.96.0.0/12",
      "--tls-cert-file=/etc/kubernetes/pki/apiserver.crt",
      "--tls-private-key-file=/etc/kubernetes/pki/apiserver.key",
    ],
    version,
  );
}

export function controllerManagerManifest(cluster: ClusterSpec): string {
  return controlPlaneManifest(
    "kube-controller-manager",
    "200m",
    [
      "kube-controller-manager",
      "--allocate-node-cidrs=true",
      "--authentication-kubeconfig=/etc/kubernetes/controller-manager.conf",
      "--authorization-kubeconfig=/etc/kubernetes/controller-manager.conf",
      "--bind-address=127.0.0.1",
      "--client-ca-file=/etc/kubernetes/pki/ca.crt",
      `--cluster-cidr=${cluster.podCidr}`,
      `--cluster-name=${cluster.name}`,
      "--cluster-signing-cert-file=/etc/kubernetes/pki/ca.crt",
      "--cluster-signing-key-file=/etc/kubernetes/pki/ca.key",
      "--controllers=*,bootstrapsigner,tokencleaner",
      "--kubeconfig=/etc/kubernetes/controller-manager.conf",
      "--leader-elect=true",
      "--root-ca-file=/etc/kubernetes/pki/ca.crt",
      "--service-account-private-key-file=/etc/kubernetes/pki/sa.key",
      "--service-cluster-ip-range=10.96.0.0/12",
      "--use-service-account-credentials=true",
    ],
    cluster.version,
  );
}

export function schedulerManifest(version: string): string {
  return controlPlaneManifest(
    "kube-scheduler",
    "100m",
    ["kube-scheduler", "--authentication-kubeconfig=/etc/kubernetes/scheduler.conf", "--authorization-kubeconfig=/etc/kubernetes/scheduler.conf", "--bind-address=127.0.0.1", "--kubeconfig=/etc/kubernetes/scheduler.conf", "--leader-elect=true"],
    version,
  );
}

export const KUBELET_CONFIG = `apiVersion: kubelet.config.k8s.io/v1beta1
authentication:
  anonymous:
    enabled: false
  webhook:
    cacheTTL: 0s
    enabled: true
  x509:
    clientCAFile: /etc/kubernetes/pki/ca.crt
authorization:
  mode: Webhook
cgroupDriver: systemd
clusterDNS:
- 10.96.0.10
clusterDomain: cluster.local
containerRuntimeEndpoint: ""
healthzBindAddress: 127.0.0.1
healthzPort: 10248
kind: KubeletConfiguration
rotateCertificates: true
staticPodPath: /etc/kubernetes/manifests
`;

export const KUBELET_DROPIN = `# Note: This dropin only works with kubeadm and kubelet v1.11+
[Service]
Environment="KUBELET_KUBECONFIG_ARGS=--bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf"
Environment="KUBELET_CONFIG_ARGS=--config=/var/lib/kubelet/config.yaml"
# This is a file that "kubeadm init" and "kubeadm join" generates at runtime, populating the KUBELET_KUBEADM_ARGS variable dynamically
EnvironmentFile=-/var/lib/kubelet/kubeadm-flags.env
# This is a file that the user can use for overrides of the kubelet args as a last resort.
EnvironmentFile=-/etc/default/kubelet
ExecStart=
ExecStart=/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS
`;

export const BASHRC = `# ~/.bashrc: executed by bash(1) for non-login shells.
export PS1='\\h:\\w\\$ '
alias k=kubectl
complete -o default -F __start_kubectl k
`;
