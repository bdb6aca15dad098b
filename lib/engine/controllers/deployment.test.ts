import { describe, expect, it } from "vitest";
import { ManualClock } from "../clock";
import { Rand } from "../rand";
import { createCluster } from "../cluster";
import type { KubeObject } from "../api/types";
import { resolveIntOrPercent } from "./deployment";

const fresh = () => createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9, 0, 0)), rand: new Rand(1) });
const deployment = (replicas: number, image: string, strategy?: object): KubeObject => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "web", namespace: "default" },
  spec: { replicas, selector: { matchLabels: { app: "web" } }, template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "nginx", image }] } }, ...(strategy ? { strategy } : {}) },
});

describe("deployment controller", () => {
  it.each([
    ["25%", 4, true, 1],
    ["25%", 4, false, 1],
    ["25%", 3, true, 1],
    ["25%", 3, false, 0],
    [2, 10, true, 2],
    ["50%", 5, true, 3],
  ])("resolves %s of %i (round up %s) to %i", (v, total, up, expected) => {
    expect(resolveIntOrPercent(v, total, up)).toBe(expected);
  });

  it("creates a ReplicaSet and its pods, then reports them available", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create(deployment(3, "nginx"));
    env.advance(6000);
    const d = c.get("deployments", "web", "default");
    expect([d.status.replicas, d.status.readyReplicas, d.status.availableReplicas, d.status.updatedReplicas]).toEqual([3, 3, 3, 3]);
    expect(d.metadata.annotations?.["deployment.kubernetes.io/revision"]).toBe("1");
    expect(d.status.conditions.map((x: { reason: string }) => x.reason)).toEqual(["MinimumReplicasAvailable", "NewReplicaSetAvailable"]);
    const rs = c.list("replicasets", "default").items;
    expect(rs).toHaveLength(1);
    expect(c.list("pods", "default", { labelSelector: "app=web" }).items).toHaveLength(3);
  });

  it("rolls out a new image without dropping below maxUnavailable, ending with the old ReplicaSet at 0", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create(deployment(4, "nginx:1.26"));
    env.advance(6000);
    const d = c.get("deployments", "web", "default");
    d.spec.template.spec.containers[0].image = "nginx:1.27";
    c.update(d);
    let minReady = Infinity;
    for (let i = 0; i < 30; i++) {
      env.advance(1000);
      const ready = c.list("pods", "default", { labelSelector: "app=web" }).items.filter((p) => p.status.phase === "Running").length;
      minReady = Math.min(minReady, ready);
    }
    expect(minReady).toBeGreaterThanOrEqual(3);
    const sets = c.list("replicasets", "default").items.map((rs) => [rs.metadata.annotations!["deployment.kubernetes.io/revision"], rs.spec.replicas, rs.spec.template.spec.containers[0].image]);
    expect(sets.sort()).toEqual([
      ["1", 0, "nginx:1.26"],
      ["2", 4, "nginx:1.27"],
    ]);
    expect(c.list("pods", "default").items.map((p) => p.spec.containers[0].image)).toEqual(["nginx:1.27", "nginx:1.27", "nginx:1.27", "nginx:1.27"]);
  });

  it("scales down and garbage-collects ReplicaSets and pods when the Deployment goes", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create(deployment(3, "nginx"));
    env.advance(6000);
    const d = c.get("deployments", "web", "default");
    d.spec.replicas = 1;
    c.update(d);
    env.advance(1000);
    expect(c.list("pods", "default").items).toHaveLength(1);
    c.delete("deployments", "web", "default");
    env.advance(2000);
    expect([c.list("replicasets", "default").items.length, c.list("pods", "default").items.length]).toEqual([0, 0]);
  });

  it("recreates a deleted pod of a ReplicaSet", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create(deployment(2, "nginx"));
    env.advance(6000);
    const victim = c.list("pods", "default").items[0].metadata.name!;
    c.delete("pods", victim, "default");
    env.advance(1000);
    const names = c.list("pods", "default").items.map((p) => p.metadata.name);
    expect(names).toHaveLength(2);
    expect(names).not.toContain(victim);
  });

  it("reports ProgressDeadlineExceeded when a rollout makes no progress, and DeploymentPaused while paused", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create({ ...deployment(2, "nginx:1.27"), spec: { ...deployment(2, "nginx:1.27").spec, progressDeadlineSeconds: 30 } });
    env.advance(6000);
    const progressing = () => c.get("deployments", "web", "default").status.conditions.find((x: { type: string }) => x.type === "Progressing");
    c.patch("deployments", "web", "default", "strategic", { spec: { template: { spec: { containers: [{ name: "nginx", image: "ngnix:1.27" }] } } } });
    env.advance(20_000);
    expect(progressing().reason).toBe("ReplicaSetUpdated");
    env.advance(20_000);
    expect([progressing().status, progressing().reason]).toEqual(["False", "ProgressDeadlineExceeded"]);
    expect(progressing().message).toMatch(/^ReplicaSet "web-[a-z0-9]+" has timed out progressing\.$/);
    c.patch("deployments", "web", "default", "merge", { spec: { paused: true } });
    env.advance(1000);
    expect([progressing().status, progressing().reason, progressing().message]).toEqual(["Unknown", "DeploymentPaused", "Deployment is paused"]);
  });
});
