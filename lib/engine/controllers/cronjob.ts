import type { KubeObject } from "../api/types";
import { rfc3339 } from "../clock";
import { recordEvent } from "../events";
import type { Controller } from "./controller";
import { mostRecent, parseCron } from "./cron";
import { controllerRef, isOwnedBy } from "./owners";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const finishedAs = (job: KubeObject): "Complete" | "Failed" | undefined => (job.status?.conditions ?? []).find((c: Obj) => (c.type === "Complete" || c.type === "Failed") && c.status === "True")?.type;
const ref = (j: KubeObject) => ({ apiVersion: "batch/v1", kind: "Job", name: j.metadata.name, namespace: j.metadata.namespace, resourceVersion: j.metadata.resourceVersion, uid: j.metadata.uid });

/**
 * Starts a Job from each CronJob's template at the schedule's times on the simulated clock, with
 * concurrencyPolicy (Allow, Forbid, Replace), suspend, startingDeadlineSeconds and the
 * successful/failed history limits. Jobs are named `<cronjob>-<scheduled time in minutes>`.
 * Models pkg/controller/cronjob/cronjob_controllerv2.go.
 */
export const cronJobController: Controller = {
  name: "cronjob",
  sync(env, cluster) {
    const api = cluster.api;
    const cronJobs = api.list("cronjobs", undefined).items;
    if (!cronJobs.length) return;
    const now = env.clock.now();
    const allJobs = api.list("jobs", undefined).items;
    for (const cj of cronJobs) {
      const ns = cj.metadata.namespace!;
      const spec = cj.spec ?? {};
      const status: Obj = structuredClone(cj.status ?? {});
      let jobs = allJobs.filter((j) => j.metadata.namespace === ns && isOwnedBy(j, cj));
      const deleteJob = (j: KubeObject) => {
        api.delete("jobs", j.metadata.name!, ns);
        jobs = jobs.filter((x) => x !== j);
        recordEvent(cluster, env, cj, "Normal", "SuccessfulDelete", `Deleted job ${j.metadata.name}`, "cronjob-controller");
      };

      // Active list: running owned jobs; note the ones that finished.
      const wasActive = new Set((status.active ?? []).map((a: Obj) => a.uid));
      for (const j of jobs) {
        const done = finishedAs(j);
        if (done && wasActive.has(j.metadata.uid)) {
          recordEvent(cluster, env, cj, "Normal", "SawCompletedJob", `Saw completed job: ${j.metadata.name}, condition: ${done}`, "cronjob-controller");
          if (done === "Complete") status.lastSuccessfulTime = j.status?.completionTime ?? rfc3339(now);
        }
      }
      let active = jobs.filter((j) => !finishedAs(j));

      // History limits: the oldest finished jobs beyond each limit go.
      for (const [kind, limit] of [["Complete", spec.successfulJobsHistoryLimit ?? 3], ["Failed", spec.failedJobsHistoryLimit ?? 1]] as const) {
        const done = jobs.filter((j) => finishedAs(j) === kind).sort((a, b) => String(a.status?.startTime ?? a.metadata.creationTimestamp).localeCompare(String(b.status?.startTime ?? b.metadata.creationTimestamp)));
        for (const j of done.slice(0, Math.max(0, done.length - limit))) deleteJob(j);
      }

      if (!spec.suspend) {
        const since = Date.parse(status.lastScheduleTime ?? cj.metadata.creationTimestamp ?? rfc3339(now));
        const { time } = mostRecent(parseCron(String(spec.schedule)), since, now);
        const late = time !== undefined && spec.startingDeadlineSeconds != null && now - time > spec.startingDeadlineSeconds * 1000;
        const name = time !== undefined ? `${cj.metadata.name}-${Math.floor(time / 60_000)}` : "";
        if (time !== undefined && !late && !jobs.some((j) => j.metadata.name === name)) {
          if (spec.concurrencyPolicy === "Forbid" && active.length) {
            recordEvent(cluster, env, cj, "Normal", "JobAlreadyActive", "Not starting job because prior execution is running and concurrency policy is Forbid", "cronjob-controller");
            status.lastScheduleTime = rfc3339(time);
          } else {
            if (spec.concurrencyPolicy === "Replace") for (const j of active) deleteJob(j);
            if (spec.concurrencyPolicy === "Replace") active = [];
            const tpl = spec.jobTemplate ?? {};
            const job = api.create({
              apiVersion: "batch/v1",
              kind: "Job",
              metadata: { name, namespace: ns, ...(Object.keys(tpl.metadata?.labels ?? {}).length ? { labels: { ...tpl.metadata.labels } } : {}), annotations: { ...tpl.metadata?.annotations, "batch.kubernetes.io/cronjob-scheduled-timestamp": rfc3339(time) }, ownerReferences: [controllerRef(cj)] },
              spec: structuredClone(tpl.spec ?? {}),
            });
            active.push(job);
            status.lastScheduleTime = rfc3339(time);
            recordEvent(cluster, env, cj, "Normal", "SuccessfulCreate", `Created job ${name}`, "cronjob-controller");
          }
        } else if (late && time !== undefined) status.lastScheduleTime = rfc3339(time);
      }

      const next: Obj = { ...(active.length ? { active: active.map(ref) } : {}), ...(status.lastScheduleTime ? { lastScheduleTime: status.lastScheduleTime } : {}), ...(status.lastSuccessfulTime ? { lastSuccessfulTime: status.lastSuccessfulTime } : {}) };
      const strip = (s: Obj) => JSON.stringify({ ...s, active: (s.active ?? []).map((a: Obj) => a.uid) });
      if (strip(next) !== strip(cj.status ?? {})) api.update({ ...cj, metadata: { ...cj.metadata, resourceVersion: undefined }, status: next }, {}, "status");
    }
  },
};
