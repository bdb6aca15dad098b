import { goTabwriter } from "../kubectl/printers/gotabwriter";
import type { CommandContext } from "../shell/types";
import { kubeadmClient, READ_CONFIG } from "./client";
import { KubeadmError, klog } from "./errors";
import type { KubeadmCommand } from "./types";
import { compareVersions, coreDnsVersion, etcdImageVersion, kubeadmVersion, latestIn, latestStable, manifestVersion, minorOf } from "./versions";

const table = (rows: string[][]) => goTabwriter(rows.map((r) => `${r.join("\t")}\n`).join(""), { minwidth: 10, padding: 3 });

interface Upgrade {
  description: string;
  target: string;
}

/** What the release channel allows from here (phases/upgrade/compute.go GetAvailableUpgrades, simplified). */
export function availableUpgrades(ctx: CommandContext, cluster: string, kubeadm: string): { target: string; upgrades: Upgrade[] } {
  let target = latestStable();
  if (compareVersions(minorOf(target), minorOf(kubeadm)) > 0) {
    klog(ctx, "I", "version.go:261", `remote version is much newer: ${target}; falling back to: stable-${minorOf(kubeadm)}`);
    target = latestIn(minorOf(kubeadm)) ?? kubeadm;
  }
  const upgrades: Upgrade[] = [];
  const patch = latestIn(minorOf(cluster));
  if (patch && compareVersions(patch, cluster) > 0) upgrades.push({ description: `version in the v${minorOf(cluster)} series`, target: patch });
  if (compareVersions(minorOf(target), minorOf(cluster)) > 0) upgrades.push({ description: "stable version", target });
  return { target, upgrades };
}

/** `kubeadm upgrade plan`: models cmd/kubeadm/app/cmd/upgrade/plan.go (v1.32 text output). */
export const upgradePlan: KubeadmCommand = {
  path: "upgrade plan",
  summary: "Check which versions are available to upgrade to and validate whether your current cluster is upgradeable.",
  flags: [],
  run(_args, _f, ctx) {
    ctx.out("[preflight] Running pre-flight checks.\n");
    const client = kubeadmClient(ctx);
    ctx.out(READ_CONFIG("upgrade/config"));
    ctx.out("[upgrade] Running cluster health checks\n");
    const cluster = manifestVersion(ctx.host.fs, "kube-apiserver");
    if (!cluster) throw new KubeadmError(`[upgrade/health] FATAL: [preflight] Some fatal errors occurred:\n\t[ERROR ControlPlaneNodesReady]: couldn't list control-planes in cluster: static Pod manifest for kube-apiserver not found`);
    const kubeadm = kubeadmVersion(ctx.host.fs)!;
    ctx.out("[upgrade] Fetching available versions to upgrade to\n");
    ctx.out(`[upgrade/versions] Cluster version: ${cluster.replace(/^v/, "")}\n[upgrade/versions] kubeadm version: ${kubeadm}\n`);
    const { target, upgrades } = availableUpgrades(ctx, cluster, kubeadm);
    ctx.out(`[upgrade/versions] Target version: ${target}\n[upgrade/versions] Latest version in the v${minorOf(cluster)} series: ${latestIn(minorOf(cluster))}\n\n`);
    if (upgrades.length === 0) {
      ctx.out("Awesome, you're up-to-date! Enjoy!\n");
      return 0;
    }
    const nodes = client.list("nodes").items;
    const cp = nodes.find((n) => n.metadata.labels?.["node-role.kubernetes.io/control-plane"] !== undefined)?.metadata.name ?? ctx.host.name;
    const etcd = manifestVersion(ctx.host.fs, "etcd") ?? etcdImageVersion(cluster);
    for (const up of upgrades) {
      const kubelets = nodes.map((n) => ["kubelet", n.metadata.name, n.status?.nodeInfo?.kubeletVersion ?? "", up.target]);
      if (kubelets.some((k) => k[2] !== up.target)) {
        ctx.out("Components that must be upgraded manually after you have upgraded the control plane with 'kubeadm upgrade apply':\n");
        ctx.out(table([["COMPONENT", "NODE", "CURRENT", "TARGET"], ...kubelets]));
        ctx.out("\n");
      }
      ctx.out(`Upgrade to the latest ${up.description}:\n\n`);
      ctx.out(
        table([
          ["COMPONENT", "NODE", "CURRENT", "TARGET"],
          ["kube-apiserver", cp, cluster, up.target],
          ["kube-controller-manager", cp, manifestVersion(ctx.host.fs, "kube-controller-manager") ?? cluster, up.target],
          ["kube-scheduler", cp, manifestVersion(ctx.host.fs, "kube-scheduler") ?? cluster, up.target],
          ["kube-proxy", "", cluster.replace(/^v/, ""), up.target],
          ["CoreDNS", "", coreDnsVersion(cluster), coreDnsVersion(up.target)],
          ["etcd", cp, etcd, etcdImageVersion(up.target)],
        ]),
      );
      ctx.out(`\nYou can now apply the upgrade by executing the following command:\n\n\tkubeadm upgrade apply ${up.target}\n\n`);
      if (compareVersions(up.target, kubeadm) !== 0) ctx.out(`Note: Before you can perform this upgrade, you have to update kubeadm to ${up.target}.\n\n`);
      ctx.out("_____________________________________________________________________\n\n");
    }
    ctx.out(
      '\nThe table below shows the current state of component configs as understood by this version of kubeadm.\nConfigs that have a "yes" mark in the "MANUAL UPGRADE REQUIRED" column require manual config upgrade or\nresetting to kubeadm defaults before a successful upgrade can be performed. The version to manually\nupgrade to is denoted in the "PREFERRED VERSION" column.\n\n',
    );
    ctx.out(
      table([
        ["API GROUP", "CURRENT VERSION", "PREFERRED VERSION", "MANUAL UPGRADE REQUIRED"],
        ["kubeproxy.config.k8s.io", "v1alpha1", "v1alpha1", "no"],
        ["kubelet.config.k8s.io", "v1beta1", "v1beta1", "no"],
      ]),
    );
    ctx.out("_____________________________________________________________________\n\n");
    return 0;
  },
};
