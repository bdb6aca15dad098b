import { defineLab } from "../../../lib/labs/define";
import { expectSaw, pass, podRunning } from "../../../lib/labs/checks";

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: cache
  namespace: data
spec:
  nodeSelector:
    disktype: ssd
  containers:
  - name: redis
    image: redis:7
`;

export default defineLab({
  slug: "pending-node-selector",
  title: "A pod that fits nowhere",
  summary: "A pod waits in Pending. Read the scheduler's reason and give it a node without touching the pod.",
  domain: "troubleshooting",
  competency: "Troubleshoot clusters and nodes",
  difficulty: "easy",
  minutes: 6,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl create namespace data");
    s.apply(POD);
    s.advance(10_000);
  },
  tasks: [
    {
      id: "schedule",
      text: "Pod `cache` in namespace `data` is `Pending`. The pod spec is correct: it must run on a node with an SSD, and `node02` is the node that has one. Make the cluster reflect that so `cache` runs on `node02`. Do not change or recreate the pod.",
      checks: [
        {
          id: "node02-labelled",
          title: "node02 is labelled disktype=ssd",
          points: 1,
          check(c) {
            const v = c.get("node", "node02")?.metadata.labels?.disktype;
            return v === "ssd" ? pass("node02 has disktype=ssd.") : expectSaw("label disktype=ssd on node02", v ? `disktype=${v}` : "no disktype label");
          },
        },
        podRunning({ id: "cache-on-node02", title: "Pod data/cache runs on node02", points: 2 }, "data", "cache", { node: "node02" }),
        {
          id: "pod-unchanged",
          title: "Pod data/cache keeps its nodeSelector",
          points: 1,
          check(c) {
            const sel = c.get("pod", "cache", "data")?.spec?.nodeSelector;
            return sel?.disktype === "ssd" ? pass("the pod still asks for disktype=ssd.") : expectSaw("the pod's nodeSelector disktype=ssd", sel ? JSON.stringify(sel) : "no nodeSelector");
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Assigning Pods to Nodes", url: "https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/" },
    { title: "Debug Pods", url: "https://kubernetes.io/docs/tasks/debug/debug-application/debug-pods/" },
  ],
  wrongSolutions: [
    { why: "labels the wrong node", script: "kubectl label node node01 disktype=ssd\nsleep 10", failsCheck: "cache-on-node02" },
    { why: "recreates the pod without the selector", script: "kubectl delete pod cache -n data\nkubectl run cache --image=redis:7 -n data\nsleep 10", failsCheck: "pod-unchanged" },
  ],
});
