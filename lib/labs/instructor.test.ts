import { describe, expect, it } from "vitest";
import { labFromData } from "./instructor";
import { selfTest } from "./selftest";

const data = {
  slug: "team-quota",
  title: "Label the team namespace",
  summary: "The platform team wants its namespace labelled for cost reports.",
  domain: "cluster-architecture",
  competency: "Manage role based access control (RBAC)",
  difficulty: "easy",
  minutes: 4,
  setup: { manifests: ["apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team\n"], commands: ["kubectl -n team create configmap limits --from-literal=memory=1024Mi"] },
  tasks: [
    {
      id: "label",
      text: "Label namespace `team` with `cost=platform`, and write the memory limit stored in ConfigMap `team/limits` to `/opt/limit.txt`.",
      checks: [
        { id: "ns-label", title: "Namespace team has cost=platform", points: 2, run: "kubectl get ns team -o jsonpath={.metadata.labels}", expect: { labelsInclude: { cost: "platform" } } },
        { id: "limit-file", title: "/opt/limit.txt holds the limit", points: 1, run: "cat /opt/limit.txt", expect: { quantity: "1Gi" } },
      ],
    },
  ],
  docs: [{ title: "Labels", url: "https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/" }],
  solution: "kubectl label ns team cost=platform\nkubectl -n team get cm limits -o jsonpath={.data.memory} > /opt/limit.txt",
  wrongSolutions: [{ why: "labels the wrong namespace", script: "kubectl label ns default cost=platform", failsCheck: "ns-label" }],
};

describe("instructor labs", () => {
  it("run through the same self-test as built-in labs", () => {
    const { lab, solution } = labFromData(data);
    expect(selfTest(lab, solution).problems).toEqual([]);
  });

  it("reject code and unknown fields in checks", () => {
    const bad = structuredClone(data) as { tasks: { checks: unknown[] }[] };
    bad.tasks[0].checks[0] = { id: "x", title: "evil", points: 1, run: "true", expect: { fn: "() => true" } };
    expect(() => labFromData(bad)).toThrow();
    expect(() => labFromData({ ...data, competency: "Write Go" })).toThrow('labs/cluster-architecture/team-quota/lab.ts: competency: "Write Go" is not a CKA v1.32 competency');
  });
});
