import { defineLab } from "../../../lib/labs/define";
import { expectSaw, pass, type CheckView } from "../../../lib/labs/checks";

const NODE = "node02";
const FSTAB = `# /etc/fstab: static file system information.
LABEL=cloudimg-rootfs   /        ext4   discard,errors=remount-ro       0 1
LABEL=UEFI      /boot/efi       vfat    umask=0077      0 1
/swap.img       none    swap    sw      0       0
`;

/** `key = value` settings from every file of a directory (sysctl.d syntax), later files win. */
function sysctls(c: CheckView, host: string): Map<string, string> {
  const out = new Map<string, string>();
  const listing = c.run(`ssh ${host} ls /etc/sysctl.d`).stdout.split(/\s+/).filter((f) => f.endsWith(".conf")).sort();
  for (const f of listing)
    for (const line of (c.file(host, `/etc/sysctl.d/${f}`) ?? "").split("\n")) {
      const m = /^\s*([\w.-]+)\s*=\s*(\S+)\s*$/.exec(line);
      if (m && !line.trim().startsWith("#")) out.set(m[1], m[2]);
    }
  return out;
}

function modules(c: CheckView, host: string): Set<string> {
  const names = c.run(`ssh ${host} ls /etc/modules-load.d`).stdout.split(/\s+/).filter((f) => f.endsWith(".conf"));
  return new Set(names.flatMap((f) => (c.file(host, `/etc/modules-load.d/${f}`) ?? "").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"))));
}

export default defineLab({
  slug: "prepare-node",
  title: "Prepare a node for kubeadm",
  summary: "Persist the kernel modules, sysctls and swap setting that kubeadm's preflight checks expect.",
  domain: "cluster-architecture",
  competency: "Prepare underlying infrastructure for installing a Kubernetes cluster",
  difficulty: "medium",
  minutes: 10,
  curriculumVersion: "1.32",
  setup(s) {
    s.writeFile(NODE, "/etc/fstab", FSTAB);
    s.writeFile(NODE, "/etc/sysctl.d/10-network-security.conf", "net.ipv4.conf.default.rp_filter=2\nnet.ipv4.conf.all.rp_filter=2\n");
    s.writeFile(NODE, "/etc/modules-load.d/modules.conf", "# /etc/modules: kernel modules to load at boot time.\n");
  },
  tasks: [
    {
      id: "modules",
      text: `On \`${NODE}\`, make the kernel modules \`overlay\` and \`br_netfilter\` load at every boot (a file in \`/etc/modules-load.d/\`).`,
      checks: [
        {
          id: "modules-persisted",
          title: "overlay and br_netfilter load at boot",
          points: 1,
          check(c) {
            const m = modules(c, NODE);
            const missing = ["overlay", "br_netfilter"].filter((x) => !m.has(x));
            return missing.length === 0 ? pass("both modules load at boot.") : expectSaw("overlay and br_netfilter in /etc/modules-load.d/*.conf", `${missing.join(" and ")} missing`);
          },
        },
      ],
    },
    {
      id: "sysctl",
      text: `On \`${NODE}\`, persist in \`/etc/sysctl.d/\` the settings \`net.ipv4.ip_forward = 1\`, \`net.bridge.bridge-nf-call-iptables = 1\` and \`net.bridge.bridge-nf-call-ip6tables = 1\`.`,
      checks: [
        {
          id: "sysctl-persisted",
          title: "forwarding and bridge netfilter sysctls are persisted",
          points: 2,
          check(c) {
            const s = sysctls(c, NODE);
            const want = ["net.ipv4.ip_forward", "net.bridge.bridge-nf-call-iptables", "net.bridge.bridge-nf-call-ip6tables"];
            const wrong = want.filter((k) => s.get(k) !== "1");
            return wrong.length === 0 ? pass("all three sysctls are 1.") : expectSaw(wrong.map((k) => `${k} = 1`).join(", "), wrong.map((k) => `${k} = ${s.get(k) ?? "unset"}`).join(", "));
          },
        },
      ],
    },
    {
      id: "swap",
      text: `The kubelet refuses to run with swap by default. On \`${NODE}\`, make sure swap stays off after a reboot: no active swap entry in \`/etc/fstab\`.`,
      checks: [
        {
          id: "no-swap-fstab",
          title: "/etc/fstab mounts no swap",
          points: 1,
          check(c) {
            const line = (c.file(NODE, "/etc/fstab") ?? "").split("\n").find((l) => !l.trim().startsWith("#") && /\sswap\s/.test(l));
            return line ? expectSaw("no active swap line in /etc/fstab", JSON.stringify(line.trim())) : pass("no swap is mounted at boot.");
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Container Runtimes: prerequisites", url: "https://kubernetes.io/docs/setup/production-environment/container-runtimes/#install-and-configure-prerequisites" },
    { title: "Installing kubeadm", url: "https://kubernetes.io/docs/setup/production-environment/tools/kubeadm/install-kubeadm/" },
  ],
  otherSolutions: [
    {
      why: "one file per setting and sed to delete the swap line",
      script: `ssh ${NODE}\necho overlay > /etc/modules-load.d/overlay.conf\necho br_netfilter > /etc/modules-load.d/br_netfilter.conf\necho net.ipv4.ip_forward=1 > /etc/sysctl.d/20-forward.conf\necho net.bridge.bridge-nf-call-iptables=1 > /etc/sysctl.d/30-bridge.conf\necho net.bridge.bridge-nf-call-ip6tables=1 >> /etc/sysctl.d/30-bridge.conf\nsed -i '/swap/d' /etc/fstab\nexit`,
    },
  ],
  wrongSolutions: [
    { why: "prepares the wrong node", script: "cat > /etc/modules-load.d/k8s.conf <<EOF\noverlay\nbr_netfilter\nEOF", failsCheck: "modules-persisted" },
    { why: "sets forwarding but forgets the bridge settings", script: `ssh ${NODE}\necho 'net.ipv4.ip_forward = 1' > /etc/sysctl.d/k8s.conf\nexit`, failsCheck: "sysctl-persisted" },
  ],
});
