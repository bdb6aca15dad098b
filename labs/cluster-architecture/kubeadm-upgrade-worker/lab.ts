import { defineLab } from "../../../lib/labs/define";
import { expectSaw, pass } from "../../../lib/labs/checks";
import { examTopology } from "../../../lib/labs/topology";

const NODE = "cluster1-node1";
const TARGET = "v1.32.6";
const DEB = "1.32.6-1.1";

/** Installed versions and holds from /var/lib/dpkg/status text. */
function dpkg(text: string | undefined): Record<string, { version: string; hold: boolean }> {
  const out: Record<string, { version: string; hold: boolean }> = {};
  for (const stanza of (text ?? "").split(/\n\n+/)) {
    const name = /^Package: (.*)$/m.exec(stanza)?.[1];
    const version = /^Version: (.*)$/m.exec(stanza)?.[1];
    if (name && version) out[name] = { version, hold: /^Status: hold /m.test(stanza) };
  }
  return out;
}

export default defineLab({
  slug: "kubeadm-upgrade-worker",
  title: "Upgrade a worker node",
  summary: "Exam-style: the control plane already runs v1.32.6; bring worker cluster1-node1 to the same version over ssh.",
  domain: "cluster-architecture",
  competency: "Manage the lifecycle of Kubernetes clusters",
  difficulty: "medium",
  minutes: 12,
  curriculumVersion: "1.32",
  topology: examTopology([{ context: "k8s-c1", workers: 1 }]),
  setup(s) {
    s.run(`apt-mark unhold kubeadm kubelet kubectl >/dev/null && apt-get install -y kubeadm=${DEB} >/dev/null && kubeadm upgrade apply ${TARGET} -y >/dev/null 2>&1`);
    s.run(`apt-get install -y kubelet=${DEB} kubectl=${DEB} >/dev/null && apt-mark hold kubeadm kubelet kubectl >/dev/null && systemctl restart kubelet`);
    s.advance(10_000);
  },
  tasks: [
    {
      id: "worker",
      text: `Cluster \`k8s-c1\`'s control plane was upgraded to **${TARGET}**. Upgrade worker \`${NODE}\` (\`ssh ${NODE}\`) to ${TARGET} as well: the \`kubeadm\` package and \`kubeadm upgrade node\`, then \`kubelet\` and \`kubectl\` (\`${DEB}\`). Keep the three packages on hold afterwards. Cordon or drain the node first and make it schedulable again at the end.`,
      checks: [
        {
          id: "worker-kubelet",
          title: `${NODE} reports kubelet ${TARGET}`,
          points: 2,
          check(c) {
            const v = c.get("nodes", NODE, undefined, "k8s-c1")?.status?.nodeInfo?.kubeletVersion;
            return v === TARGET ? pass(`${NODE} runs kubelet ${TARGET}.`) : expectSaw(`kubelet ${TARGET} on ${NODE}`, v ?? "no node");
          },
        },
        {
          id: "worker-packages",
          title: `kubeadm, kubelet, kubectl ${DEB} on ${NODE}, held`,
          points: 1,
          check(c) {
            const p = dpkg(c.file(NODE, "/var/lib/dpkg/status"));
            const bad = ["kubeadm", "kubelet", "kubectl"].filter((n) => p[n]?.version !== DEB || !p[n]?.hold);
            return bad.length === 0 ? pass(`All three packages are ${DEB} and held.`) : expectSaw(`${DEB}, on hold, for kubeadm, kubelet, kubectl`, bad.map((n) => `${n} ${p[n]?.version ?? "missing"}${p[n]?.hold ? " (held)" : " (not held)"}`).join(", "));
          },
        },
        {
          id: "worker-schedulable",
          title: `${NODE} is schedulable`,
          points: 1,
          check(c) {
            return c.get("nodes", NODE, undefined, "k8s-c1")?.spec?.unschedulable ? expectSaw(`${NODE} uncordoned`, "it still cordoned") : pass(`${NODE} is schedulable.`);
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Upgrading Linux nodes", url: "https://kubernetes.io/docs/tasks/administer-cluster/kubeadm/upgrading-linux-nodes/" },
    { title: "kubeadm upgrade node", url: "https://kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-upgrade/" },
  ],
  wrongSolutions: [
    { why: "installs the new kubelet but does not restart it", script: `ssh ${NODE}\napt-mark unhold kubeadm kubelet kubectl\napt-get install -y kubeadm=${DEB} kubelet=${DEB} kubectl=${DEB}\napt-mark hold kubeadm kubelet kubectl\nexit\nsleep 10`, failsCheck: "worker-kubelet" },
    { why: "upgrades but leaves the packages unheld", script: `ssh ${NODE}\napt-mark unhold kubeadm kubelet kubectl\napt-get install -y kubeadm=${DEB} kubelet=${DEB} kubectl=${DEB}\nsystemctl restart kubelet\nexit\nsleep 10`, failsCheck: "worker-packages" },
  ],
});
