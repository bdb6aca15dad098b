import { defineLab } from "../../../lib/labs/define";
import { expectSaw, nodeReady, pass } from "../../../lib/labs/checks";
import { examTopology } from "../../../lib/labs/topology";

const NODE = "cluster1-node2";

export default defineLab({
  slug: "join-node",
  title: "Join a node with kubeadm",
  summary: "Exam-style: a reset worker must rejoin the cluster with a fresh bootstrap token.",
  domain: "cluster-architecture",
  competency: "Create and manage Kubernetes clusters using kubeadm",
  difficulty: "medium",
  minutes: 10,
  curriculumVersion: "1.32",
  topology: examTopology([{ context: "k8s-c1", workers: 2 }]),
  setup(s) {
    s.run(`kubectl delete node ${NODE}`);
    s.stopService(NODE, "kubelet");
    s.run(`ssh ${NODE} rm -f /etc/kubernetes/kubelet.conf /etc/kubernetes/pki/ca.crt`);
    s.advance(10_000);
  },
  tasks: [
    {
      id: "join",
      text: `Node \`${NODE}\` was reset (\`kubeadm reset\`) and is no longer part of cluster \`k8s-c1\`. Join it again with \`kubeadm join\`: create a bootstrap token on the control plane (\`kubeadm token create --print-join-command\`), then run the join command on \`${NODE}\` (\`ssh ${NODE}\`). The node must be \`Ready\`.`,
      checks: [
        nodeReady({ id: "node-ready", title: `${NODE} is a Ready node of k8s-c1`, points: 2 }, NODE, "k8s-c1"),
        {
          id: "kubelet-conf",
          title: `${NODE} has a kubelet.conf pointing at the control plane`,
          points: 1,
          check(c) {
            const conf = c.file(NODE, "/etc/kubernetes/kubelet.conf");
            return conf?.includes("server: https://172.30.10.2:6443") ? pass("kubelet.conf points at https://172.30.10.2:6443.") : expectSaw("/etc/kubernetes/kubelet.conf written by kubeadm join", conf === undefined ? "no such file" : "a file pointing elsewhere");
          },
        },
      ],
    },
  ],
  docs: [
    { title: "kubeadm join", url: "https://kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-join/" },
    { title: "kubeadm token", url: "https://kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-token/" },
  ],
  wrongSolutions: [
    { why: "only starts the kubelet, which has no credentials", script: `ssh ${NODE} systemctl start kubelet\nsleep 10`, failsCheck: "node-ready" },
    { why: "joins with a token that was never created", script: `ssh ${NODE} kubeadm join 172.30.10.2:6443 --token abcdef.0123456789abcdef --discovery-token-unsafe-skip-ca-verification\nsleep 10`, failsCheck: "node-ready" },
  ],
});
