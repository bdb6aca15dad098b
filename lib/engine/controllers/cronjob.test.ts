import { describe, expect, it } from "vitest";
import { ManualClock } from "../clock";
import { Rand } from "../rand";
import { createCluster } from "../cluster";
import type { KubeObject } from "../api/types";
import { isStatusError } from "../api/errors";

const START = Date.UTC(2026, 0, 1, 9, 0, 30);
const fresh = () => createCluster({ clock: new ManualClock(START), rand: new Rand(1) });
type Env = ReturnType<typeof fresh>;
const cronJob = (spec: Record<string, unknown> = {}): KubeObject => ({
  apiVersion: "batch/v1",
  kind: "CronJob",
  metadata: { name: "tick", namespace: "default" },
  spec: { schedule: "*/5 * * * *", ...spec, jobTemplate: { spec: { template: { spec: { restartPolicy: "OnFailure", containers: [{ name: "tick", image: "busybox:1.36", command: ["sleep", "3600"] }] } } } } },
});
const jobs = (env: Env) => env.adminClient().list("jobs", "default").items.map((j) => j.metadata.name).sort();
/** Marks every running job as done, as the job controller would after its pod succeeded. */
function completeJobs(env: Env) {
  const c = env.adminClient();
  for (const j of c.list("jobs", "default").items) {
    if (j.status?.conditions?.length) continue;
    const t = "2026-01-01T00:00:00Z";
    c.updateStatus({ ...j, metadata: { ...j.metadata, resourceVersion: undefined }, status: { ...j.status, completionTime: t, succeeded: 1, conditions: [{ type: "Complete", status: "True", lastProbeTime: t, lastTransitionTime: t, reason: "CompletionsReached", message: "Reached expected number of succeeded pods" }] } });
  }
}

describe("cronjob controller", () => {
  it("defaults and validates the schedule with robfig/cron's wording", () => {
    const c = fresh().adminClient();
    const cj = c.create(cronJob());
    expect([cj.spec.concurrencyPolicy, cj.spec.suspend, cj.spec.successfulJobsHistoryLimit, cj.spec.failedJobsHistoryLimit]).toEqual(["Allow", false, 3, 1]);
    try {
      c.create({ ...cronJob({ schedule: "61 * * * *" }), metadata: { name: "bad", namespace: "default" } });
      expect.unreachable();
    } catch (e) {
      expect(isStatusError(e) && e.message).toBe('CronJob "bad" is invalid: spec.schedule: Invalid value: "61 * * * *": end of range (61) above maximum (59): 61');
    }
  });

  it("starts a job named after the scheduled minute at each tick of the schedule", () => {
    const env = fresh();
    env.adminClient().create(cronJob());
    env.advance(4 * 60_000);
    expect(jobs(env)).toEqual([]);
    env.advance(60_000);
    expect(jobs(env)).toEqual(["tick-29454305"]);
    const cj = env.adminClient().get("cronjobs", "tick", "default");
    expect(cj.status.lastScheduleTime).toBe("2026-01-01T09:05:00Z");
    expect(cj.status.active.map((a: { name: string }) => a.name)).toEqual(["tick-29454305"]);
    const j = env.adminClient().get("jobs", "tick-29454305", "default");
    expect(j.metadata.annotations!["batch.kubernetes.io/cronjob-scheduled-timestamp"]).toBe("2026-01-01T09:05:00Z");
    expect(j.metadata.ownerReferences![0]).toMatchObject({ kind: "CronJob", name: "tick", controller: true });
    env.advance(5 * 60_000);
    expect(jobs(env)).toEqual(["tick-29454305", "tick-29454310"]);
  });

  it.each([
    ["Allow", ["tick-29454305", "tick-29454310"]],
    ["Forbid", ["tick-29454305"]],
    ["Replace", ["tick-29454310"]],
  ])("concurrencyPolicy %s with a job still running", (policy, expected) => {
    const env = fresh();
    env.adminClient().create(cronJob({ concurrencyPolicy: policy }));
    env.advance(9 * 60_000 + 30_000);
    expect(jobs(env)).toEqual(expected);
  });

  it("keeps successfulJobsHistoryLimit finished jobs", () => {
    const env = fresh();
    env.adminClient().create(cronJob({ schedule: "* * * * *", successfulJobsHistoryLimit: 2 }));
    for (let i = 0; i < 5; i++) {
      env.advance(60_000);
      completeJobs(env);
    }
    env.advance(1000);
    expect(jobs(env)).toEqual(["tick-29454304", "tick-29454305"]);
    expect(env.adminClient().get("cronjobs", "tick", "default").status.lastSuccessfulTime).toBeDefined();
  });

  it("starts nothing while suspended", () => {
    const env = fresh();
    env.adminClient().create(cronJob({ suspend: true }));
    env.advance(20 * 60_000);
    expect(jobs(env)).toEqual([]);
  });
});
