import type { KubeObject } from "../api/types";
import { ANN_SELECTED_NODE, classOf, findMatchingVolume, isWaitForFirstConsumer, NO_PROVISIONER, podClaimNames, volumeFitsNode } from "../storage/volumes";

/**
 * The scheduler's VolumeBinding plugin (pkg/scheduler/framework/plugins/volumebinding):
 * PreFilter rejects pods whose claims are missing or unbound with Immediate binding; Filter checks
 * each node against bound volumes' node affinity and, for WaitForFirstConsumer claims, whether a
 * volume can be found or provisioned there; PreBind picks volumes or asks for provisioning on the
 * chosen node and holds the pod until its claims are bound.
 */

interface Reader {
  list(resource: string, namespace?: string): { items: KubeObject[] };
  update(obj: KubeObject): KubeObject;
}

interface PodVolumes {
  bound: { pvc: KubeObject; pv?: KubeObject }[];
  delayed: KubeObject[];
}

function claimsOf(api: Reader, pod: KubeObject): { claims: KubeObject[]; error?: string } {
  const names = podClaimNames(pod);
  if (!names.length) return { claims: [] };
  const all = api.list("persistentvolumeclaims", pod.metadata.namespace).items;
  const claims: KubeObject[] = [];
  for (const name of names) {
    const pvc = all.find((c) => c.metadata.name === name);
    if (!pvc) return { claims, error: `persistentvolumeclaim "${name}" not found` };
    if (pvc.status?.phase === "Lost") return { claims, error: `persistentvolumeclaim "${name}" bound to non-existent persistentvolume "${pvc.spec?.volumeName ?? ""}"` };
    if (pvc.metadata.deletionTimestamp) return { claims, error: `persistentvolumeclaim "${name}" is being deleted` };
    claims.push(pvc);
  }
  return { claims };
}

function classify(api: Reader, claims: KubeObject[]): PodVolumes & { immediateUnbound: boolean } {
  const classes = api.list("storageclasses").items;
  const pvs = api.list("persistentvolumes").items;
  const out: PodVolumes & { immediateUnbound: boolean } = { bound: [], delayed: [], immediateUnbound: false };
  for (const pvc of claims) {
    if (pvc.spec?.volumeName && pvc.status?.phase === "Bound") out.bound.push({ pvc, pv: pvs.find((v) => v.metadata.name === pvc.spec.volumeName) });
    else if (isWaitForFirstConsumer(pvc, classes)) out.delayed.push(pvc);
    else out.immediateUnbound = true;
  }
  return out;
}

/** PreFilter: the unschedulable-and-unresolvable message, or undefined when the pod may go on. */
export function volumePreFilter(api: Reader, pod: KubeObject): string | undefined {
  const { claims, error } = claimsOf(api, pod);
  if (error) return error;
  if (!claims.length) return undefined;
  return classify(api, claims).immediateUnbound ? "pod has unbound immediate PersistentVolumeClaims" : undefined;
}

/** Filter: why `node` cannot host the pod's volumes (one reason per failing check), or undefined. */
export function volumeFilter(api: Reader, pod: KubeObject, node: KubeObject): string | undefined {
  const { claims } = claimsOf(api, pod);
  if (!claims.length) return undefined;
  const { bound, delayed } = classify(api, claims);
  if (bound.some((b) => b.pv && !volumeFitsNode(b.pv, node))) return "node(s) had volume node affinity conflict";
  const classes = api.list("storageclasses").items;
  const pvs = api.list("persistentvolumes").items;
  for (const pvc of delayed) {
    if (findMatchingVolume(pvc, pvs, node)) continue;
    const sc = classes.find((c) => c.metadata.name === classOf(pvc));
    if (!sc || sc.provisioner === NO_PROVISIONER) return "node(s) didn't find available persistent volumes to bind";
  }
  return undefined;
}

/**
 * PreBind on the chosen node: WaitForFirstConsumer claims are annotated with the node (the binder
 * then binds a matching volume or the provisioner makes one). True once every claim is bound.
 */
export function volumePreBind(api: Reader, pod: KubeObject, nodeName: string): boolean {
  const { claims } = claimsOf(api, pod);
  if (!claims.length) return true;
  const { delayed } = classify(api, claims);
  for (const pvc of delayed) {
    if (pvc.metadata.annotations?.[ANN_SELECTED_NODE]) continue;
    api.update({ ...pvc, metadata: { ...pvc.metadata, resourceVersion: undefined, annotations: { ...pvc.metadata.annotations, [ANN_SELECTED_NODE]: nodeName } } });
  }
  return delayed.length === 0;
}
