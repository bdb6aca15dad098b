import { defineLab } from "../../../lib/labs/define";
import { fail, pass } from "../../../lib/labs/checks";

export default defineLab({
  slug: "kubelet-stopped",
  title: "Node01 is NotReady",
  summary: "A worker went NotReady. Find out why on the node itself and bring it back for good.",
  domain: "troubleshooting",
  competency: "Troubleshoot clusters and nodes",
  difficulty: "easy",
  minutes: 8,
  curriculumVersion: "1.32",
  setup(s) {
    s.stopService("node01", "kubelet");
    s.disableService("node01", "kubelet");
    s.advance(60_000);
  },
  tasks: [
    {
      id: "node-ready",
      text: "Node `node01` is `NotReady`. Fix it so that it is `Ready` again, and make sure the fix survives a reboot of the node.",
      checks: [
        {
          id: "node01-ready",
          title: "Node node01 is Ready",
          points: 2,
          check(c) {
            const ready = c.get("nodes", "node01")?.status?.conditions?.find((x: { type: string }) => x.type === "Ready");
            return ready?.status === "True" ? pass("node01 is Ready.") : fail(`expected node01 Ready=True, saw Ready=${ready?.status ?? "missing"}`);
          },
        },
        {
          id: "kubelet-enabled",
          title: "kubelet on node01 starts at boot",
          points: 1,
          check(c) {
            const unit = c.service("node01", "kubelet");
            return unit?.enabled ? pass("kubelet.service is enabled on node01.") : fail("expected kubelet.service enabled on node01, saw it disabled");
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Troubleshooting clusters", url: "https://kubernetes.io/docs/tasks/debug/debug-cluster/" },
    { title: "kubelet", url: "https://kubernetes.io/docs/reference/command-line-tools-reference/kubelet/" },
  ],
  wrongSolutions: [{ why: "starts kubelet but leaves it disabled", script: "ssh node01 systemctl start kubelet\nsleep 5", failsCheck: "kubelet-enabled" }],
});
