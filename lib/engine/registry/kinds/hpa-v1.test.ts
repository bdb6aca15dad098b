import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../api/types";
import { hpaFromV1, hpaToV1 } from "./hpa-v1";
import { parseResourceRef, resolveVersioned, versionedStrategyFor, versionedStrategyForKind } from "../versions";

const ref = { apiVersion: "apps/v1", kind: "Deployment", name: "web" };
const meta = (annotations?: Record<string, string>) => ({ name: "web", namespace: "default", ...(annotations ? { annotations } : {}) });
const cpu = (n: number) => ({ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: n } } });
const v2 = (spec: object, status: object = { currentMetrics: null, desiredReplicas: 0 }, annotations?: Record<string, string>): KubeObject => ({ apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", metadata: meta(annotations), spec, status });
const v1 = (spec: object, status: object = { currentReplicas: 0, desiredReplicas: 0 }, annotations?: Record<string, string>): KubeObject => ({ apiVersion: "autoscaling/v1", kind: "HorizontalPodAutoscaler", metadata: meta(annotations), spec, status });

describe("autoscaling/v2 → autoscaling/v1", () => {
  const cases: [string, KubeObject, KubeObject][] = [
    ["a CPU utilization target", v2({ scaleTargetRef: ref, minReplicas: 1, maxReplicas: 5, metrics: [cpu(60)] }), v1({ scaleTargetRef: ref, minReplicas: 1, maxReplicas: 5, targetCPUUtilizationPercentage: 60 })],
    [
      "other metrics go to the metrics annotation in v1 shape",
      v2({ scaleTargetRef: ref, maxReplicas: 3, metrics: [cpu(50), { type: "Resource", resource: { name: "memory", target: { type: "AverageValue", averageValue: "200Mi" } } }] }),
      v1({ scaleTargetRef: ref, maxReplicas: 3, targetCPUUtilizationPercentage: 50 }, undefined, { "autoscaling.alpha.kubernetes.io/metrics": '[{"type":"Resource","resource":{"name":"memory","targetAverageValue":"200Mi"}}]' }),
    ],
    [
      "behavior keeps the internal type's Go field names",
      v2({ scaleTargetRef: ref, maxReplicas: 3, metrics: [cpu(80)], behavior: { scaleDown: { stabilizationWindowSeconds: 60, policies: [{ type: "Pods", value: 1, periodSeconds: 30 }] } } }),
      v1({ scaleTargetRef: ref, maxReplicas: 3, targetCPUUtilizationPercentage: 80 }, undefined, {
        "autoscaling.alpha.kubernetes.io/behavior": '{"ScaleUp":null,"ScaleDown":{"StabilizationWindowSeconds":60,"SelectPolicy":null,"Policies":[{"Type":"Pods","Value":1,"PeriodSeconds":30}]}}',
      }),
    ],
    [
      "status: current CPU, current metrics and conditions",
      v2(
        { scaleTargetRef: ref, maxReplicas: 3, metrics: [cpu(80)] },
        {
          currentReplicas: 2,
          desiredReplicas: 2,
          currentMetrics: [{ type: "Resource", resource: { name: "cpu", current: { averageUtilization: 40, averageValue: "40m" } } }],
          conditions: [{ type: "AbleToScale", status: "True", lastTransitionTime: "2026-01-01T10:00:00Z", reason: "ReadyForNewScale", message: "ok" }],
        },
      ),
      v1({ scaleTargetRef: ref, maxReplicas: 3, targetCPUUtilizationPercentage: 80 }, { currentReplicas: 2, desiredReplicas: 2, currentCPUUtilizationPercentage: 40 }, {
        "autoscaling.alpha.kubernetes.io/conditions": '[{"type":"AbleToScale","status":"True","lastTransitionTime":"2026-01-01T10:00:00Z","reason":"ReadyForNewScale","message":"ok"}]',
        "autoscaling.alpha.kubernetes.io/current-metrics": '[{"type":"Resource","resource":{"name":"cpu","currentAverageUtilization":40,"currentAverageValue":"40m"}}]',
      }),
    ],
    [
      "a CPU average-value target is not a percentage",
      v2({ scaleTargetRef: ref, maxReplicas: 3, metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "AverageValue", averageValue: "500m" } } }] }),
      v1({ scaleTargetRef: ref, maxReplicas: 3 }, undefined, { "autoscaling.alpha.kubernetes.io/metrics": '[{"type":"Resource","resource":{"name":"cpu","targetAverageValue":"500m"}}]' }),
    ],
  ];
  for (const [title, input, want] of cases) it(title, () => expect(hpaToV1(input)).toEqual(want));
});

describe("autoscaling/v1 → autoscaling/v2", () => {
  const cases: [string, KubeObject, KubeObject][] = [
    ["targetCPUUtilizationPercentage becomes a Resource metric", v1({ scaleTargetRef: ref, minReplicas: 2, maxReplicas: 5, targetCPUUtilizationPercentage: 60 }), v2({ scaleTargetRef: ref, minReplicas: 2, maxReplicas: 5, metrics: [cpu(60)] })],
    ["no target: 80% CPU, explicitly", v1({ scaleTargetRef: ref, maxReplicas: 5 }, {}), v2({ scaleTargetRef: ref, maxReplicas: 5, metrics: [cpu(80)] })],
    [
      "annotation metrics come first, then the CPU target; the annotation is dropped",
      v1({ scaleTargetRef: ref, maxReplicas: 3, targetCPUUtilizationPercentage: 50 }, undefined, { team: "a", "autoscaling.alpha.kubernetes.io/metrics": '[{"type":"Pods","pods":{"metricName":"qps","targetAverageValue":"10"}}]' }),
      v2({ scaleTargetRef: ref, maxReplicas: 3, metrics: [{ type: "Pods", pods: { metric: { name: "qps" }, target: { type: "AverageValue", averageValue: "10" } } }, cpu(50)] }, undefined, { team: "a" }),
    ],
    [
      "behavior, conditions and current metrics return to their fields",
      v1({ scaleTargetRef: ref, maxReplicas: 3, targetCPUUtilizationPercentage: 80 }, { currentReplicas: 2, desiredReplicas: 2 }, {
        "autoscaling.alpha.kubernetes.io/behavior": '{"scaleUp":{"selectPolicy":"Disabled"},"ScaleDown":null}',
        "autoscaling.alpha.kubernetes.io/conditions": '[{"type":"ScalingActive","status":"False","reason":"ScalingDisabled"}]',
        "autoscaling.alpha.kubernetes.io/current-metrics": '[{"type":"Resource","resource":{"name":"cpu","currentAverageUtilization":40,"currentAverageValue":"40m"}}]',
      }),
      v2(
        { scaleTargetRef: ref, maxReplicas: 3, metrics: [cpu(80)], behavior: { scaleUp: { selectPolicy: "Disabled" } } },
        { currentReplicas: 2, desiredReplicas: 2, currentMetrics: [{ type: "Resource", resource: { name: "cpu", current: { averageValue: "40m", averageUtilization: 40 } } }], conditions: [{ type: "ScalingActive", status: "False", reason: "ScalingDisabled" }] },
      ),
    ],
    ["a malformed annotation is ignored and dropped", v1({ scaleTargetRef: ref, maxReplicas: 3 }, undefined, { "autoscaling.alpha.kubernetes.io/metrics": "not json" }), v2({ scaleTargetRef: ref, maxReplicas: 3, metrics: [cpu(80)] })],
  ];
  for (const [title, input, want] of cases) it(title, () => expect(hpaFromV1(input)).toEqual(want));

  it("round-trips a v2 object through v1", () => {
    const original = v2({ scaleTargetRef: ref, minReplicas: 1, maxReplicas: 4, metrics: [{ type: "External", external: { metric: { name: "queue" }, target: { type: "Value", value: "30" } } }, cpu(70)], behavior: { scaleUp: { stabilizationWindowSeconds: 0, selectPolicy: "Max", policies: [{ type: "Percent", value: 100, periodSeconds: 15 }] } } });
    expect(hpaFromV1(hpaToV1(original))).toEqual(original);
  });
});

describe("version-qualified resources", () => {
  it("parses plural.version.group", () => {
    expect(parseResourceRef("horizontalpodautoscalers.v1.autoscaling")).toEqual({ resource: "horizontalpodautoscalers", version: "v1", group: "autoscaling" });
    expect(parseResourceRef("crontabs.v1beta1.stable.example.com")).toEqual({ resource: "crontabs", version: "v1beta1", group: "stable.example.com" });
    expect(parseResourceRef("deployments.apps")).toBeUndefined();
  });
  it("finds the served strategies", () => {
    expect(versionedStrategyFor("horizontalpodautoscalers.v1.autoscaling")?.info).toMatchObject({ version: "v1", preferredVersion: "v2" });
    expect(versionedStrategyFor("horizontalpodautoscalers.v2.autoscaling")?.info.version).toBe("v2");
    expect(versionedStrategyFor("horizontalpodautoscalers.v2beta2.autoscaling")).toBeUndefined();
    expect(versionedStrategyForKind("autoscaling/v1", "HorizontalPodAutoscaler")?.info.version).toBe("v1");
    expect(resolveVersioned("hpa.v1.autoscaling")?.version).toBe("v1");
  });
  it("strict-decodes against the v1 fields", () => {
    const s = versionedStrategyForKind("autoscaling/v1", "HorizontalPodAutoscaler")!;
    expect(s.unknownFields!(v1({ scaleTargetRef: ref, maxReplicas: 3, metrics: [] }))).toEqual(["spec.metrics"]);
  });
});
