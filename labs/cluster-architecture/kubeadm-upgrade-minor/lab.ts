import { defineLab } from "../../../lib/labs/define";
import { expectSaw, pass } from "../../../lib/labs/checks";

const TARGET = "v1.33.3";
const DEB = "1.33.3-1.1";
const SOURCES = "/etc/apt/sources.list.d/kubernetes.list";

export default defineLab({
  slug: "kubeadm-upgrade-minor",
  title: "Upgrade to the next minor version",
  summary: "Move the control plane from v1.32 to v1.33. The package repository only serves v1.32 until you switch it.",
  domain: "cluster-architecture",
  competency: "Manage the lifecycle of Kubernetes clusters",
  difficulty: "hard",
  minutes: 18,
  curriculumVersion: "1.32",
  setup() {},
  tasks: [
    {
      id: "repo",
      text: `The node \`controlplane\` installs Kubernetes packages from pkgs.k8s.io, which has one repository per minor version; \`${SOURCES}\` points at v1.32. Point it at the **v1.33** repository (same URL layout) and refresh the package lists.`,
      checks: [
        {
          id: "repo-v1-33",
          title: "apt uses the v1.33 repository",
          points: 1,
          check(c) {
            const text = c.file("controlplane", SOURCES) ?? "";
            return /^deb .*https:\/\/pkgs\.k8s\.io\/core:\/stable:\/v1\.33\/deb\/ \/$/m.test(text) ? pass("kubernetes.list names the v1.33 repository.") : expectSaw("a deb line for https://pkgs.k8s.io/core:/stable:/v1.33/deb/", text.trim() || "no file");
          },
        },
      ],
    },
    {
      id: "upgrade",
      text: `Upgrade the control plane to **${TARGET}**: \`kubeadm\` (\`${DEB}\`), \`kubeadm upgrade apply ${TARGET}\`, then \`kubelet\` and \`kubectl\` on \`controlplane\`. The worker nodes stay as they are.`,
      checks: [
        {
          id: "apiserver-1-33",
          title: `kube-apiserver runs ${TARGET}`,
          points: 2,
          check(c) {
            const tag = /image: \S*\/kube-apiserver:(\S+)/.exec(c.file("controlplane", "/etc/kubernetes/manifests/kube-apiserver.yaml") ?? "")?.[1];
            return tag === TARGET ? pass(`kube-apiserver runs ${TARGET}.`) : expectSaw(`kube-apiserver ${TARGET}`, tag ?? "no manifest");
          },
        },
        {
          id: "kubelet-1-33",
          title: `controlplane's kubelet reports ${TARGET}`,
          points: 2,
          check(c) {
            const v = c.get("nodes", "controlplane")?.status?.nodeInfo?.kubeletVersion;
            return v === TARGET ? pass(`controlplane's kubelet is ${TARGET}.`) : expectSaw(`kubelet ${TARGET} on controlplane`, v ?? "no node");
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Changing the Kubernetes package repository", url: "https://kubernetes.io/docs/tasks/administer-cluster/kubeadm/change-package-repository/" },
    { title: "Upgrading kubeadm clusters", url: "https://kubernetes.io/docs/tasks/administer-cluster/kubeadm/kubeadm-upgrade/" },
  ],
  wrongSolutions: [
    { why: "installs 1.33 packages without switching the repository", script: `apt-mark unhold kubeadm kubelet kubectl\napt-get update\napt-get install -y kubeadm=${DEB}\nkubeadm upgrade apply ${TARGET} -y`, failsCheck: "apiserver-1-33" },
    { why: "switches the repository but forgets to update the package lists", script: `sed -i 's#/v1.32/#/v1.33/#' ${SOURCES}\napt-mark unhold kubeadm\napt-get install -y kubeadm=${DEB}\nkubeadm upgrade apply ${TARGET} -y`, failsCheck: "apiserver-1-33" },
  ],
});
