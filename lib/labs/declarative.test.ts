import { describe, expect, it } from "vitest";
import { ManualClock } from "../engine/clock";
import { Rand } from "../engine/rand";
import { createCluster } from "../engine/cluster";
import { Shell } from "../shell/shell";
import { allCommands } from "../toolbox";
import { checkView } from "./checks/view";
import { declarativeCheckSchema, evaluateDeclarative, toChecks } from "./declarative";

const env = createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9, 0, 0)), rand: new Rand(1) });
const view = checkView(env, { history: () => [], run: (line) => new Shell(env, { commands: allCommands }).exec(line), captured: () => ({}) });

describe("declarative checks", () => {
  it.each([
    [{ equals: "controlplane" }, "hostname", true, "output is \"controlplane\"."],
    [{ equals: "node01" }, "hostname", false, "expected output \"node01\", saw \"controlplane\""],
    [{ contains: "node02" }, "kubectl get nodes -o name", true, "output contains \"node02\"."],
    [{ matches: "^namespace/kube-" }, "kubectl get ns -o name", true, "output matches /^namespace/kube-/."],
    [{ exit: 1 }, "kubectl get pod nope", true, "`kubectl get pod nope` exited 1."],
    [{ exit: 0 }, "kubectl get pod nope", false, 'expected `kubectl get pod nope` to exit 0, saw exit 1 (Error from server (NotFound): pods "nope" not found)'],
    [{ quantity: "1Gi" }, "echo 1024Mi", true, 'output "1024Mi" equals 1Gi.'],
    [{ quantity: "1Gi" }, "echo 1G", false, 'expected a quantity equal to 1Gi, saw "1G"'],
    [{ set: ["node01", "node02", "controlplane"] }, "kubectl get nodes -o jsonpath={.items[*].metadata.name}", true, "output lists node01, node02, controlplane."],
    [{ set: ["node01"] }, "kubectl get nodes -o jsonpath={.items[*].metadata.name}", false, 'expected exactly "node01" in any order, saw "controlplane node01 node02"'],
    [{ labelsInclude: { "kubernetes.io/hostname": "node01" } }, "kubectl get node node01 -o jsonpath={.metadata.labels}", true, "labels include kubernetes.io/hostname=node01."],
    [{ labelsInclude: { disk: "ssd" } }, "echo '{\"a\":\"1\"}'", false, "expected labels including disk=ssd, saw a=1"],
  ])("%j on `%s`", (expectation, run, passed, message) => {
    const check = declarativeCheckSchema.parse({ id: "c", title: "check", points: 1, run, expect: expectation });
    expect(evaluateDeclarative(check, view)).toEqual({ passed, message });
  });

  it("rejects anything that is not data", () => {
    expect(() => toChecks([{ id: "c", title: "t", points: 1, run: "true", expect: { eval: "process.exit()" } }])).toThrow();
    expect(() => toChecks([])).toThrow();
    expect(toChecks([{ id: "ok", title: "fine", points: 2, run: "true", expect: { exit: 0 } }])[0].check(view)).toEqual({ passed: true, message: "`true` exited 0." });
  });
});
