import { StatusError } from "../api/errors";
import type { KubeObject } from "../api/types";
import { matchesSelectorObject } from "../api/selectors";
import type { DeleteOptions } from "../client";
import type { ApiServer } from "./apiserver";

function tooManyRequests(pdb: KubeObject): StatusError {
  const st = pdb.status ?? {};
  return new StatusError({
    kind: "Status",
    apiVersion: "v1",
    metadata: {},
    status: "Failure",
    message: "Cannot evict pod as it would violate the pod's disruption budget.",
    reason: "TooManyRequests",
    details: { causes: [{ reason: "DisruptionBudget", message: `The disruption budget ${pdb.metadata.name} needs ${st.desiredHealthy ?? 0} healthy pods and has ${st.currentHealthy ?? 0} currently` }] },
    code: 429,
  });
}

/**
 * The pods/eviction subresource: deletes a pod unless a PodDisruptionBudget selecting it allows no
 * more disruptions (429, as `kubectl drain` retries on), and spends one allowed disruption.
 * Models pkg/registry/core/pod/storage/eviction.go.
 */
export function evictPod(api: ApiServer, name: string, namespace: string, opts: DeleteOptions = {}): void {
  const pod = api.get("pods", name, namespace);
  const terminal = pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed";
  const pdbs = terminal ? [] : api.list("poddisruptionbudgets", namespace).items.filter((p) => p.spec?.selector && matchesSelectorObject(p.spec.selector, pod.metadata.labels));
  if (pdbs.length > 1)
    throw new StatusError({ kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message: "This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.", reason: "InternalError", code: 500 });
  const pdb = pdbs[0];
  if (pdb && !pod.metadata.deletionTimestamp) {
    if ((pdb.status?.disruptionsAllowed ?? 0) <= 0) throw tooManyRequests(pdb);
    if (!opts.dryRun) api.update({ ...pdb, metadata: { ...pdb.metadata, resourceVersion: undefined }, status: { ...pdb.status, disruptionsAllowed: pdb.status.disruptionsAllowed - 1 } }, {}, "status");
  }
  api.delete("pods", name, namespace, opts);
}
