import { describe, expect, it } from "vitest";
import { ManualClock } from "../clock";
import { Rand } from "../rand";
import { createCluster } from "../cluster";
import type { KubeObject } from "../api/types";

const fresh = () => createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9, 0, 0)), rand: new Rand(1) });
const pv = (name: string, storage: string, extra: object = {}): KubeObject => ({ apiVersion: "v1", kind: "PersistentVolume", metadata: { name }, spec: { capacity: { storage }, accessModes: ["ReadWriteOnce"], hostPath: { path: `/mnt/${name}` }, ...extra } });
const pvc = (name: string, storage: string, extra: object = {}): KubeObject => ({ apiVersion: "v1", kind: "PersistentVolumeClaim", metadata: { name, namespace: "default" }, spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage } }, ...extra } });
const sc = (name: string, extra: object): KubeObject => ({ apiVersion: "storage.k8s.io/v1", kind: "StorageClass", metadata: { name }, provisioner: "rancher.io/local-path", ...extra });
const pod = (name: string, claim: string): KubeObject => ({ apiVersion: "v1", kind: "Pod", metadata: { name, namespace: "default" }, spec: { containers: [{ name: "c", image: "nginx" }], volumes: [{ name: "d", persistentVolumeClaim: { claimName: claim } }] } });
const provisionerDeployment: KubeObject = {
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "local-path-provisioner", namespace: "kube-system" },
  spec: { selector: { matchLabels: { app: "local-path-provisioner" } }, template: { metadata: { labels: { app: "local-path-provisioner" } }, spec: { containers: [{ name: "p", image: "rancher/local-path-provisioner:v0.0.30" }] } } },
};

const phases = (env: ReturnType<typeof fresh>, kind: "persistentvolumes" | "persistentvolumeclaims") =>
  Object.fromEntries(env.adminClient().list(kind, kind === "persistentvolumes" ? undefined : "default").items.map((o) => [o.metadata.name, `${o.status?.phase}${o.spec?.volumeName ? `:${o.spec.volumeName}` : ""}`]));

describe("persistentvolume binder", () => {
  it.each([
    ["the smallest volume that fits", [pv("big", "10Gi"), pv("small", "2Gi"), pv("tiny", "500Mi")], pvc("data", "1Gi"), "Bound:small"],
    ["none too small", [pv("tiny", "500Mi")], pvc("data", "1Gi"), "Pending"],
    ["matching storageClassName only", [pv("a", "5Gi", { storageClassName: "slow" }), pv("b", "5Gi", { storageClassName: "manual" })], pvc("data", "1Gi", { storageClassName: "manual" }), "Bound:b"],
    ["matching access modes", [pv("rwo", "5Gi"), pv("rwx", "5Gi", { accessModes: ["ReadWriteMany"] })], pvc("data", "1Gi", { accessModes: ["ReadWriteMany"] }), "Bound:rwx"],
    ["matching a label selector", [pv("a", "1Gi"), { ...pv("b", "5Gi"), metadata: { name: "b", labels: { tier: "db" } } }], pvc("data", "1Gi", { selector: { matchLabels: { tier: "db" } } }), "Bound:b"],
    ["the volume named by volumeName", [pv("a", "1Gi"), pv("b", "5Gi")], pvc("data", "1Gi", { volumeName: "b" }), "Bound:b"],
    ["a volume pre-bound by claimRef", [pv("a", "1Gi"), pv("b", "5Gi", { claimRef: { name: "data", namespace: "default" } })], pvc("data", "1Gi"), "Bound:b"],
  ])("binds %s", (_title, volumes, claim, expected) => {
    const env = fresh();
    const c = env.adminClient();
    for (const v of volumes) c.create(v);
    c.create(claim);
    env.advance(2000);
    expect(phases(env, "persistentvolumeclaims").data).toBe(expected);
  });

  it("releases a Retain volume when its claim goes, and fails a static Delete volume", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create(pv("keep", "1Gi"));
    c.create(pv("drop", "1Gi", { persistentVolumeReclaimPolicy: "Delete", storageClassName: "x" }));
    c.create(pvc("a", "1Gi"));
    c.create(pvc("b", "1Gi", { storageClassName: "x" }));
    env.advance(2000);
    expect(phases(env, "persistentvolumes")).toEqual({ keep: "Bound", drop: "Bound" });
    c.delete("persistentvolumeclaims", "a", "default");
    c.delete("persistentvolumeclaims", "b", "default");
    env.advance(2000);
    expect(phases(env, "persistentvolumes")).toEqual({ keep: "Released", drop: "Failed" });
    expect(c.get("persistentvolumes", "drop").status.message).toBe('error getting deleter volume plugin for volume "drop": no deletable volume plugin matched');
  });

  it("keeps a claim in use Terminating until its pod is deleted", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create(pv("v", "1Gi"));
    c.create(pvc("data", "1Gi"));
    c.create(pod("web", "data"));
    env.advance(5000);
    c.delete("persistentvolumeclaims", "data", "default");
    env.advance(2000);
    expect(c.get("persistentvolumeclaims", "data", "default").metadata.deletionTimestamp).toBeDefined();
    c.delete("pods", "web", "default");
    env.advance(3000); // the pod terminates gracefully first (its kubelet stops nginx, then removes it)
    expect(c.list("persistentvolumeclaims", "default").items).toEqual([]);
    expect(phases(env, "persistentvolumes")).toEqual({ v: "Released" });
  });

  it("keeps a pod Pending with the upstream reasons when its claim is missing or unbound", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create(pvc("unbound", "1Gi"));
    c.create(pod("a", "missing"));
    c.create(pod("b", "unbound"));
    env.advance(3000);
    const reason = (name: string) => c.get("pods", name, "default").status.conditions?.[0]?.message;
    expect(reason("a")).toBe('0/3 nodes are available: persistentvolumeclaim "missing" not found. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.');
    expect(reason("b")).toBe("0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.");
  });

  it("provisions through the default class once a consumer is scheduled (WaitForFirstConsumer), then deletes on release", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create(provisionerDeployment);
    c.create(sc("local-path", { volumeBindingMode: "WaitForFirstConsumer", metadata: { name: "local-path", annotations: { "storageclass.kubernetes.io/is-default-class": "true" } } }));
    const claim = c.create(pvc("data", "1Gi"));
    expect(claim.spec.storageClassName).toBe("local-path");
    env.advance(5000);
    expect(phases(env, "persistentvolumeclaims").data).toBe("Pending");
    c.create(pod("web", "data"));
    env.advance(5000);
    const bound = c.get("persistentvolumeclaims", "data", "default");
    const node = c.get("pods", "web", "default").spec.nodeName;
    expect(bound.status.phase).toBe("Bound");
    expect(bound.metadata.annotations?.["volume.kubernetes.io/selected-node"]).toBe(node);
    const volume = c.get("persistentvolumes", bound.spec.volumeName);
    expect(volume.spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[0].values).toEqual([node]);
    expect(env.host(node)!.fs.exists(volume.spec.hostPath.path)).toBe(true);
    c.delete("pods", "web", "default");
    c.delete("persistentvolumeclaims", "data", "default");
    env.advance(5000);
    expect(c.list("persistentvolumes").items).toEqual([]);
  });

  it("waits with ExternalProvisioning while the provisioner is not running", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create(sc("local-path", {}));
    c.create(pvc("data", "1Gi", { storageClassName: "local-path" }));
    env.advance(3000);
    const events = c.list("events", "default").items.map((e) => e.reason);
    expect(events).toEqual(["ExternalProvisioning"]);
    expect(phases(env, "persistentvolumeclaims").data).toBe("Pending");
  });
});
