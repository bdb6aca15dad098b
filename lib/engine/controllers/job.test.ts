import { describe, expect, it } from "vitest";
import { ManualClock } from "../clock";
import { Rand } from "../rand";
import { createCluster } from "../cluster";
import type { KubeObject } from "../api/types";
import { isStatusError } from "../api/errors";

const fresh = () => createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9, 0, 0)), rand: new Rand(1) });
type Env = ReturnType<typeof fresh>;
const job = (spec: Record<string, unknown> = {}, restartPolicy = "Never", command = ["sh", "-c", "sleep 5"]): KubeObject => ({
  apiVersion: "batch/v1",
  kind: "Job",
  metadata: { name: "pi", namespace: "default" },
  spec: { ...spec, template: { spec: { restartPolicy, containers: [{ name: "pi", image: "busybox:1.36", command }] } } },
});
const podsOf = (env: Env) => env.adminClient().list("pods", "default", { labelSelector: "batch.kubernetes.io/job-name=pi" }).items;
const status = (env: Env) => {
  const s = env.adminClient().get("jobs", "pi", "default").status;
  return { active: s.active ?? 0, succeeded: s.succeeded ?? 0, failed: s.failed ?? 0, conditions: (s.conditions ?? []).map((c: { type: string; reason: string }) => `${c.type}:${c.reason}`) };
};

describe("job controller", () => {
  it("defaults the spec and generates a selector from the uid", () => {
    const c = fresh().adminClient();
    const j = c.create(job());
    const uid = j.metadata.uid!;
    expect([j.spec.completions, j.spec.parallelism, j.spec.backoffLimit, j.spec.completionMode, j.spec.suspend, j.spec.podReplacementPolicy]).toEqual([1, 1, 6, "NonIndexed", false, "TerminatingOrFailed"]);
    expect(j.spec.selector).toEqual({ matchLabels: { "batch.kubernetes.io/controller-uid": uid } });
    const labels = { "batch.kubernetes.io/controller-uid": uid, "batch.kubernetes.io/job-name": "pi", "controller-uid": uid, "job-name": "pi" };
    expect(j.spec.template.metadata.labels).toEqual(labels);
    expect(j.metadata.labels).toEqual(labels);
  });

  it.each([
    ["restartPolicy Always", job({}, "Always"), 'Job "pi" is invalid: spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"'],
    ["negative completions", job({ completions: -1 }), 'Job "pi" is invalid: spec.completions: Invalid value: -1: must be greater than or equal to 0'],
  ])("rejects %s", (_t, obj, message) => {
    try {
      fresh().adminClient().create(obj);
      expect.unreachable();
    } catch (e) {
      expect(isStatusError(e) && e.message).toBe(message);
    }
  });

  it("runs completions with parallelism and completes", () => {
    const env = fresh();
    env.adminClient().create(job({ completions: 3, parallelism: 2 }));
    env.advance(4000);
    expect(podsOf(env).filter((p) => p.status.phase === "Running")).toHaveLength(2);
    expect(status(env)).toMatchObject({ active: 2, succeeded: 0 });
    env.advance(60_000);
    expect(status(env)).toEqual({ active: 0, succeeded: 3, failed: 0, conditions: ["SuccessCriteriaMet:CompletionsReached", "Complete:CompletionsReached"] });
    const j = env.adminClient().get("jobs", "pi", "default");
    expect(j.status.completionTime).toBeDefined();
    expect(podsOf(env).map((p) => p.status.phase)).toEqual(["Succeeded", "Succeeded", "Succeeded"]);
  });

  it("replaces failed pods (restartPolicy Never) and fails past the backoffLimit", () => {
    const env = fresh();
    env.adminClient().create(job({ backoffLimit: 1 }, "Never", ["sh", "-c", "exit 1"]));
    env.advance(5000);
    expect(status(env)).toMatchObject({ failed: 1 });
    env.advance(60_000);
    expect(status(env)).toEqual({ active: 0, succeeded: 0, failed: 2, conditions: ["FailureTarget:BackoffLimitExceeded", "Failed:BackoffLimitExceeded"] });
    expect(podsOf(env)).toHaveLength(2);
  });

  it("counts container restarts (restartPolicy OnFailure) against the backoffLimit", () => {
    const env = fresh();
    env.adminClient().create(job({ backoffLimit: 2 }, "OnFailure", ["sh", "-c", "exit 1"]));
    env.advance(120_000);
    expect(status(env).conditions).toEqual(["FailureTarget:BackoffLimitExceeded", "Failed:BackoffLimitExceeded"]);
    expect(podsOf(env)).toHaveLength(0);
  });

  it("fails a job active longer than activeDeadlineSeconds", () => {
    const env = fresh();
    env.adminClient().create(job({ activeDeadlineSeconds: 30 }, "Never", ["sleep", "3600"]));
    env.advance(31_000);
    expect(status(env).conditions).toEqual(["FailureTarget:DeadlineExceeded", "Failed:DeadlineExceeded"]);
    expect(podsOf(env).every((p) => p.metadata.deletionTimestamp)).toBe(true);
    env.advance(31_000);
    expect(podsOf(env)).toHaveLength(0);
  });

  it("creates no pods while suspended, then resumes", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create(job({ suspend: true }));
    env.advance(3000);
    expect([podsOf(env).length, status(env).conditions]).toEqual([0, ["Suspended:JobSuspended"]]);
    c.patch("jobs", "pi", "default", "merge", { spec: { suspend: false } });
    env.advance(3000);
    expect([podsOf(env).length, status(env).conditions]).toEqual([1, []]);
  });

  it("deletes a finished job after ttlSecondsAfterFinished, and its pods with it", () => {
    const env = fresh();
    env.adminClient().create(job({ ttlSecondsAfterFinished: 10 }));
    env.advance(12_000);
    expect(env.adminClient().list("jobs", "default").items).toHaveLength(1);
    env.advance(10_000);
    expect([env.adminClient().list("jobs", "default").items.length, podsOf(env).length]).toEqual([0, 0]);
  });
});
