import type { KubeObject } from "../api/types";
import { parseQuantity } from "../api/quantity";
import { matchesSelectorObject } from "../api/selectors";
import { rfc3339 } from "../clock";
import { recordEvent } from "../events";
import { NO_METRICS_API } from "../metrics/usage";
import { clusterMetricsSource, listPodMetrics, metricsServed } from "../metrics/metrics-api";
import type { Controller } from "./controller";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** --horizontal-pod-autoscaler-sync-period, tolerance and downscale stabilization window. */
const SYNC_MS = 15_000;
const TOLERANCE = 0.1;
const DOWNSCALE_WINDOW_MS = 300_000;
const TARGETS: Record<string, string> = { Deployment: "deployments", StatefulSet: "statefulsets", ReplicaSet: "replicasets" };

interface HpaMem {
  last: number;
  /** Recent recommendations [time, replicas] for the downscale stabilization window. */
  recs: [number, number][];
}

interface Reading {
  utilization?: number;
  averageMilli?: number;
  usedMilli?: number;
  requestedMilli?: number;
  /** Requested millicores of running pods metrics-server has no figures for yet. */
  missingRequests?: number[];
  error?: string;
}

/**
 * Average CPU utilisation of the target's running pods against their requests, from the PodMetrics
 * metrics-server serves (replica_calculator.go); pods without figures yet are counted apart.
 */
function cpuUtilization(pods: KubeObject[], metrics: KubeObject[]): Reading {
  let used = 0;
  let requested = 0;
  let withMetrics = 0;
  const missingRequests: number[] = [];
  const running = pods.filter((p) => p.status?.phase === "Running" && !p.metadata.deletionTimestamp);
  if (!running.length) return { error: "failed to get cpu utilization: did not receive metrics for targeted pods (pods might be unready)" };
  for (const p of running) {
    const m = metrics.find((x) => x.metadata.name === p.metadata.name);
    let podRequest = 0;
    for (const c of (p.spec?.containers ?? []) as Obj[]) {
      const req = parseQuantity(c.resources?.requests?.cpu ?? c.resources?.limits?.cpu);
      if (!req) return { error: `failed to get cpu utilization: missing request for cpu in container ${c.name} of Pod ${p.metadata.name}` };
      podRequest += Number(req.milli);
      const usage = (m?.containers as Obj[] | undefined)?.find((u) => u.name === c.name)?.usage?.cpu;
      if (m) used += Number(parseQuantity(usage ?? "0")?.milli ?? 0);
    }
    if (m) {
      requested += podRequest;
      withMetrics++;
    } else missingRequests.push(podRequest);
  }
  if (!withMetrics) return { error: "failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API" };
  return { utilization: Math.floor((used * 100) / requested), averageMilli: Math.floor(used / withMetrics), usedMilli: used, requestedMilli: requested, missingRequests };
}

/**
 * The replica proposal: pods without metrics count as idle when scaling up and as fully used when
 * scaling down, and the scale direction must survive that (replica_calculator.go).
 */
function proposeReplicas(r: Reading, target: number, current: number, readyCount: number): number {
  const ratio = r.utilization! / target;
  const missing = r.missingRequests ?? [];
  if (!missing.length) return Math.abs(ratio - 1) <= TOLERANCE ? current : Math.ceil(ratio * readyCount);
  if (Math.abs(ratio - 1) <= TOLERANCE) return current;
  const [used, requested] = [r.usedMilli!, r.requestedMilli!];
  const extra = missing.reduce((a, b) => a + b, 0);
  const rebalanced = ((ratio > 1 ? used : used + extra) * 100) / (requested + extra) / target;
  if (Math.abs(rebalanced - 1) <= TOLERANCE || (ratio > 1) !== (rebalanced > 1)) return current;
  const proposal = Math.ceil(rebalanced * readyCount);
  return ratio > 1 ? Math.max(proposal, current) : Math.min(proposal, current);
}

const cond = (type: string, status: string, reason: string, message: string, prev: Obj[] | undefined, nowIso: string) => {
  const p = prev?.find((c) => c.type === type);
  return { type, status, lastTransitionTime: p?.status === status ? p.lastTransitionTime : nowIso, reason, message };
};

/**
 * Scales Deployments, StatefulSets and ReplicaSets between minReplicas and maxReplicas from the
 * pods' simulated CPU use against their requests (served only while metrics-server runs), every 15 s, with the 10% tolerance, the 5-minute
 * downscale stabilization and the default scale-up limit (double or +4 pods per period).
 * Models pkg/controller/podautoscaler/horizontal.go.
 */
export const hpaController: Controller = {
  name: "horizontal-pod-autoscaler",
  sync(env, cluster) {
    const api = cluster.api;
    const hpas = api.list("horizontalpodautoscalers", undefined).items;
    const mem = (env.controllerState["hpa"] ??= {}) as Record<string, HpaMem>;
    if (!hpas.length) {
      for (const k of Object.keys(mem)) delete mem[k];
      return;
    }
    const now = env.clock.now();
    const nowIso = rfc3339(now);
    for (const hpa of hpas) {
      const m = (mem[hpa.metadata.uid!] ??= { last: 0, recs: [] });
      if (m.last && now - m.last < SYNC_MS) continue;
      m.last = now;
      const ns = hpa.metadata.namespace!;
      const spec = hpa.spec ?? {};
      const prev: Obj[] | undefined = hpa.status?.conditions;
      const ref = spec.scaleTargetRef ?? {};
      const resource = TARGETS[ref.kind];
      const event = (type: "Normal" | "Warning", reason: string, message: string) => recordEvent(cluster, env, hpa, type, reason, message, "horizontal-pod-autoscaler");
      let target: KubeObject | undefined;
      try {
        target = resource ? api.get(resource, ref.name, ns) : undefined;
      } catch {
        target = undefined;
      }
      if (!target) {
        const msg = `the HPA controller was unable to get the target's current scale: ${resource ? `${resource}.apps "${ref.name}" not found` : `no matches for kind "${ref.kind}" in group ""`}`;
        event("Warning", "FailedGetScale", resource ? `${resource}.apps "${ref.name}" not found` : `no matches for kind "${ref.kind}" in group ""`);
        write(hpa, { ...hpa.status, conditions: [cond("AbleToScale", "False", "FailedGetScale", msg, prev, nowIso)] });
        continue;
      }
      const current: number = target.spec?.replicas ?? 1;
      const pods = api.list("pods", ns).items.filter((p) => matchesSelectorObject(target!.spec?.selector, p.metadata.labels));
      const min: number = spec.minReplicas ?? 1;
      const max: number = spec.maxReplicas;
      const metrics: Obj[] = spec.metrics ?? [];
      const conditions: Obj[] = [];
      let desired = current;
      let reason = "";
      let currentMetrics: Obj[] | null = null;

      if (current === 0 && min !== 0) {
        conditions.push(cond("AbleToScale", "True", "SucceededGetScale", "the HPA controller was able to get the target's current scale", prev, nowIso));
        conditions.push(cond("ScalingActive", "False", "ScalingDisabled", "scaling is disabled since the replica count of the target is zero", prev, nowIso));
        write(hpa, { ...hpa.status, currentReplicas: 0, desiredReplicas: 0, conditions });
        continue;
      }
      if (current > max) [desired, reason] = [max, "Current number of replicas above Spec.MaxReplicas"];
      else if (current < min) [desired, reason] = [min, "Current number of replicas below Spec.MinReplicas"];
      else {
        const cpu = metrics.find((x) => x.type === "Resource" && x.resource?.name === "cpu" && x.resource?.target?.averageUtilization != null);
        const source = clusterMetricsSource(env, cluster);
        const reading: Reading = !cpu ? { error: "only cpu utilization metrics are simulated" } : metricsServed(source) ? cpuUtilization(pods, listPodMetrics(source, ns)) : { error: `failed to get cpu utilization: ${NO_METRICS_API}` };
        if (reading.error) {
          event("Warning", "FailedGetResourceMetric", reading.error);
          event("Warning", "FailedComputeMetricsReplicas", `invalid metrics (1 invalid out of ${metrics.length}), first error is: failed to get cpu resource metric value: ${reading.error}`);
          conditions.push(cond("AbleToScale", "True", "SucceededGetScale", "the HPA controller was able to get the target's current scale", prev, nowIso));
          conditions.push(cond("ScalingActive", "False", "FailedGetResourceMetric", `the HPA was unable to compute the replica count: ${reading.error}`, prev, nowIso));
          write(hpa, { ...hpa.status, currentReplicas: current, desiredReplicas: hpa.status?.desiredReplicas ?? 0, currentMetrics: null, conditions });
          continue;
        }
        currentMetrics = [{ type: "Resource", resource: { name: "cpu", current: { averageUtilization: reading.utilization, averageValue: reading.averageMilli ? `${reading.averageMilli}m` : "0" } } }];
        const ready = pods.filter((p) => p.status?.phase === "Running").length || current;
        const proposal = proposeReplicas(reading, cpu!.resource.target.averageUtilization, current, ready);
        // Stabilize downscales over the window; limit upscales per period.
        if (!m.recs.length) m.recs.push([now, current]);
        m.recs = [...m.recs.filter(([t]) => now - t < DOWNSCALE_WINDOW_MS), [now, proposal]];
        let rec = proposal;
        if (proposal < current) rec = Math.min(current, Math.max(...m.recs.map(([, r]) => r)));
        rec = Math.min(rec, Math.max(current * 2, current + 4));
        const limited = Math.max(min, Math.min(max, rec));
        desired = limited;
        reason = desired > current ? "cpu resource utilization (percentage of request) above target" : "All metrics below target";
        const stabilized = proposal < current && rec > proposal;
        conditions.push(
          cond("AbleToScale", "True", desired !== current ? "SucceededRescale" : stabilized ? "ScaleDownStabilized" : "ReadyForNewScale", desired !== current ? `the HPA controller was able to update the target scale to ${desired}` : stabilized ? "recent recommendations were higher than current one, applying the highest recent recommendation" : "recommended size matches current size", prev, nowIso),
        );
        conditions.push(cond("ScalingActive", "True", "ValidMetricFound", "the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)", prev, nowIso));
        conditions.push(
          rec > max
            ? cond("ScalingLimited", "True", "TooManyReplicas", "the desired replica count is more than the maximum replica count", prev, nowIso)
            : rec < min
              ? cond("ScalingLimited", "True", "TooFewReplicas", "the desired replica count is less than the minimum replica count", prev, nowIso)
              : cond("ScalingLimited", "False", "DesiredWithinRange", "the desired count is within the acceptable range", prev, nowIso),
        );
      }
      let lastScaleTime = hpa.status?.lastScaleTime;
      if (desired !== current) {
        api.update({ ...target, metadata: { ...target.metadata, resourceVersion: undefined }, spec: { ...target.spec, replicas: desired } });
        lastScaleTime = nowIso;
        event("Normal", "SuccessfulRescale", `New size: ${desired}; reason: ${reason}`);
        if (!conditions.length) {
          conditions.push(cond("AbleToScale", "True", "SucceededRescale", `the HPA controller was able to update the target scale to ${desired}`, prev, nowIso));
          conditions.push(cond("ScalingLimited", "True", current > max ? "TooManyReplicas" : "TooFewReplicas", current > max ? "the desired replica count is more than the maximum replica count" : "the desired replica count is less than the minimum replica count", prev, nowIso));
        }
      }
      write(hpa, { ...(currentMetrics ? { currentMetrics } : { currentMetrics: null }), currentReplicas: current, desiredReplicas: desired, ...(lastScaleTime ? { lastScaleTime } : {}), conditions });
    }

    function write(hpa: KubeObject, status: Obj) {
      const next = JSON.parse(JSON.stringify({ ...status, observedGeneration: hpa.metadata.generation }));
      if (JSON.stringify(next) !== JSON.stringify(hpa.status)) api.update({ ...hpa, metadata: { ...hpa.metadata, resourceVersion: undefined }, status: next }, {}, "status");
    }
  },
};
