import { describe, expect, it } from "vitest";
import { ManualClock } from "../../clock";
import { Rand } from "../../rand";
import { createCluster } from "../../cluster";
import { isStatusError } from "../../api/errors";
import type { KubeObject } from "../../api/types";

const fresh = () => createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9, 0, 0)), rand: new Rand(1) });
const pv = (spec: object, name = "pv1"): KubeObject => ({ apiVersion: "v1", kind: "PersistentVolume", metadata: { name }, spec });
const pvc = (spec: object, name = "data"): KubeObject => ({ apiVersion: "v1", kind: "PersistentVolumeClaim", metadata: { name, namespace: "default" }, spec });
const sc = (extra: object, name = "fast"): KubeObject => ({ apiVersion: "storage.k8s.io/v1", kind: "StorageClass", metadata: { name }, ...extra });

function message(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isStatusError(e)) return e.message;
    throw e;
  }
  return "no error";
}

describe("storage and policy kinds", () => {
  it.each([
    [pv({ capacity: { storage: "1Gi" }, accessModes: ["ReadWriteOnce"] }), 'PersistentVolume "pv1" is invalid: spec: Required value: must specify a volume type'],
    [pv({ accessModes: ["ReadWriteOnce"], hostPath: { path: "/mnt/data" } }), 'PersistentVolume "pv1" is invalid: spec.capacity: Required value'],
    [pv({ capacity: { storage: "1Gi" }, hostPath: { path: "/mnt/data" } }), 'PersistentVolume "pv1" is invalid: spec.accessModes: Required value'],
    [pv({ capacity: { storage: "1Gi" }, accessModes: ["ReadWriteSome"], hostPath: { path: "/x" } }), 'PersistentVolume "pv1" is invalid: spec.accessModes: Unsupported value: "ReadWriteSome": supported values: "ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"'],
    [pv({ capacity: { storage: "1Gi" }, accessModes: ["ReadWriteOnce"], hostPath: { path: "/x" }, persistentVolumeReclaimPolicy: "Keep" }), 'PersistentVolume "pv1" is invalid: spec.persistentVolumeReclaimPolicy: Unsupported value: "Keep": supported values: "Delete", "Recycle", "Retain"'],
    [pv({ capacity: { storage: "1GB" }, accessModes: ["ReadWriteOnce"], hostPath: { path: "/x" } }), `PersistentVolume in version "v1" cannot be handled as a PersistentVolume: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`],
    [pvc({ resources: { requests: { storage: "1Gi" } } }), 'PersistentVolumeClaim "data" is invalid: spec.accessModes: Required value: at least 1 access mode is required'],
    [pvc({ accessModes: ["ReadWriteOnce"] }), 'PersistentVolumeClaim "data" is invalid: spec.resources[storage]: Required value'],
    [sc({}), 'StorageClass "fast" is invalid: provisioner: Required value'],
    [sc({ provisioner: "x", volumeBindingMode: "Later" }), 'StorageClass "fast" is invalid: volumeBindingMode: Unsupported value: "Later": supported values: "Immediate", "WaitForFirstConsumer"'],
  ])("rejects invalid object %#", (obj, expected) => {
    expect(message(() => fresh().adminClient().create(obj))).toBe(expected);
  });

  it("defaults and stores each kind under its etcd key", () => {
    const env = fresh();
    const c = env.adminClient();
    const v = c.create(pv({ capacity: { storage: "1Gi" }, accessModes: ["ReadWriteOnce"], hostPath: { path: "/mnt/data" } }));
    expect([v.spec.persistentVolumeReclaimPolicy, v.spec.volumeMode, v.spec.hostPath.type]).toEqual(["Retain", "Filesystem", ""]);
    const s = c.create(sc({ provisioner: "rancher.io/local-path" }));
    expect([s.reclaimPolicy, s.volumeBindingMode]).toEqual(["Delete", "Immediate"]);
    c.create(pvc({ accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } }));
    c.create({ apiVersion: "v1", kind: "ResourceQuota", metadata: { name: "q", namespace: "default" }, spec: { hard: { pods: "2" } } });
    const lr = c.create({ apiVersion: "v1", kind: "LimitRange", metadata: { name: "lr", namespace: "default" }, spec: { limits: [{ type: "Container", max: { cpu: "1" }, min: { memory: "64Mi" } }] } });
    expect(lr.spec.limits[0]).toMatchObject({ default: { cpu: "1" }, defaultRequest: { cpu: "1", memory: "64Mi" } });
    const keys = [...env.clusters.values()][0].store.range("/registry/").map((kv) => kv.key);
    for (const key of ["/registry/persistentvolumes/pv1", "/registry/storageclasses/fast", "/registry/persistentvolumeclaims/default/data", "/registry/resourcequotas/default/q", "/registry/limitranges/default/lr"]) expect(keys).toContain(key);
  });

  it("keeps StorageClass parameters and provisioner immutable", () => {
    const c = fresh().adminClient();
    const s = c.create(sc({ provisioner: "a" }));
    expect(message(() => c.update({ ...s, provisioner: "b" }))).toBe('StorageClass "fast" is invalid: provisioner: Forbidden: updates to provisioner are forbidden.');
  });

  it("rejects a LimitRange whose default exceeds its max", () => {
    const c = fresh().adminClient();
    const lr = { apiVersion: "v1", kind: "LimitRange", metadata: { name: "lr", namespace: "default" }, spec: { limits: [{ type: "Container", max: { cpu: "1" }, default: { cpu: "2" } }] } };
    expect(message(() => c.create(lr))).toBe('LimitRange "lr" is invalid: [spec.limits[0].defaultRequest[cpu]: Invalid value: "2": default request value 2 is greater than max value 1, spec.limits[0].default[cpu]: Invalid value: "1": default value 2 is greater than max value 1]');
  });
});
