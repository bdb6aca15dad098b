import type { KubeObject } from "../api/types";

/**
 * External provisioners the simulation can run. Each works only while its controller pod is
 * Running in the cluster (a lab installs it as a Deployment), like the real out-of-tree
 * provisioners: with the pod gone, claims wait with ExternalProvisioning events.
 */
export interface SimulatedProvisioner {
  name: string;
  /** Labels that identify the provisioner's pod. */
  podLabels: Record<string, string>;
  /** Volumes need a selected node (local-path refuses Immediate binding). */
  needsNode: boolean;
  /** Whether volumes can be expanded (external-resizer present). */
  expandable: boolean;
  /** The volume source of a provisioned PV. */
  source(pvName: string, pvc: KubeObject, node: string | undefined, params: Record<string, string>): Record<string, unknown>;
}

export const PROVISIONERS: SimulatedProvisioner[] = [
  {
    // rancher/local-path-provisioner: a directory under /opt/local-path-provisioner on the chosen node.
    name: "rancher.io/local-path",
    podLabels: { app: "local-path-provisioner" },
    needsNode: true,
    expandable: false,
    source: (pvName, pvc) => ({ hostPath: { path: `/opt/local-path-provisioner/${pvName}_${pvc.metadata.namespace}_${pvc.metadata.name}`, type: "DirectoryOrCreate" } }),
  },
  {
    // kubernetes-csi/csi-driver-host-path: CSI volumes that support expansion.
    name: "hostpath.csi.k8s.io",
    podLabels: { "app.kubernetes.io/name": "csi-hostpathplugin" },
    needsNode: false,
    expandable: true,
    source: (pvName) => ({ csi: { driver: "hostpath.csi.k8s.io", volumeHandle: pvName.replace(/^pvc-/, ""), volumeAttributes: { "storage.kubernetes.io/csiProvisionerIdentity": "1767258000000-7483-hostpath.csi.k8s.io" } } }),
  },
];

export function simulatedProvisioner(name: string | undefined): SimulatedProvisioner | undefined {
  return PROVISIONERS.find((p) => p.name === name);
}

/** The provisioner's running pod, if any (its name appears in the events it records). */
export function provisionerPod(p: SimulatedProvisioner, pods: KubeObject[]): KubeObject | undefined {
  return pods.find((pod) => pod.status?.phase === "Running" && !pod.metadata.deletionTimestamp && Object.entries(p.podLabels).every(([k, v]) => pod.metadata.labels?.[k] === v));
}
