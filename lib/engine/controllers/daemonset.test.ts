import { describe, expect, it } from "vitest";
import { ManualClock } from "../clock";
import { Rand } from "../rand";
import { createCluster } from "../cluster";
import type { KubeObject } from "../api/types";
import { isStatusError } from "../api/errors";

const fresh = () => createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9, 0, 0)), rand: new Rand(1) });
const daemonSet = (extra: Record<string, unknown> = {}, image = "nginx:1.27"): KubeObject => ({
  apiVersion: "apps/v1",
  kind: "DaemonSet",
  metadata: { name: "agent", namespace: "default" },
  spec: { selector: { matchLabels: { app: "agent" } }, template: { metadata: { labels: { app: "agent" } }, spec: { containers: [{ name: "agent", image }], ...extra } } },
});
const podsOf = (env: ReturnType<typeof fresh>) =>
  env
    .adminClient()
    .list("pods", "default", { labelSelector: "app=agent" })
    .items.map((p) => [p.spec.nodeName, p.status.phase, p.spec.containers[0].image])
    .sort();

describe("daemonset controller", () => {
  it.each([
    ["no tolerations: workers only", {}, ["node01", "node02"]],
    ["tolerates the control-plane taint", { tolerations: [{ key: "node-role.kubernetes.io/control-plane", operator: "Exists", effect: "NoSchedule" }] }, ["controlplane", "node01", "node02"]],
    ["tolerates everything", { tolerations: [{ operator: "Exists" }] }, ["controlplane", "node01", "node02"]],
    ["nodeSelector picks the control plane", { nodeSelector: { "node-role.kubernetes.io/control-plane": "" }, tolerations: [{ operator: "Exists" }] }, ["controlplane"]],
    ["nodeSelector matches nothing", { nodeSelector: { disk: "ssd" } }, []],
  ])("%s", (_title, extra, nodes) => {
    const env = fresh();
    const c = env.adminClient();
    c.create(daemonSet(extra));
    env.advance(5000);
    expect(podsOf(env).map((p) => p[0])).toEqual(nodes);
    expect(podsOf(env).every((p) => p[1] === "Running")).toBe(true);
    const ds = c.get("daemonsets", "agent", "default");
    expect([ds.status.desiredNumberScheduled, ds.status.currentNumberScheduled, ds.status.numberReady, ds.status.numberMisscheduled]).toEqual([nodes.length, nodes.length, nodes.length, 0]);
  });

  it("pins each pod to its node with matchFields affinity and adds the daemon tolerations", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create(daemonSet());
    env.advance(3000);
    const pod = c.list("pods", "default").items.find((p) => p.spec.nodeName === "node01")!;
    expect(pod.metadata.generateName).toBe("agent-");
    expect(pod.metadata.labels).toMatchObject({ app: "agent", "pod-template-generation": "1" });
    expect(pod.metadata.labels!["controller-revision-hash"]).toMatch(/^[a-z0-9]{10}$/);
    expect(pod.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms).toEqual([{ matchFields: [{ key: "metadata.name", operator: "In", values: ["node01"] }] }]);
    expect(pod.spec.tolerations.map((t: { key: string; effect: string }) => `${t.key}:${t.effect}`)).toEqual([
      "node.kubernetes.io/not-ready:NoExecute",
      "node.kubernetes.io/unreachable:NoExecute",
      "node.kubernetes.io/disk-pressure:NoSchedule",
      "node.kubernetes.io/memory-pressure:NoSchedule",
      "node.kubernetes.io/pid-pressure:NoSchedule",
      "node.kubernetes.io/unschedulable:NoSchedule",
    ]);
    const revs = c.list("controllerrevisions", "default").items;
    expect(revs.map((r) => [r.metadata.name, r.revision])).toEqual([[`agent-${pod.metadata.labels!["controller-revision-hash"]}`, 1]]);
  });

  it("runs on a cordoned node, and replaces a deleted pod", () => {
    const env = fresh();
    const c = env.adminClient();
    c.patch("nodes", "node02", undefined, "merge", { spec: { unschedulable: true } });
    c.create(daemonSet());
    env.advance(5000);
    expect(podsOf(env).map((p) => p[0])).toEqual(["node01", "node02"]);
    const victim = c.list("pods", "default").items[0];
    c.delete("pods", victim.metadata.name!, "default");
    env.advance(5000);
    expect(podsOf(env).map((p) => p[0])).toEqual(["node01", "node02"]);
  });

  it("removes the pod from a node that gets an untolerated NoExecute taint, keeps it for NoSchedule", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create(daemonSet());
    env.advance(5000);
    c.patch("nodes", "node01", undefined, "merge", { spec: { taints: [{ key: "maint", value: "x", effect: "NoSchedule" }] } });
    env.advance(2000);
    expect(podsOf(env).map((p) => p[0])).toEqual(["node01", "node02"]);
    const ds = c.get("daemonsets", "agent", "default");
    expect([ds.status.desiredNumberScheduled, ds.status.numberMisscheduled]).toEqual([1, 1]);
    c.patch("nodes", "node01", undefined, "merge", { spec: { taints: [{ key: "maint", value: "x", effect: "NoExecute" }] } });
    env.advance(2000);
    expect(podsOf(env).map((p) => p[0])).toEqual(["node02"]);
  });

  it("rolls out a new image one node at a time and records a second revision", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create(daemonSet({ tolerations: [{ operator: "Exists" }] }));
    env.advance(5000);
    const ds = c.get("daemonsets", "agent", "default");
    ds.spec.template.spec.containers[0].image = "nginx:1.28";
    c.update(ds);
    let maxDown = 0;
    for (let i = 0; i < 20; i++) {
      env.advance(1000);
      const running = podsOf(env).filter((p) => p[1] === "Running").length;
      maxDown = Math.max(maxDown, 3 - running);
    }
    expect(maxDown).toBe(1);
    expect(podsOf(env).map((p) => p[2])).toEqual(["nginx:1.28", "nginx:1.28", "nginx:1.28"]);
    expect(c.list("controllerrevisions", "default").items.map((r) => r.revision)).toEqual(expect.arrayContaining([1, 2]));
    const st = c.get("daemonsets", "agent", "default").status;
    expect([st.updatedNumberScheduled, st.numberAvailable, st.observedGeneration]).toEqual([3, 3, 2]);
  });

  it("leaves old pods alone with OnDelete", () => {
    const env = fresh();
    const c = env.adminClient();
    const manifest = daemonSet();
    manifest.spec.updateStrategy = { type: "OnDelete" };
    c.create(manifest);
    env.advance(5000);
    const ds = c.get("daemonsets", "agent", "default");
    ds.spec.template.spec.containers[0].image = "nginx:1.28";
    c.update(ds);
    env.advance(5000);
    expect(podsOf(env).map((p) => p[2])).toEqual(["nginx:1.27", "nginx:1.27"]);
  });

  it("garbage-collects pods and revisions with the DaemonSet", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create(daemonSet());
    env.advance(5000);
    c.delete("daemonsets", "agent", "default");
    env.advance(2000);
    expect([c.list("pods", "default").items.length, c.list("controllerrevisions", "default").items.length]).toEqual([0, 0]);
  });

  it.each([
    ["selector does not match", { selector: { matchLabels: { app: "x" } } }, 'DaemonSet "agent" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"agent"}: `selector` does not match template `labels`'],
    ["missing selector", { selector: undefined }, 'DaemonSet "agent" is invalid: spec.selector: Required value'],
  ])("rejects a spec whose %s", (_t, patch, message) => {
    const c = fresh().adminClient();
    const ds = daemonSet();
    Object.assign(ds.spec, patch);
    try {
      c.create(ds);
      expect.unreachable();
    } catch (e) {
      expect(isStatusError(e) && e.message).toBe(message);
    }
  });

  it("starts kube-proxy and calico-node as DaemonSets on every node", () => {
    const env = fresh();
    const c = env.adminClient();
    const sets = c.list("daemonsets", "kube-system").items;
    expect(sets.map((d) => [d.metadata.name, d.status.desiredNumberScheduled, d.status.numberReady, d.spec.template.spec.nodeSelector])).toEqual([
      ["calico-node", 3, 3, { "kubernetes.io/os": "linux" }],
      ["kube-proxy", 3, 3, { "kubernetes.io/os": "linux" }],
    ]);
    const before = c.list("pods", "kube-system").items.map((p) => p.metadata.name);
    env.advance(10_000);
    expect(c.list("pods", "kube-system").items.map((p) => p.metadata.name)).toEqual(before);
    expect(c.list("pods", "kube-system", { labelSelector: "k8s-app=kube-proxy" }).items.map((p) => p.spec.nodeName).sort()).toEqual(["controlplane", "node01", "node02"]);
  });
});
