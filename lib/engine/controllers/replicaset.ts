import type { KubeObject } from "../api/types";
import { matchesSelectorObject } from "../api/selectors";
import { recordEvent } from "../events";
import { isStatusError } from "../api/errors";
import type { Controller } from "./controller";
import { controllerRef, isOwnedBy, isPodReady } from "./owners";

/** Keeps each ReplicaSet's pod count at spec.replicas. Models pkg/controller/replicaset. */
export const replicaSetController: Controller = {
  name: "replicaset",
  sync(env, cluster) {
    const api = cluster.api;
    const pods = api.listView("pods", undefined);
    for (const rs of api.list("replicasets", undefined).items) {
      const owned = pods.filter((p) => p.metadata.namespace === rs.metadata.namespace && isOwnedBy(p, rs) && !p.metadata.deletionTimestamp);
      const want = rs.spec?.replicas ?? 1;
      if (owned.length < want) {
        for (let i = owned.length; i < want; i++) {
          const tpl = rs.spec.template ?? {};
          let pod: KubeObject;
          try {
            pod = api.create({
              apiVersion: "v1",
              kind: "Pod",
              metadata: { generateName: `${rs.metadata.name}-`, namespace: rs.metadata.namespace, labels: { ...tpl.metadata?.labels }, annotations: tpl.metadata?.annotations, ownerReferences: [controllerRef(rs)] },
              spec: structuredClone(tpl.spec),
            });
          } catch (e) {
            // Admission refused the pod (quota, LimitRange, PodSecurity): report once per distinct error, retry next sync.
            if (!isStatusError(e)) throw e;
            const seen = (env.controllerState["replicaset-failed-create"] ??= {}) as Record<string, string>;
            const gist = e.message.replace(/^pods "[^"]*"/, "pods");
            if (seen[rs.metadata.uid!] !== gist) {
              seen[rs.metadata.uid!] = gist;
              recordEvent(cluster, env, rs, "Warning", "FailedCreate", `Error creating: ${e.message}`, "replicaset-controller");
            }
            break;
          }
          owned.push(pod);
          recordEvent(cluster, env, rs, "Normal", "SuccessfulCreate", `Created pod: ${pod.metadata.name}`, "replicaset-controller");
        }
      } else if (owned.length > want) {
        // Delete not-ready pods first, then the newest, as the controller's ranking does.
        const victims = [...owned].sort((a, b) => Number(isPodReady(a)) - Number(isPodReady(b)) || String(b.metadata.creationTimestamp).localeCompare(String(a.metadata.creationTimestamp)) || String(b.metadata.name).localeCompare(String(a.metadata.name)));
        for (const v of victims.slice(0, owned.length - want)) {
          api.delete("pods", v.metadata.name!, v.metadata.namespace);
          recordEvent(cluster, env, rs, "Normal", "SuccessfulDelete", `Deleted pod: ${v.metadata.name}`, "replicaset-controller");
          owned.splice(owned.indexOf(v), 1);
        }
      }
      const ready = owned.filter(isPodReady).length;
      const status = {
        replicas: owned.length,
        fullyLabeledReplicas: owned.filter((p) => matchesSelectorObject(rs.spec.selector, p.metadata.labels)).length,
        readyReplicas: ready || undefined,
        availableReplicas: ready || undefined,
        observedGeneration: rs.metadata.generation,
      };
      if (JSON.stringify(status) !== JSON.stringify(rs.status)) writeStatus(api, rs, status);
    }
  },
};

function writeStatus(api: { update(o: KubeObject, opts: object, sub: "status"): KubeObject }, obj: KubeObject, status: object) {
  api.update({ ...obj, metadata: { ...obj.metadata, resourceVersion: undefined }, status: JSON.parse(JSON.stringify(status)) }, {}, "status");
}
