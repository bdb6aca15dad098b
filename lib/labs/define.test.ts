import { describe, expect, it } from "vitest";
import { defineLab, type LabDefinition } from "./define";
import { pass } from "./checks";
import { examTopology } from "./topology";

const good = (): LabDefinition => ({
  slug: "make-ns",
  title: "Make a namespace",
  summary: "Create the namespace the team asked for.",
  domain: "cluster-architecture",
  competency: "Manage role based access control (RBAC)",
  difficulty: "easy",
  minutes: 3,
  curriculumVersion: "1.32",
  setup: () => {},
  tasks: [{ id: "ns", text: "Create namespace `team`.", checks: [{ id: "ns-exists", title: "Namespace team exists", points: 1, check: () => pass("ok") }] }],
  docs: [{ title: "Namespaces", url: "https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/" }],
  wrongSolutions: [{ why: "does nothing", script: "true", failsCheck: "ns-exists" }],
});

describe("defineLab", () => {
  it("accepts a valid lab and an exam topology", () => {
    expect(defineLab(good()).slug).toBe("make-ns");
    expect(defineLab({ ...good(), topology: examTopology([{ context: "k8s-c1", workers: 1 }, { context: "k8s-c2", workers: 1 }]) }).topology?.clusters.length).toBe(2);
  });

  it.each<[string, (l: LabDefinition) => unknown, string]>([
    ["a competency outside the curriculum", (l) => (l.competency = "Juggle pods"), 'labs/cluster-architecture/make-ns/lab.ts: competency: "Juggle pods" is not a CKA v1.32 competency (see lib/labs/curriculum.ts)'],
    ["a competency of another domain", (l) => (l.competency = "Understand and use CoreDNS"), 'labs/cluster-architecture/make-ns/lab.ts: competency: "Understand and use CoreDNS" is not a competency of domain cluster-architecture'],
    ["a wrong solution naming no check", (l) => (l.wrongSolutions[0].failsCheck = "nope"), 'labs/cluster-architecture/make-ns/lab.ts: wrongSolutions.0.failsCheck: "nope" is not a check of this lab'],
    ["a check without points", (l) => (l.tasks[0].checks[0].points = 0), "labs/cluster-architecture/make-ns/lab.ts: tasks.0.checks.0.points: Too small: expected number to be >0"],
    ["a bad docs link", (l) => (l.docs[0].url = "kubernetes.io"), "labs/cluster-architecture/make-ns/lab.ts: docs.0.url: Invalid URL"],
    ["a start host outside the topology", (l) => (l.topology = { ...examTopology([{ context: "a", workers: 0 }]), startHost: "base" }), "labs/cluster-architecture/make-ns/lab.ts: topology.startHost: base is not a node of the topology"],
    ["no wrong solution", (l) => (l.wrongSolutions = []), "labs/cluster-architecture/make-ns/lab.ts: wrongSolutions: Too small: expected array to have >=1 items"],
  ])("names the file and field for %s", (_, breakIt, message) => {
    const lab = good();
    breakIt(lab);
    expect(() => defineLab(lab)).toThrow(message);
  });

  it("names both the duplicate and every other broken field", () => {
    const lab = good();
    lab.tasks.push({ ...lab.tasks[0] });
    lab.minutes = 0;
    expect(() => defineLab(lab)).toThrow(/minutes: .*; tasks: check id "ns-exists" is used twice; tasks: task id "ns" is used twice/);
  });
});
