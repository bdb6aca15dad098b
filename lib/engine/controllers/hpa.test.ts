import { describe, expect, it } from "vitest";
import { ManualClock } from "../clock";
import { Rand } from "../rand";
import { createCluster } from "../cluster";
import type { KubeObject } from "../api/types";
import { isStatusError } from "../api/errors";
import YAML from "yaml";
import { METRICS_SERVER_MANIFEST } from "../metrics/metrics-server";

/** A cluster with metrics-server running (kubeadm installs none). */
function fresh() {
  const env = createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9, 0, 0)), rand: new Rand(1) });
  for (const doc of YAML.parseAllDocuments(METRICS_SERVER_MANIFEST)) env.adminClient().create(doc.toJS());
  env.advance(5000);
  return env;
}
type Env = ReturnType<typeof createCluster>;
const deployment = (replicas: number, container: Record<string, unknown>): KubeObject => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "web", namespace: "default" },
  spec: { replicas, selector: { matchLabels: { app: "web" } }, template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "app", ...container }] } } },
});
const hpa = (min: number, max: number, cpu = 50): KubeObject => ({
  apiVersion: "autoscaling/v2",
  kind: "HorizontalPodAutoscaler",
  metadata: { name: "web", namespace: "default" },
  spec: { scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web" }, minReplicas: min, maxReplicas: max, metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: cpu } } }] },
});
const BUSY = { image: "busybox:1.36", command: ["sh", "-c", "while true; do :; done"], resources: { requests: { cpu: "200m" }, limits: { cpu: "500m" } } };
const IDLE = { image: "nginx:1.27", resources: { requests: { cpu: "100m" } } };
const replicas = (env: Env) => env.adminClient().get("deployments", "web", "default").spec.replicas;
const reasons = (env: Env) => (env.adminClient().get("horizontalpodautoscalers", "web", "default").status.conditions ?? []).map((c: { type: string; reason: string }) => `${c.type}=${c.reason}`);

describe("horizontal pod autoscaler", () => {
  it("defaults minReplicas and an 80% cpu target, and validates bounds", () => {
    const c = fresh().adminClient();
    const h = c.create({ apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", metadata: { name: "a", namespace: "default" }, spec: { scaleTargetRef: { kind: "Deployment", name: "web" }, maxReplicas: 3 } });
    expect([h.spec.minReplicas, h.spec.metrics]).toEqual([1, [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 80 } } }]]);
    try {
      c.create({ ...hpa(5, 2), metadata: { name: "b", namespace: "default" } });
      expect.unreachable();
    } catch (e) {
      expect(isStatusError(e) && e.message).toBe('HorizontalPodAutoscaler "b" is invalid: spec.maxReplicas: Invalid value: 2: must be greater than or equal to `minReplicas`');
    }
  });

  it("scales a busy deployment up to maxReplicas", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create(deployment(1, BUSY));
    c.create(hpa(1, 5));
    env.advance(5000);
    expect(replicas(env)).toBe(1);
    env.advance(60_000);
    expect(replicas(env)).toBe(5);
    const h = c.get("horizontalpodautoscalers", "web", "default");
    expect(h.status.currentMetrics).toEqual([{ type: "Resource", resource: { name: "cpu", current: { averageUtilization: 250, averageValue: "500m" } } }]);
    expect(reasons(env)).toEqual(["AbleToScale=ReadyForNewScale", "ScalingActive=ValidMetricFound", "ScalingLimited=TooManyReplicas"]);
  });

  it("raises a deployment below minReplicas at once, then scales an idle one down only after the stabilization window", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create(deployment(4, IDLE));
    env.advance(6000);
    c.create(hpa(2, 6));
    env.advance(60_000);
    expect(replicas(env)).toBe(4);
    expect(reasons(env)).toContain("AbleToScale=ScaleDownStabilized");
    env.advance(300_000);
    expect(replicas(env)).toBe(2);
  });

  it("reads no metrics without metrics-server", () => {
    const env = createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9, 0, 0)), rand: new Rand(1) });
    const c = env.adminClient();
    c.create(deployment(2, BUSY));
    c.create(hpa(1, 5));
    env.advance(40_000);
    expect(replicas(env)).toBe(2);
    const active = c.get("horizontalpodautoscalers", "web", "default").status.conditions[1];
    expect([active.reason, active.message]).toEqual([
      "FailedGetResourceMetric",
      "the HPA was unable to compute the replica count: failed to get cpu utilization: unable to get metrics for resource cpu: unable to fetch metrics from resource metrics API: the server could not find the requested resource (get pods.metrics.k8s.io)",
    ]);
  });

  it("reports a missing cpu request and leaves the replicas alone", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create(deployment(2, { image: "nginx:1.27" }));
    env.advance(6000);
    c.create(hpa(1, 5));
    env.advance(20_000);
    expect(replicas(env)).toBe(2);
    expect(reasons(env)).toEqual(["AbleToScale=SucceededGetScale", "ScalingActive=FailedGetResourceMetric"]);
  });
});
