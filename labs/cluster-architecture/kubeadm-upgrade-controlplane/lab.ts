import { defineLab } from "../../../lib/labs/define";
import { expectSaw, pass } from "../../../lib/labs/checks";

const TARGET = "v1.32.6";
const DEB = "1.32.6-1.1";
const COMPONENTS = ["kube-apiserver", "kube-controller-manager", "kube-scheduler"];

/** Installed versions from /var/lib/dpkg/status text. */
function dpkgVersions(text: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const stanza of (text ?? "").split(/\n\n+/)) {
    const name = /^Package: (.*)$/m.exec(stanza)?.[1];
    const version = /^Version: (.*)$/m.exec(stanza)?.[1];
    if (name && version) out[name] = version;
  }
  return out;
}

export default defineLab({
  slug: "kubeadm-upgrade-controlplane",
  title: "Upgrade the control plane with kubeadm",
  summary: "Move the control plane node from v1.32.5 to v1.32.6: kubeadm first, then upgrade apply, then kubelet and kubectl.",
  domain: "cluster-architecture",
  competency: "Manage the lifecycle of Kubernetes clusters",
  difficulty: "hard",
  minutes: 15,
  curriculumVersion: "1.32",
  setup() {},
  tasks: [
    {
      id: "upgrade",
      text: `The cluster runs Kubernetes v1.32.5. Upgrade the control plane node \`controlplane\` to **${TARGET}** with kubeadm: the \`kubeadm\` package, the control plane components (\`kubeadm upgrade apply\`), then \`kubelet\` and \`kubectl\` on \`controlplane\` (packages \`${DEB}\` from the configured repository; they are held). Cordon or drain the node while you upgrade its kubelet and make it schedulable again afterwards. Do not upgrade the worker nodes.`,
      checks: [
        {
          id: "control-plane-version",
          title: `Control plane static pods run ${TARGET}`,
          points: 2,
          check(c) {
            const tags = COMPONENTS.map((comp) => new RegExp(`image: \\S*/${comp}:(\\S+)`).exec(c.file("controlplane", `/etc/kubernetes/manifests/${comp}.yaml`) ?? "")?.[1] ?? "missing");
            return tags.every((t) => t === TARGET) ? pass(`apiserver, controller-manager and scheduler run ${TARGET}.`) : expectSaw(`${TARGET} for ${COMPONENTS.join(", ")}`, tags.join(", "));
          },
        },
        {
          id: "kubelet-version",
          title: `Node controlplane reports kubelet ${TARGET}`,
          points: 2,
          check(c) {
            const v = c.get("nodes", "controlplane")?.status?.nodeInfo?.kubeletVersion;
            return v === TARGET ? pass(`controlplane's kubelet is ${TARGET}.`) : expectSaw(`kubelet ${TARGET} on controlplane`, v ?? "no node");
          },
        },
        {
          id: "packages",
          title: `kubeadm, kubelet and kubectl ${DEB} installed on controlplane`,
          points: 1,
          check(c) {
            const v = dpkgVersions(c.file("controlplane", "/var/lib/dpkg/status"));
            const bad = ["kubeadm", "kubelet", "kubectl"].filter((p) => v[p] !== DEB);
            return bad.length === 0 ? pass(`All three packages are at ${DEB}.`) : expectSaw(`${DEB} for kubeadm, kubelet, kubectl`, bad.map((p) => `${p} ${v[p] ?? "missing"}`).join(", "));
          },
        },
        {
          id: "schedulable",
          title: "controlplane is schedulable again",
          points: 1,
          check(c) {
            return c.get("nodes", "controlplane")?.spec?.unschedulable ? expectSaw("controlplane uncordoned", "it still cordoned") : pass("controlplane is schedulable.");
          },
        },
        {
          id: "workers-untouched",
          title: "Workers stay on v1.32.5",
          points: 1,
          check(c) {
            const vs = ["node01", "node02"].map((n) => c.get("nodes", n)?.status?.nodeInfo?.kubeletVersion);
            return vs.every((v) => v === "v1.32.5") ? pass("node01 and node02 still run v1.32.5.") : expectSaw("node01 and node02 on v1.32.5", vs.join(", "));
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Upgrading kubeadm clusters", url: "https://kubernetes.io/docs/tasks/administer-cluster/kubeadm/kubeadm-upgrade/" },
    { title: "Changing the package repository", url: "https://kubernetes.io/docs/tasks/administer-cluster/kubeadm/change-package-repository/" },
  ],
  wrongSolutions: [
    {
      why: "upgrades the kubelet package but never restarts the kubelet",
      script: `apt-mark unhold kubeadm kubelet kubectl\napt-get install -y kubeadm=${DEB}\nkubeadm upgrade apply ${TARGET} -y\napt-get install -y kubelet=${DEB} kubectl=${DEB}\napt-mark hold kubeadm kubelet kubectl\nsleep 10`,
      failsCheck: "kubelet-version",
    },
    { why: "tries kubeadm upgrade apply before upgrading kubeadm", script: `kubeadm upgrade apply ${TARGET} -y`, failsCheck: "control-plane-version" },
  ],
});
