import { defineLab } from "../../../lib/labs/define";
import { deploymentReady, expectSaw, nodeReady, pass } from "../../../lib/labs/checks";
import { examTopology } from "../../../lib/labs/topology";

export default defineLab({
  slug: "two-clusters",
  title: "Two clusters, two tasks",
  summary: "Exam-style: switch kubectl contexts and ssh to the right node. Work on the wrong cluster and it scores zero.",
  domain: "troubleshooting",
  competency: "Troubleshoot clusters and nodes",
  difficulty: "medium",
  minutes: 12,
  curriculumVersion: "1.32",
  topology: examTopology([
    { context: "k8s-c1", workers: 1 },
    { context: "k8s-c2", workers: 2 },
  ]),
  setup(s) {
    for (const ctx of ["k8s-c1", "k8s-c2"]) s.run(`kubectl --context ${ctx} create deployment web --image=nginx:1.27 --replicas=2`);
    s.stopService("cluster2-node2", "kubelet");
    s.disableService("cluster2-node2", "kubelet");
    s.advance(60_000);
  },
  tasks: [
    {
      id: "c1-scale",
      text: "Use context `k8s-c1` (`kubectl config use-context k8s-c1`). Scale Deployment `web` in namespace `default` to **3** replicas, all ready.",
      checks: [deploymentReady({ id: "c1-web-3", title: "k8s-c1: Deployment web has 3 ready replicas", points: 2 }, "default", "web", 3, "k8s-c1")],
    },
    {
      id: "c2-node",
      text: "Use context `k8s-c2`. Node `cluster2-node2` is `NotReady`. Fix it from the node itself (`ssh cluster2-node2`) so it is `Ready`, also after a reboot. Leave Deployment `web` of `k8s-c2` at 2 replicas.",
      checks: [
        nodeReady({ id: "c2-node2-ready", title: "k8s-c2: cluster2-node2 is Ready", points: 2 }, "cluster2-node2", "k8s-c2"),
        {
          id: "c2-kubelet-enabled",
          title: "kubelet on cluster2-node2 starts at boot",
          points: 1,
          check: (c) => (c.service("cluster2-node2", "kubelet")?.enabled ? pass("kubelet is enabled on cluster2-node2.") : expectSaw("kubelet.service enabled on cluster2-node2", "it disabled")),
        },
        {
          id: "c2-web-untouched",
          title: "k8s-c2: Deployment web stays at 2 replicas",
          points: 1,
          check(c) {
            const n = c.get("deployment", "web", "default", "k8s-c2")?.spec?.replicas;
            return n === 2 ? pass("web on k8s-c2 still wants 2 replicas.") : expectSaw("2 replicas of web on k8s-c2", `${n ?? "no Deployment"}`);
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Configure access to multiple clusters", url: "https://kubernetes.io/docs/tasks/access-application-cluster/configure-access-multiple-clusters/" },
    { title: "Troubleshooting clusters", url: "https://kubernetes.io/docs/tasks/debug/debug-cluster/" },
  ],
  wrongSolutions: [
    { why: "scales web on the current context of the wrong cluster", script: "kubectl config use-context k8s-c2\nkubectl scale deployment web --replicas=3\nssh cluster2-node2 systemctl enable --now kubelet\nsleep 20", failsCheck: "c1-web-3" },
    { why: "starts kubelet without enabling it", script: "kubectl --context k8s-c1 scale deployment web --replicas=3\nssh cluster2-node2 systemctl start kubelet\nsleep 20", failsCheck: "c2-kubelet-enabled" },
  ],
});
