import type { KubeObject } from "../api/types";
import { cmpQuantity } from "../api/quantity";
import { rfc3339 } from "../clock";
import type { SimCluster, SimEnvironment } from "../cluster";
import { recordEvent } from "../events";
import type { Controller } from "./controller";
import {
  ANN_BETA_STORAGE_PROVISIONER, ANN_BIND_COMPLETED, ANN_BOUND_BY_CONTROLLER, ANN_PROVISIONED_BY, ANN_SELECTED_NODE, ANN_STORAGE_PROVISIONER,
  classOf, defaultClass, findMatchingVolume, isWaitForFirstConsumer, mismatch, NO_PROVISIONER, refersTo,
} from "../storage/volumes";
import { simulatedProvisioner } from "../storage/provisioners";

/**
 * kube-controller-manager's persistentvolume-binder: binds claims to volumes, asks external
 * provisioners for new ones, releases volumes whose claim is gone and applies their reclaim policy.
 * Models pkg/controller/volume/persistentvolume/pv_controller.go (syncClaim, syncVolume).
 */

const COMPONENT = "persistentvolume-controller";
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));

type Api = SimCluster["api"];

function writeSpec(api: Api, obj: KubeObject): KubeObject {
  return api.update({ ...obj, metadata: { ...obj.metadata, resourceVersion: undefined } });
}

function writeStatus(api: Api, obj: KubeObject, status: Record<string, unknown>): KubeObject {
  return api.update({ ...obj, metadata: { ...obj.metadata, resourceVersion: undefined }, status }, {}, "status");
}

/** Emits an event about a claim once per (reason, message), like a deduplicating recorder. */
function claimEvent(env: SimEnvironment, cluster: SimCluster, pvc: KubeObject, type: "Normal" | "Warning", reason: string, message: string, component = COMPONENT) {
  const seen = (env.controllerState["pv-binder-events"] ??= {}) as Record<string, string>;
  const key = `${pvc.metadata.uid}`;
  if (seen[key] === `${reason}|${message}`) return;
  seen[key] = `${reason}|${message}`;
  recordEvent(cluster, env, pvc, type, reason, message, component);
}

function setVolumePhase(env: SimEnvironment, api: Api, pv: KubeObject, phase: string, message?: string): KubeObject {
  if (pv.status?.phase === phase && (pv.status?.message ?? undefined) === message) return pv;
  const status: Record<string, unknown> = { ...pv.status, phase, lastPhaseTransitionTime: rfc3339(env.clock.now()) };
  if (message) status.message = message;
  else delete status.message;
  return writeStatus(api, pv, status);
}

/** Binds both sides and copies the volume's modes and capacity into the claim's status. */
function bind(env: SimEnvironment, api: Api, pv: KubeObject, pvc: KubeObject): void {
  if (!refersTo(pv, pvc) || !pv.spec.claimRef.uid) {
    const next = clone(pv);
    const byController = !pv.spec?.claimRef;
    next.spec.claimRef = { kind: "PersistentVolumeClaim", namespace: pvc.metadata.namespace, name: pvc.metadata.name, uid: pvc.metadata.uid, apiVersion: "v1", resourceVersion: pvc.metadata.resourceVersion };
    if (byController) next.metadata.annotations = { ...next.metadata.annotations, [ANN_BOUND_BY_CONTROLLER]: "yes" };
    pv = writeSpec(api, next);
  }
  pv = setVolumePhase(env, api, pv, "Bound");
  if (pvc.spec?.volumeName !== pv.metadata.name || pvc.metadata.annotations?.[ANN_BIND_COMPLETED] !== "yes") {
    const next = clone(pvc);
    const byController = !pvc.spec?.volumeName;
    next.spec.volumeName = pv.metadata.name;
    next.metadata.annotations = { ...next.metadata.annotations, [ANN_BIND_COMPLETED]: "yes", ...(byController ? { [ANN_BOUND_BY_CONTROLLER]: "yes" } : {}) };
    pvc = writeSpec(api, next);
  }
  if (pvc.status?.phase !== "Bound" || JSON.stringify(pvc.status?.capacity) !== JSON.stringify(pv.spec.capacity)) {
    writeStatus(api, pvc, { ...pvc.status, phase: "Bound", accessModes: pv.spec.accessModes, capacity: pv.spec.capacity });
  }
}

function syncUnboundClaim(env: SimEnvironment, cluster: SimCluster, pvc: KubeObject, pvs: KubeObject[], classes: KubeObject[]): void {
  const api = cluster.api;
  if (pvc.spec?.volumeName) {
    // Pre-bound by the user to a named volume.
    const pv = pvs.find((v) => v.metadata.name === pvc.spec.volumeName);
    if (!pv) return;
    if (pv.spec?.claimRef && !refersTo(pv, pvc)) return; // the volume belongs to someone else: wait
    const why = mismatch(pv, pvc);
    if (why) return claimEvent(env, cluster, pvc, "Warning", "VolumeMismatch", `Cannot bind to requested volume "${pv.metadata.name}": ${why}`);
    return bind(env, api, pv, pvc);
  }
  const className = classOf(pvc);
  const wffc = isWaitForFirstConsumer(pvc, classes);
  const selectedNode = pvc.metadata.annotations?.[ANN_SELECTED_NODE];
  if (!wffc || selectedNode) {
    const node = selectedNode ? api.list("nodes", undefined).items.find((n) => n.metadata.name === selectedNode) : undefined;
    const pv = findMatchingVolume(pvc, pvs, node);
    if (pv) return bind(env, api, pv, pvc);
  }
  if (wffc && !selectedNode) return claimEvent(env, cluster, pvc, "Normal", "WaitForFirstConsumer", "waiting for first consumer to be created before binding");
  if (!className) return claimEvent(env, cluster, pvc, "Normal", "FailedBinding", "no persistent volumes available for this claim and no storage class is set");
  const sc = classes.find((c) => c.metadata.name === className);
  if (!sc) return claimEvent(env, cluster, pvc, "Warning", "ProvisioningFailed", `storageclass.storage.k8s.io "${className}" not found`);
  const provisioner = String(sc.provisioner ?? "");
  if (provisioner === NO_PROVISIONER || (provisioner.startsWith("kubernetes.io/") && !simulatedProvisioner(provisioner)))
    return claimEvent(env, cluster, pvc, "Warning", "ProvisioningFailed", `no volume plugin matched name: ${provisioner}`);
  if (pvc.metadata.annotations?.[ANN_STORAGE_PROVISIONER] !== provisioner) {
    const next = clone(pvc);
    next.metadata.annotations = { ...next.metadata.annotations, [ANN_BETA_STORAGE_PROVISIONER]: provisioner, [ANN_STORAGE_PROVISIONER]: provisioner };
    pvc = writeSpec(api, next);
  }
  claimEvent(env, cluster, pvc, "Normal", "ExternalProvisioning", `Waiting for a volume to be created either by the external provisioner '${provisioner}' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.`);
}

function syncBoundClaim(env: SimEnvironment, cluster: SimCluster, pvc: KubeObject, pvs: KubeObject[]): void {
  const pv = pvs.find((v) => v.metadata.name === pvc.spec.volumeName);
  if (!pv) {
    if (pvc.status?.phase !== "Lost") {
      writeStatus(cluster.api, pvc, { ...pvc.status, phase: "Lost" });
      claimEvent(env, cluster, pvc, "Warning", "ClaimLost", "Bound claim has lost its PersistentVolume. Data on the volume is lost!");
    }
    return;
  }
  if (!pv.spec?.claimRef || refersTo(pv, pvc)) return bind(env, cluster.api, pv, pvc);
  if (pvc.status?.phase !== "Lost") {
    writeStatus(cluster.api, pvc, { ...pvc.status, phase: "Lost" });
    claimEvent(env, cluster, pvc, "Warning", "ClaimMisbound", "Two claims are bound to the same volume, this one is bound incorrectly");
  }
}

/** A volume whose claim is gone: Released, then Retain keeps it, Delete removes it, Recycle scrubs it. */
function reclaim(env: SimEnvironment, cluster: SimCluster, pv: KubeObject): void {
  const api = cluster.api;
  if (pv.status?.phase !== "Released" && pv.status?.phase !== "Failed") pv = setVolumePhase(env, api, pv, "Released");
  const policy = pv.spec?.persistentVolumeReclaimPolicy ?? "Retain";
  if (policy === "Recycle") {
    const next = clone(pv);
    delete next.spec.claimRef;
    setVolumePhase(env, api, writeSpec(api, next), "Available");
    return;
  }
  if (policy !== "Delete") return;
  const byProvisioner = pv.metadata.annotations?.[ANN_PROVISIONED_BY];
  if (byProvisioner && simulatedProvisioner(byProvisioner)) return; // the external provisioner deletes it
  if (pv.status?.phase === "Failed") return;
  const message = `error getting deleter volume plugin for volume "${pv.metadata.name}": no deletable volume plugin matched`;
  setVolumePhase(env, api, pv, "Failed", message);
  recordEvent(cluster, env, pv, "Warning", "VolumeFailedDelete", message, COMPONENT);
}

function syncVolume(env: SimEnvironment, cluster: SimCluster, pv: KubeObject, claims: Map<string, KubeObject>): void {
  const api = cluster.api;
  const ref = pv.spec?.claimRef;
  if (!ref || !ref.uid) {
    if (pv.status?.phase !== "Available" && !(pv.status?.phase === "Failed" && ref)) setVolumePhase(env, api, pv, "Available");
    return;
  }
  const claim = claims.get(`${ref.namespace}/${ref.name}`);
  if (!claim || claim.metadata.uid !== ref.uid) return reclaim(env, cluster, pv);
  if (claim.spec?.volumeName === pv.metadata.name) {
    setVolumePhase(env, api, pv, "Bound");
    return;
  }
  if (claim.spec?.volumeName && pv.metadata.annotations?.[ANN_BOUND_BY_CONTROLLER]) {
    // We reserved this volume, but the claim went elsewhere: release the reservation.
    const next = clone(pv);
    delete next.spec.claimRef;
    setVolumePhase(env, api, writeSpec(api, next), "Available");
  }
}

/** Expansion of bound claims whose class allows it and whose provisioner can resize. */
function syncExpansion(env: SimEnvironment, cluster: SimCluster, pvc: KubeObject, pvs: KubeObject[], classes: KubeObject[]): void {
  const want = pvc.spec?.resources?.requests?.storage;
  const have = pvc.status?.capacity?.storage;
  if (!want || !have || cmpQuantity(want, have) <= 0) return;
  const sc = classes.find((c) => c.metadata.name === classOf(pvc));
  const pv = pvs.find((v) => v.metadata.name === pvc.spec.volumeName);
  if (!sc?.allowVolumeExpansion || !pv) return;
  const provisioner = simulatedProvisioner(String(sc.provisioner));
  claimEvent(env, cluster, pvc, "Normal", "ExternalExpanding", "waiting for an external controller to expand this PVC", "volume_expand");
  if (!provisioner?.expandable) return;
  const next = clone(pv);
  next.spec.capacity = { ...next.spec.capacity, storage: want };
  writeSpec(cluster.api, next);
  recordEvent(cluster, env, pvc, "Normal", "Resizing", `External resizer is resizing volume ${pv.metadata.name}`, `external-resizer ${provisioner.name}`);
  recordEvent(cluster, env, pvc, "Normal", "VolumeResizeSuccessful", "Resize volume succeeded", `external-resizer ${provisioner.name}`);
  writeStatus(cluster.api, pvc, { ...pvc.status, capacity: { ...pvc.status.capacity, storage: want } });
}

export const persistentVolumeBinder: Controller = {
  name: "persistentvolume-binder",
  sync(env, cluster) {
    const api = cluster.api;
    const classes = api.list("storageclasses", undefined).items;
    let claimsList = api.list("persistentvolumeclaims", undefined).items;
    // Retroactive default class: claims created before any default class existed get one now.
    const dflt = defaultClass(classes);
    if (dflt) {
      for (const pvc of claimsList.filter((c) => c.spec?.storageClassName === undefined && !c.spec?.volumeName && !c.metadata.annotations?.["volume.beta.kubernetes.io/storage-class"]))
        writeSpec(api, { ...pvc, spec: { ...pvc.spec, storageClassName: dflt.metadata.name } });
      claimsList = api.list("persistentvolumeclaims", undefined).items;
    }
    // New volumes become Available first, so claims created with them bind at once.
    const before = new Map(claimsList.map((c) => [`${c.metadata.namespace}/${c.metadata.name}`, c]));
    for (const pv of api.list("persistentvolumes", undefined).items) if (!pv.spec?.claimRef) syncVolume(env, cluster, pv, before);
    for (const pvc of claimsList) {
      if (pvc.metadata.deletionTimestamp) continue;
      const pvs = api.list("persistentvolumes", undefined).items;
      const fresh = api.get("persistentvolumeclaims", pvc.metadata.name!, pvc.metadata.namespace);
      if (fresh.metadata.annotations?.[ANN_BIND_COMPLETED] === "yes" && fresh.spec?.volumeName) syncBoundClaim(env, cluster, fresh, pvs);
      else syncUnboundClaim(env, cluster, fresh, pvs, classes);
    }
    const claims = new Map(api.list("persistentvolumeclaims", undefined).items.map((c) => [`${c.metadata.namespace}/${c.metadata.name}`, c]));
    for (const pv of api.list("persistentvolumes", undefined).items) syncVolume(env, cluster, pv, claims);
    const pvs = api.list("persistentvolumes", undefined).items;
    for (const pvc of api.list("persistentvolumeclaims", undefined).items) if (pvc.status?.phase === "Bound") syncExpansion(env, cluster, pvc, pvs, classes);
  },
};
