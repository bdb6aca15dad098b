import { defineLab } from "../../../lib/labs/define";
import { expectSaw, pass, podRunning } from "../../../lib/labs/checks";

export default defineLab({
  slug: "tolerate-taint",
  title: "A pod for the dedicated node",
  summary: "node02 is reserved with a taint. Run one pod there and keep everyone else out.",
  domain: "workloads-scheduling",
  competency: "Configure Pod admission and scheduling (limits, node affinity, etc.)",
  difficulty: "medium",
  minutes: 8,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl taint node node02 dedicated=gpu:NoSchedule");
    s.run("kubectl label node node02 accelerator=gpu");
  },
  tasks: [
    {
      id: "gpu-pod",
      text: "`node02` carries the taint `dedicated=gpu:NoSchedule` and the label `accelerator=gpu`. Create a Pod named `trainer` in namespace `default` with image `busybox:1.36` running `sleep 3600`, which runs **on `node02`**. Keep the taint on `node02` so other pods stay away.",
      checks: [
        podRunning({ id: "trainer-on-node02", title: "Pod trainer runs on node02", points: 2 }, "default", "trainer", { node: "node02" }),
        {
          id: "taint-kept",
          title: "node02 keeps dedicated=gpu:NoSchedule",
          points: 1,
          check(c) {
            const taints: { key: string; value?: string; effect: string }[] = c.get("node", "node02")?.spec?.taints ?? [];
            const ok = taints.some((t) => t.key === "dedicated" && t.value === "gpu" && t.effect === "NoSchedule");
            return ok ? pass("node02 is still tainted dedicated=gpu:NoSchedule.") : expectSaw("taint dedicated=gpu:NoSchedule on node02", taints.length ? taints.map((t) => `${t.key}=${t.value ?? ""}:${t.effect}`).join(", ") : "no taints");
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Taints and Tolerations", url: "https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/" },
    { title: "Assigning Pods to Nodes", url: "https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/" },
  ],
  wrongSolutions: [
    { why: "removes the taint instead of tolerating it", script: "kubectl taint node node02 dedicated=gpu:NoSchedule-\n" + pod({ nodeSelector: "accelerator: gpu" }), failsCheck: "taint-kept" },
    { why: "tolerates the taint but does not send the pod to node02", script: pod({ tolerations: "- key: dedicated\n    operator: Equal\n    value: gpu\n    effect: NoSchedule" }), failsCheck: "trainer-on-node02" },
  ],
});

function pod(spec: { nodeSelector?: string; tolerations?: string }): string {
  const extra = [spec.nodeSelector ? `  nodeSelector:\n    ${spec.nodeSelector}` : "", spec.tolerations ? `  tolerations:\n  ${spec.tolerations}` : ""].filter(Boolean).join("\n");
  return `kubectl apply -f - <<EOF\napiVersion: v1\nkind: Pod\nmetadata:\n  name: trainer\nspec:\n${extra}\n  containers:\n  - name: trainer\n    image: busybox:1.36\n    command: ["sleep", "3600"]\nEOF\nsleep 10`;
}
