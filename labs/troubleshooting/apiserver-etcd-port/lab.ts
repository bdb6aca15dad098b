import { defineLab } from "../../../lib/labs/define";
import { fail, pass } from "../../../lib/labs/checks";

const MANIFEST = "/etc/kubernetes/manifests/kube-apiserver.yaml";

export default defineLab({
  slug: "apiserver-etcd-port",
  title: "The API server is down",
  summary: "kubectl cannot reach the cluster after someone edited a control-plane manifest. Repair it.",
  domain: "troubleshooting",
  competency: "Troubleshoot cluster components",
  difficulty: "medium",
  minutes: 10,
  curriculumVersion: "1.32",
  setup(s) {
    s.run(`sed -i 's#--etcd-servers=https://127.0.0.1:2379#--etcd-servers=https://127.0.0.1:2380#' ${MANIFEST}`);
  },
  tasks: [
    {
      id: "apiserver-up",
      text: "`kubectl get nodes` fails with *connection refused* on `controlplane`. The kube-apiserver runs as a static pod. Find the misconfiguration and fix it so that kubectl works again.",
      checks: [
        {
          id: "etcd-servers",
          title: "kube-apiserver points at etcd's client port",
          points: 1,
          check(c) {
            const text = c.file("controlplane", MANIFEST) ?? "";
            const flag = /--etcd-servers=(\S+)/.exec(text)?.[1];
            return flag === "https://127.0.0.1:2379" ? pass("--etcd-servers is https://127.0.0.1:2379.") : fail(`expected --etcd-servers=https://127.0.0.1:2379, saw ${flag ?? "no --etcd-servers flag"}`);
          },
        },
        {
          id: "kubectl-works",
          title: "kubectl reaches the API server",
          points: 2,
          check(c) {
            const r = c.run("kubectl get nodes -o name");
            return r.exitCode === 0 ? pass("kubectl get nodes works.") : fail(`expected kubectl get nodes to succeed, saw: ${r.stderr.trim()}`);
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Static Pods", url: "https://kubernetes.io/docs/tasks/configure-pod-container/static-pod/" },
    { title: "kube-apiserver", url: "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/" },
  ],
  wrongSolutions: [{ why: "points the API server at etcd's peer port", script: "sed -i 's#127.0.0.1:2380#172.30.1.2:2380#' /etc/kubernetes/manifests/kube-apiserver.yaml", failsCheck: "kubectl-works" }],
});
