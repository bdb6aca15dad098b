import type { KubeObject } from "../api/types";
import type { SimCluster, SimEnvironment } from "../cluster";
import { recordEvent } from "../events";
import type { Controller } from "./controller";
import { ANN_PROVISIONED_BY, ANN_SELECTED_NODE, ANN_STORAGE_PROVISIONER, classOf } from "../storage/volumes";
import { PROVISIONERS, provisionerPod, type SimulatedProvisioner } from "../storage/provisioners";

/**
 * The out-of-tree provisioners (external-provisioner sidecar + driver) of the simulated cluster:
 * each provisions volumes for claims annotated with its name while its pod runs, and deletes the
 * volumes it made once they are Released with reclaim policy Delete.
 */

function identity(p: SimulatedProvisioner, pod: KubeObject): string {
  return `${p.name}_${pod.metadata.name}_${pod.metadata.uid}`;
}

function provisionedPath(pv: KubeObject): { node?: string; path?: string } {
  const terms = pv.spec?.nodeAffinity?.required?.nodeSelectorTerms ?? [];
  const node = terms[0]?.matchExpressions?.find((e: { key: string }) => e.key === "kubernetes.io/hostname")?.values?.[0];
  return { node, path: pv.spec?.hostPath?.path };
}

function provision(env: SimEnvironment, cluster: SimCluster, p: SimulatedProvisioner, pod: KubeObject, pvc: KubeObject, sc: KubeObject): void {
  const api = cluster.api;
  const who = identity(p, pod);
  const node = pvc.metadata.annotations?.[ANN_SELECTED_NODE];
  const failed = (env.controllerState["provisioner-failed"] ??= {}) as Record<string, boolean>;
  if (p.needsNode && !node) {
    if (failed[pvc.metadata.uid!]) return;
    failed[pvc.metadata.uid!] = true;
    recordEvent(cluster, env, pvc, "Warning", "ProvisioningFailed", `failed to provision volume with StorageClass "${sc.metadata.name}": configuration error, no node was specified`, who);
    return;
  }
  const name = `pvc-${pvc.metadata.uid}`;
  if (api.list("persistentvolumes", undefined).items.some((v) => v.metadata.name === name)) return;
  recordEvent(cluster, env, pvc, "Normal", "Provisioning", `External provisioner is provisioning volume for claim "${pvc.metadata.namespace}/${pvc.metadata.name}"`, who);
  const params = (sc.parameters ?? {}) as Record<string, string>;
  const nodeAffinity = p.needsNode ? { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: "kubernetes.io/hostname", operator: "In", values: [node] }] }] } } : undefined;
  api.create({
    apiVersion: "v1",
    kind: "PersistentVolume",
    metadata: { name, annotations: { [ANN_PROVISIONED_BY]: p.name, ...(p.needsNode ? { "local.path.provisioner/selected-node": node! } : {}) } },
    spec: {
      accessModes: pvc.spec.accessModes,
      capacity: { storage: pvc.spec.resources.requests.storage },
      claimRef: { apiVersion: "v1", kind: "PersistentVolumeClaim", name: pvc.metadata.name, namespace: pvc.metadata.namespace, resourceVersion: pvc.metadata.resourceVersion, uid: pvc.metadata.uid },
      ...p.source(name, pvc, node, params),
      ...(nodeAffinity ? { nodeAffinity } : {}),
      persistentVolumeReclaimPolicy: sc.reclaimPolicy ?? "Delete",
      storageClassName: sc.metadata.name,
      volumeMode: pvc.spec.volumeMode ?? "Filesystem",
    },
  });
  const path = p.source(name, pvc, node, params).hostPath as { path?: string } | undefined;
  if (node && path?.path) env.hosts.get(node)?.fs.mkdir(path.path, { recursive: true });
  recordEvent(cluster, env, pvc, "Normal", "ProvisioningSucceeded", `Successfully provisioned volume ${name}`, who);
}

export const volumeProvisioner: Controller = {
  name: "volume-provisioner",
  sync(env, cluster) {
    const api = cluster.api;
    const pods = api.listView("pods", undefined);
    const classes = api.list("storageclasses", undefined).items;
    for (const p of PROVISIONERS) {
      const pod = provisionerPod(p, pods);
      if (!pod) continue;
      for (const pvc of api.list("persistentvolumeclaims", undefined).items) {
        if (pvc.spec?.volumeName || pvc.metadata.deletionTimestamp || pvc.metadata.annotations?.[ANN_STORAGE_PROVISIONER] !== p.name) continue;
        const sc = classes.find((c) => c.metadata.name === classOf(pvc) && c.provisioner === p.name);
        if (sc) provision(env, cluster, p, pod, pvc, sc);
      }
      for (const pv of api.list("persistentvolumes", undefined).items) {
        if (pv.metadata.annotations?.[ANN_PROVISIONED_BY] !== p.name || pv.status?.phase !== "Released" || pv.spec?.persistentVolumeReclaimPolicy !== "Delete" || pv.metadata.deletionTimestamp) continue;
        const { node, path } = provisionedPath(pv);
        const fs = node ? env.hosts.get(node)?.fs : undefined;
        if (fs && path && fs.exists(path)) fs.remove(path, { recursive: true });
        api.delete("persistentvolumes", pv.metadata.name!, undefined);
      }
    }
  },
};
