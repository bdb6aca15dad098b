import { describe, expect, it } from "vitest";
import { ManualClock } from "../clock";
import { Rand } from "../rand";
import { createCluster } from "../cluster";
import { isStatusError } from "../api/errors";
import type { KubeObject } from "../api/types";

function fresh() {
  const env = createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9, 0, 0)), rand: new Rand(1) });
  const c = env.adminClient();
  c.create({ apiVersion: "v1", kind: "Namespace", metadata: { name: "demo" } });
  return { env, c };
}

const pod = (name: string, image: string, command?: string[]): KubeObject => ({ apiVersion: "v1", kind: "Pod", metadata: { name, namespace: "demo" }, spec: { containers: [{ name: "c", image, ...(command ? { command } : {}) }] } });

/** Every key of the namespace's objects in the store. */
const keysIn = (env: ReturnType<typeof createCluster>, ns: string) =>
  env.clusters
    .get(env.clusterNames()[0])!
    .store.range("/registry/")
    .filter((kv) => (JSON.parse(kv.value) as KubeObject).metadata?.namespace === ns)
    .map((kv) => kv.key);

describe("namespace deletion", () => {
  it("a deleted namespace leaves no objects behind", () => {
    const { env, c } = fresh();
    c.create({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web", namespace: "demo" }, spec: { replicas: 2, selector: { matchLabels: { app: "web" } }, template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image: "nginx:1.27" }] } } } });
    c.create({ apiVersion: "v1", kind: "Service", metadata: { name: "web", namespace: "demo" }, spec: { selector: { app: "web" }, ports: [{ port: 80 }] } });
    c.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "cfg", namespace: "demo" }, data: { a: "b" } });
    c.create({ apiVersion: "rbac.authorization.k8s.io/v1", kind: "Role", metadata: { name: "r", namespace: "demo" }, rules: [] });
    c.create(pod("sleeper", "busybox:1.36", ["sleep", "3600"]));
    env.advance(10_000);
    expect(keysIn(env, "demo").length).toBeGreaterThan(5);
    c.delete("namespaces", "demo");
    env.advance(60_000);
    expect(() => c.get("namespaces", "demo")).toThrow('namespaces "demo" not found');
    expect(keysIn(env, "demo")).toEqual([]);
  });

  it("terminates: phase, conditions while pods shut down, no new content, then gone", () => {
    const { env, c } = fresh();
    c.create(pod("sleeper", "busybox:1.36", ["sleep", "3600"]));
    env.advance(10_000);
    const marked = c.delete("namespaces", "demo");
    expect([marked.status?.phase, marked.spec?.finalizers, !!marked.metadata.deletionTimestamp]).toEqual(["Terminating", ["kubernetes"], true]);
    env.advance(2000);
    const ns = c.get("namespaces", "demo");
    const byType = Object.fromEntries((ns.status.conditions as { type: string; status: string; reason: string; message: string }[]).map((x) => [x.type, `${x.status} ${x.reason}: ${x.message}`]));
    expect(byType).toEqual({
      NamespaceDeletionDiscoveryFailure: "False ResourcesDiscovered: All resources successfully discovered",
      NamespaceDeletionGroupVersionParsingFailure: "False ParsedGroupVersions: All legacy kube types successfully parsed",
      NamespaceDeletionContentFailure: "False ContentDeleted: All content successfully deleted, may be waiting on finalization",
      NamespaceContentRemaining: "True SomeResourcesRemain: Some resources are remaining: pods. has 1 resource instances",
      NamespaceFinalizersRemaining: "False ContentHasNoFinalizers: All content-preserving finalizers finished",
    });
    expect(c.get("pods", "sleeper", "demo").metadata.deletionTimestamp).toBeTruthy();
    try {
      c.create(pod("late", "nginx:1.27"));
      expect.unreachable();
    } catch (e) {
      expect(isStatusError(e, "Forbidden") && e.message).toBe('pods "late" is forbidden: unable to create new content in namespace demo because it is being terminated');
    }
    try {
      c.delete("namespaces", "demo");
      expect.unreachable();
    } catch (e) {
      expect(isStatusError(e, "Conflict")).toBe(true);
    }
    // A plain update cannot drop the controller's finalizer.
    const upd = c.update({ ...ns, spec: { finalizers: [] } });
    expect(upd.spec.finalizers).toEqual(["kubernetes"]);
    env.advance(35_000);
    expect(() => c.get("namespaces", "demo")).toThrow('namespaces "demo" not found');
  });

  it("stays Terminating while kube-controller-manager is down", () => {
    const { env, c } = fresh();
    const cp = env.host("controlplane")!;
    const manifest = "/etc/kubernetes/manifests/kube-controller-manager.yaml";
    const saved = cp.fs.readFile(manifest);
    cp.fs.remove(manifest);
    c.delete("namespaces", "demo");
    env.advance(30_000);
    expect(c.get("namespaces", "demo").status.phase).toBe("Terminating");
    cp.fs.put(manifest, saved, 0o600);
    env.advance(5000);
    expect(() => c.get("namespaces", "demo")).toThrow("not found");
  });
});
