import type { KubeObject } from "../api/types";
import type { Controller } from "./controller";
import { podClaimNames, PV_PROTECTION, PVC_PROTECTION } from "../storage/volumes";

/**
 * pvc-protection and pv-protection controllers: a claim being deleted keeps its finalizer while a
 * pod still uses it (it shows `Terminating`); a volume keeps its finalizer while it is Bound.
 * Models pkg/controller/volume/pvcprotection and pvprotection.
 */
function dropFinalizer(api: { update(o: KubeObject): KubeObject }, obj: KubeObject, finalizer: string) {
  api.update({ ...obj, metadata: { ...obj.metadata, resourceVersion: undefined, finalizers: (obj.metadata.finalizers ?? []).filter((f) => f !== finalizer) } });
}

export const storageProtection: Controller = {
  name: "storage-protection",
  sync(_env, cluster) {
    const api = cluster.api;
    const claims = api.list("persistentvolumeclaims", undefined).items.filter((c) => c.metadata.deletionTimestamp && c.metadata.finalizers?.includes(PVC_PROTECTION));
    if (claims.length) {
      // Only scheduled pods hold a claim: the kubelet never starts a pod whose claim is being deleted.
      const pods = api.listView("pods", undefined).filter((p) => p.spec?.nodeName && !["Succeeded", "Failed"].includes(p.status?.phase));
      for (const pvc of claims) {
        const inUse = pods.some((p) => p.metadata.namespace === pvc.metadata.namespace && podClaimNames(p).includes(pvc.metadata.name!));
        if (!inUse) dropFinalizer(api, pvc, PVC_PROTECTION);
      }
    }
    for (const pv of api.list("persistentvolumes", undefined).items)
      if (pv.metadata.deletionTimestamp && pv.metadata.finalizers?.includes(PV_PROTECTION) && pv.status?.phase !== "Bound") dropFinalizer(api, pv, PV_PROTECTION);
  },
};
