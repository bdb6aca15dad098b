import type { KubeObject } from "../../api/types";
import { ANY, type Schema } from "../../api/schema";

/**
 * autoscaling/v1 HorizontalPodAutoscaler <-> autoscaling/v2 (the storage version). v1 carries one
 * CPU utilization target; everything else travels in round-trip annotations holding v1-shaped JSON
 * (behavior holds the internal type, so its keys are Go field names). Models
 * pkg/apis/autoscaling/v1/conversion.go and pkg/apis/autoscaling/annotations.go.
 */

export const METRIC_SPECS_ANNOTATION = "autoscaling.alpha.kubernetes.io/metrics";
export const METRIC_STATUSES_ANNOTATION = "autoscaling.alpha.kubernetes.io/current-metrics";
export const CONDITIONS_ANNOTATION = "autoscaling.alpha.kubernetes.io/conditions";
export const BEHAVIOR_ANNOTATION = "autoscaling.alpha.kubernetes.io/behavior";
const ROUND_TRIP = [METRIC_SPECS_ANNOTATION, BEHAVIOR_ANNOTATION, METRIC_STATUSES_ANNOTATION, CONDITIONS_ANNOTATION];
const DEFAULT_CPU_UTILIZATION = 80;

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Copies the keys that are set, in the order given (Go's json field order, omitempty). */
function pick(keys: [string, unknown][]): Obj {
  const out: Obj = {};
  for (const [k, v] of keys) if (v !== undefined && v !== null) out[k] = v;
  return out;
}

const xref = (r: Obj | undefined) => pick([["kind", r?.kind ?? ""], ["name", r?.name ?? ""], ["apiVersion", r?.apiVersion]]);

// ---- v2 → v1 (metric specs and statuses as autoscaling/v1 shapes them for the annotations) ----

function specToV1(m: Obj): Obj {
  const t = m.type;
  const out: Obj = { type: t };
  if (m.object) {
    const o = m.object;
    out.object = pick([["target", xref(o.describedObject)], ["metricName", o.metric?.name ?? ""], ["targetValue", o.target?.value ?? "0"], ["selector", o.metric?.selector], ["averageValue", o.target?.averageValue]]);
  }
  if (m.pods) out.pods = pick([["metricName", m.pods.metric?.name ?? ""], ["targetAverageValue", m.pods.target?.averageValue ?? "0"], ["selector", m.pods.metric?.selector]]);
  if (m.resource) out.resource = pick([["name", m.resource.name], ["targetAverageUtilization", m.resource.target?.averageUtilization], ["targetAverageValue", m.resource.target?.averageValue]]);
  if (m.containerResource) {
    const c = m.containerResource;
    out.containerResource = pick([["name", c.name], ["targetAverageUtilization", c.target?.averageUtilization], ["targetAverageValue", c.target?.averageValue], ["container", c.container ?? ""]]);
  }
  if (m.external) {
    const e = m.external;
    out.external = pick([["metricName", e.metric?.name ?? ""], ["metricSelector", e.metric?.selector], ["targetValue", e.target?.value], ["targetAverageValue", e.target?.averageValue]]);
  }
  return out;
}

function statusToV1(m: Obj): Obj {
  const out: Obj = { type: m.type };
  if (m.object) {
    const o = m.object;
    out.object = pick([["target", xref(o.describedObject)], ["metricName", o.metric?.name ?? ""], ["currentValue", o.current?.value ?? "0"], ["selector", o.metric?.selector], ["averageValue", o.current?.averageValue]]);
  }
  if (m.pods) out.pods = pick([["metricName", m.pods.metric?.name ?? ""], ["currentAverageValue", m.pods.current?.averageValue ?? "0"], ["selector", m.pods.metric?.selector]]);
  if (m.resource) out.resource = pick([["name", m.resource.name], ["currentAverageUtilization", m.resource.current?.averageUtilization], ["currentAverageValue", m.resource.current?.averageValue ?? "0"]]);
  if (m.containerResource) {
    const c = m.containerResource;
    out.containerResource = pick([["name", c.name], ["currentAverageUtilization", c.current?.averageUtilization], ["currentAverageValue", c.current?.averageValue ?? "0"], ["container", c.container ?? ""]]);
  }
  if (m.external) {
    const e = m.external;
    out.external = pick([["metricName", e.metric?.name ?? ""], ["metricSelector", e.metric?.selector], ["currentValue", e.current?.value ?? "0"], ["currentAverageValue", e.current?.averageValue]]);
  }
  return out;
}

const condition = (c: Obj) => pick([["type", c.type], ["status", c.status], ["lastTransitionTime", c.lastTransitionTime ?? null], ["reason", c.reason], ["message", c.message]]);

/** The internal HPAScalingRules as encoding/json writes it (no json tags: Go field names, nil pointers as null). */
function rulesInternal(r: Obj | undefined): Obj | null {
  if (!r) return null;
  return {
    StabilizationWindowSeconds: r.stabilizationWindowSeconds ?? null,
    SelectPolicy: r.selectPolicy ?? null,
    Policies: r.policies ? r.policies.map((p: Obj) => ({ Type: p.type, Value: p.value, PeriodSeconds: p.periodSeconds })) : null,
  };
}

const isCpuUtilization = (m: Obj) => m.type === "Resource" && m.resource?.name === "cpu" && m.resource?.target?.averageUtilization != null;

/** autoscaling/v2 → autoscaling/v1. */
export function hpaToV1(v2: KubeObject): KubeObject {
  const spec: Obj = v2.spec ?? {};
  const status: Obj = v2.status ?? {};
  const annotations: Obj = { ...(v2.metadata?.annotations ?? {}) };
  for (const k of ROUND_TRIP) delete annotations[k];
  const metrics: Obj[] = spec.metrics ?? [];
  const cpu = metrics.find((m) => m.type === "Resource" && m.resource?.name === "cpu");
  const other = metrics.filter((m) => !isCpuUtilization(m)).map(specToV1);
  if (other.length) annotations[METRIC_SPECS_ANNOTATION] = JSON.stringify(other);
  const current: Obj[] = status.currentMetrics ?? [];
  if (current.length) annotations[METRIC_STATUSES_ANNOTATION] = JSON.stringify(current.map(statusToV1));
  if (spec.behavior) annotations[BEHAVIOR_ANNOTATION] = JSON.stringify({ ScaleUp: rulesInternal(spec.behavior.scaleUp), ScaleDown: rulesInternal(spec.behavior.scaleDown) });
  if (status.conditions?.length) annotations[CONDITIONS_ANNOTATION] = JSON.stringify(status.conditions.map(condition));
  const metadata = { ...v2.metadata };
  if (Object.keys(annotations).length) metadata.annotations = annotations;
  else delete metadata.annotations;
  let cpuNow: number | undefined;
  for (const m of current) if (m.type === "Resource" && m.resource?.name === "cpu" && m.resource.current?.averageUtilization != null) cpuNow = m.resource.current.averageUtilization;
  return {
    apiVersion: "autoscaling/v1",
    kind: v2.kind,
    metadata,
    spec: pick([["scaleTargetRef", spec.scaleTargetRef], ["minReplicas", spec.minReplicas], ["maxReplicas", spec.maxReplicas ?? 0], ["targetCPUUtilizationPercentage", cpu?.resource?.target?.averageUtilization]]),
    status: pick([["observedGeneration", status.observedGeneration], ["lastScaleTime", status.lastScaleTime], ["currentReplicas", status.currentReplicas ?? 0], ["desiredReplicas", status.desiredReplicas ?? 0], ["currentCPUUtilizationPercentage", cpuNow]]),
  };
}

// ---- v1 → v2 ----

function specFromV1(m: Obj): Obj {
  const out: Obj = { type: m.type };
  if (m.object) {
    const o = m.object;
    out.object = { describedObject: xref(o.target), metric: pick([["name", o.metricName ?? ""], ["selector", o.selector]]), target: pick([["type", o.averageValue == null ? "Value" : "AverageValue"], ["value", o.targetValue ?? "0"], ["averageValue", o.averageValue]]) };
  }
  if (m.pods) out.pods = { metric: pick([["name", m.pods.metricName ?? ""], ["selector", m.pods.selector]]), target: { type: "AverageValue", averageValue: m.pods.targetAverageValue ?? "0" } };
  const resource = (r: Obj) => pick([["type", r.targetAverageUtilization == null ? "AverageValue" : "Utilization"], ["averageValue", r.targetAverageValue], ["averageUtilization", r.targetAverageUtilization]]);
  if (m.resource) out.resource = { name: m.resource.name, target: resource(m.resource) };
  if (m.containerResource) out.containerResource = { name: m.containerResource.name, target: resource(m.containerResource), container: m.containerResource.container ?? "" };
  if (m.external) {
    const e = m.external;
    out.external = { metric: pick([["name", e.metricName ?? ""], ["selector", e.metricSelector]]), target: pick([["type", e.targetValue == null ? "AverageValue" : "Value"], ["value", e.targetValue], ["averageValue", e.targetAverageValue]]) };
  }
  return out;
}

function statusFromV1(m: Obj): Obj {
  const out: Obj = { type: m.type };
  if (m.object) {
    const o = m.object;
    out.object = { describedObject: xref(o.target), metric: pick([["name", o.metricName ?? ""], ["selector", o.selector]]), current: pick([["value", o.currentValue ?? "0"], ["averageValue", o.averageValue]]) };
  }
  if (m.pods) out.pods = { metric: pick([["name", m.pods.metricName ?? ""], ["selector", m.pods.selector]]), current: { averageValue: m.pods.currentAverageValue ?? "0" } };
  const resource = (r: Obj) => pick([["averageValue", r.currentAverageValue ?? "0"], ["averageUtilization", r.currentAverageUtilization]]);
  if (m.resource) out.resource = { name: m.resource.name, current: resource(m.resource) };
  if (m.containerResource) out.containerResource = { name: m.containerResource.name, current: resource(m.containerResource), container: m.containerResource.container ?? "" };
  if (m.external) {
    const e = m.external;
    out.external = { metric: pick([["name", e.metricName ?? ""], ["selector", e.metricSelector]]), current: pick([["value", e.currentValue ?? "0"], ["averageValue", e.currentAverageValue]]) };
  }
  return out;
}

/** encoding/json matches keys case-insensitively; the behavior annotation holds Go field names. */
function field(o: Obj | null | undefined, name: string): unknown {
  if (!o || typeof o !== "object") return undefined;
  const key = Object.keys(o).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : o[key];
}

function rulesFromInternal(r: unknown): Obj | undefined {
  if (!r || typeof r !== "object") return undefined;
  const policies = field(r as Obj, "Policies") as Obj[] | null | undefined;
  return pick([
    ["stabilizationWindowSeconds", field(r as Obj, "StabilizationWindowSeconds")],
    ["selectPolicy", field(r as Obj, "SelectPolicy")],
    ["policies", Array.isArray(policies) ? policies.map((p) => ({ type: field(p, "Type"), value: field(p, "Value"), periodSeconds: field(p, "PeriodSeconds") })) : undefined],
  ]);
}

/** Parses a round-trip annotation; malformed data stays out of the fields (upstream moves only well-formed data). */
function parsed(value: unknown): unknown {
  if (typeof value !== "string") return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** autoscaling/v1 → autoscaling/v2. */
export function hpaFromV1(v1: KubeObject): KubeObject {
  const spec: Obj = v1.spec ?? {};
  const status: Obj = v1.status ?? {};
  const annotations: Obj = { ...(v1.metadata?.annotations ?? {}) };
  let metrics: Obj[] = spec.targetCPUUtilizationPercentage != null ? [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: spec.targetCPUUtilizationPercentage } } }] : [];
  const other = parsed(annotations[METRIC_SPECS_ANNOTATION]);
  if (Array.isArray(other)) metrics = [...other.map(specFromV1), ...metrics.slice(0, 1)];
  if (!metrics.length) metrics = [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: DEFAULT_CPU_UTILIZATION } } }];
  const behaviorRaw = parsed(annotations[BEHAVIOR_ANNOTATION]) as Obj | undefined;
  const scaleUp = rulesFromInternal(field(behaviorRaw, "ScaleUp"));
  const scaleDown = rulesFromInternal(field(behaviorRaw, "ScaleDown"));
  const behavior = scaleUp || scaleDown ? pick([["scaleUp", scaleUp], ["scaleDown", scaleDown]]) : undefined;
  let currentMetrics: Obj[] | null = status.currentCPUUtilizationPercentage != null ? [{ type: "Resource", resource: { name: "cpu", current: { averageUtilization: status.currentCPUUtilizationPercentage } } }] : null;
  const current = parsed(annotations[METRIC_STATUSES_ANNOTATION]);
  if (Array.isArray(current)) currentMetrics = current.map(statusFromV1);
  const conditions = parsed(annotations[CONDITIONS_ANNOTATION]);
  for (const k of ROUND_TRIP) delete annotations[k];
  const metadata = { ...v1.metadata };
  if (Object.keys(annotations).length) metadata.annotations = annotations;
  else delete metadata.annotations;
  return {
    apiVersion: "autoscaling/v2",
    kind: v1.kind,
    metadata,
    spec: pick([["scaleTargetRef", spec.scaleTargetRef], ["minReplicas", spec.minReplicas], ["maxReplicas", spec.maxReplicas], ["metrics", metrics], ["behavior", behavior]]),
    // v2's status always carries desiredReplicas and currentMetrics (null when empty).
    status: {
      ...pick([
        ["observedGeneration", status.observedGeneration],
        ["lastScaleTime", status.lastScaleTime],
        ["currentReplicas", status.currentReplicas || undefined],
      ]),
      desiredReplicas: status.desiredReplicas ?? 0,
      currentMetrics,
      ...(Array.isArray(conditions) && conditions.length ? { conditions } : {}),
    },
  };
}

const META = ANY;
/** The fields autoscaling/v1 knows, for strict decoding of a v1 manifest. */
export const HPA_V1_SCHEMA: Schema = {
  apiVersion: ANY,
  kind: ANY,
  metadata: META,
  spec: { scaleTargetRef: { kind: ANY, name: ANY, apiVersion: ANY }, minReplicas: ANY, maxReplicas: ANY, targetCPUUtilizationPercentage: ANY },
  status: { observedGeneration: ANY, lastScaleTime: ANY, currentReplicas: ANY, desiredReplicas: ANY, currentCPUUtilizationPercentage: ANY },
};
