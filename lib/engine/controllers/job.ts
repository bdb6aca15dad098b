import type { KubeObject } from "../api/types";
import { rfc3339 } from "../clock";
import { recordEvent } from "../events";
import type { Controller } from "./controller";
import { controllerRef, isOwnedBy, isPodReady } from "./owners";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Failed pods are replaced after 10 s, doubling per failure up to 6 minutes (DefaultJobPodFailureBackOff). */
const BACKOFF_BASE_MS = 10_000;
const BACKOFF_MAX_MS = 360_000;

/** What the controller remembers per Job (pods already counted, last failure) — survives snapshots. */
interface JobMem {
  counted: string[];
  lastFailure?: number;
}

const terminal = (p: KubeObject) => p.status?.phase === "Succeeded" || p.status?.phase === "Failed";
const finished = (job: KubeObject) => (job.status?.conditions ?? []).some((c: Obj) => (c.type === "Complete" || c.type === "Failed") && c.status === "True");

function condition(type: string, reason: string, message: string, nowIso: string): Obj {
  return { type, status: "True", lastProbeTime: nowIso, lastTransitionTime: nowIso, reason, message };
}

/**
 * Runs a Job's pods to completion: keeps up to `parallelism` pods active until `completions` have
 * succeeded, counts failures against `backoffLimit` (pod failures with restartPolicy Never, container
 * restarts with OnFailure), honours suspend, activeDeadlineSeconds and ttlSecondsAfterFinished, and
 * ends with the SuccessCriteriaMet+Complete or FailureTarget+Failed conditions.
 * Models pkg/controller/job/job_controller.go and pkg/controller/ttlafterfinished.
 */
export const jobController: Controller = {
  name: "job",
  sync(env, cluster) {
    const api = cluster.api;
    const jobs = api.list("jobs", undefined).items;
    const mem = (env.controllerState["job"] ??= {}) as Record<string, JobMem>;
    if (!jobs.length) {
      for (const k of Object.keys(mem)) delete mem[k];
      return;
    }
    const now = env.clock.now();
    const nowIso = rfc3339(now);
    const allPods = api.list("pods", undefined).items;
    const live = new Set(jobs.map((j) => j.metadata.uid!));
    for (const k of Object.keys(mem)) if (!live.has(k)) delete mem[k];

    for (const job of jobs) {
      const ns = job.metadata.namespace!;
      const spec = job.spec ?? {};
      const status: Obj = structuredClone(job.status ?? {});
      const m = (mem[job.metadata.uid!] ??= { counted: [] });
      const pods = allPods.filter((p) => p.metadata.namespace === ns && isOwnedBy(p, job));

      if (finished(job)) {
        const ttl = spec.ttlSecondsAfterFinished;
        const doneAt = Date.parse(status.completionTime ?? (status.conditions ?? []).find((c: Obj) => c.type === "Failed")?.lastTransitionTime ?? nowIso);
        if (ttl != null && now >= doneAt + ttl * 1000) {
          api.delete("jobs", job.metadata.name!, ns);
          delete mem[job.metadata.uid!];
        }
        continue;
      }

      // Count pods that reached a terminal phase exactly once.
      for (const p of pods.filter(terminal)) {
        if (m.counted.includes(p.metadata.uid!)) continue;
        m.counted.push(p.metadata.uid!);
        if (p.status.phase === "Succeeded") status.succeeded = (status.succeeded ?? 0) + 1;
        else {
          status.failed = (status.failed ?? 0) + 1;
          m.lastFailure = now;
        }
      }
      let active = pods.filter((p) => !terminal(p) && !p.metadata.deletionTimestamp);
      const removeActive = () => {
        for (const p of active) {
          api.delete("pods", p.metadata.name!, ns);
          recordEvent(cluster, env, job, "Normal", "SuccessfulDelete", `Deleted pod: ${p.metadata.name}`, "job-controller");
        }
        active = [];
      };
      const succeeded = status.succeeded ?? 0;
      const failed = status.failed ?? 0;
      const restarts = spec.template?.spec?.restartPolicy === "OnFailure" ? active.reduce((n, p) => n + (p.status?.containerStatuses ?? []).reduce((a: number, c: Obj) => a + (c.restartCount ?? 0), 0), 0) : 0;
      const conditions: Obj[] = (status.conditions ?? []).filter((c: Obj) => c.type !== "Suspended" || spec.suspend);

      let failure: { reason: string; message: string } | undefined;
      const limit = spec.backoffLimit ?? 6;
      const onFailure = spec.template?.spec?.restartPolicy === "OnFailure";
      if (failed > limit || (onFailure && (limit === 0 ? restarts > 0 : restarts >= limit))) failure = { reason: "BackoffLimitExceeded", message: "Job has reached the specified backoff limit" };
      else if (spec.activeDeadlineSeconds != null && status.startTime && now - Date.parse(status.startTime) >= spec.activeDeadlineSeconds * 1000)
        failure = { reason: "DeadlineExceeded", message: "Job was active longer than specified deadline" };
      const completions: number | undefined = spec.completions ?? undefined;
      const complete = completions != null ? succeeded >= completions : succeeded > 0 && active.length === 0;

      if (failure) {
        removeActive();
        conditions.push(condition("FailureTarget", failure.reason, failure.message, nowIso), condition("Failed", failure.reason, failure.message, nowIso));
        recordEvent(cluster, env, job, "Warning", failure.reason, failure.message, "job-controller");
      } else if (complete) {
        removeActive();
        status.completionTime = nowIso;
        conditions.push(condition("SuccessCriteriaMet", "CompletionsReached", "Reached expected number of succeeded pods", nowIso), condition("Complete", "CompletionsReached", "Reached expected number of succeeded pods", nowIso));
        recordEvent(cluster, env, job, "Normal", "Completed", "Job completed", "job-controller");
      } else if (spec.suspend) {
        removeActive();
        if (!conditions.some((c) => c.type === "Suspended")) {
          conditions.push(condition("Suspended", "JobSuspended", "Job suspended", nowIso));
          recordEvent(cluster, env, job, "Normal", "Suspended", "Job suspended", "job-controller");
        }
      } else {
        if (!status.startTime) status.startTime = nowIso;
        const parallelism = spec.parallelism ?? 1;
        const wanted = completions != null ? Math.min(parallelism, completions - succeeded) : succeeded > 0 ? 0 : parallelism;
        const backoff = failed > 0 && m.lastFailure !== undefined ? Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (failed - 1)) : 0;
        const inBackoff = m.lastFailure !== undefined && now - m.lastFailure < backoff;
        for (let i = active.length; i < wanted && !inBackoff; i++) {
          const tpl = spec.template ?? {};
          const pod = api.create({
            apiVersion: "v1",
            kind: "Pod",
            metadata: { generateName: `${job.metadata.name}-`, namespace: ns, labels: { ...tpl.metadata?.labels }, ...(tpl.metadata?.annotations ? { annotations: tpl.metadata.annotations } : {}), ownerReferences: [controllerRef(job)] },
            spec: structuredClone(tpl.spec),
          });
          active.push(pod);
          recordEvent(cluster, env, job, "Normal", "SuccessfulCreate", `Created pod: ${pod.metadata.name}`, "job-controller");
        }
      }
      const next: Obj = {
        ...(conditions.length ? { conditions } : {}),
        ...(status.startTime ? { startTime: status.startTime } : {}),
        ...(status.completionTime ? { completionTime: status.completionTime } : {}),
        ...(active.length ? { active: active.length } : {}),
        ...(status.succeeded ? { succeeded: status.succeeded } : {}),
        ...(status.failed ? { failed: status.failed } : {}),
        terminating: 0,
        uncountedTerminatedPods: {},
        ready: active.filter(isPodReady).length,
      };
      if (JSON.stringify(next) !== JSON.stringify(job.status)) api.update({ ...job, metadata: { ...job.metadata, resourceVersion: undefined }, status: next }, {}, "status");
    }
  },
};
