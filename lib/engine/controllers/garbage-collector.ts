import type { Controller } from "./controller";
import { strategyFor } from "../registry/registry";

/** Resources that own or are owned by others; a kind not served (yet) is skipped. */
const RESOURCES = ["deployments", "replicasets", "pods", "nodes", "daemonsets", "controllerrevisions", "statefulsets", "jobs", "cronjobs", "persistentvolumeclaims", "horizontalpodautoscalers", "leases"];

/** Deletes dependents whose controlling owner is gone (background propagation). Models pkg/controller/garbagecollector. */
export const garbageCollector: Controller = {
  name: "garbage-collector",
  sync(_env, cluster) {
    const api = cluster.api;
    const uids = new Set<string>();
    const dependents: { resource: string; name: string; namespace?: string; owners: string[] }[] = [];
    for (const resource of RESOURCES.filter((r) => strategyFor(r))) {
      for (const o of api.listView(resource, undefined)) {
        uids.add(o.metadata.uid!);
        const owners = (o.metadata.ownerReferences ?? []).map((r) => r.uid);
        if (owners.length) dependents.push({ resource, name: o.metadata.name!, namespace: o.metadata.namespace, owners });
      }
    }
    for (const d of dependents) if (d.owners.every((u) => !uids.has(u))) api.delete(d.resource, d.name, d.namespace);
  },
};
