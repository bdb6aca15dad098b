import { ADMIN_CONF, kubeadmClient, KUBELET_CONF, READ_CONFIG } from "./client";
import { klog } from "./errors";
import { tmpSuffix } from "./staticpods";
import type { KubeadmCommand } from "./types";
import { upgradeApply } from "./upgrade-apply";
import { manifestVersion } from "./versions";

/**
 * `kubeadm upgrade node`: on a worker it only refreshes the kubelet configuration from the cluster
 * (the kubelet package itself is upgraded with apt); on another control-plane node it upgrades the
 * static pods to the cluster's version. Models cmd/kubeadm/app/cmd/upgrade/node.go.
 */
export const upgradeNode: KubeadmCommand = {
  path: "upgrade node",
  summary: "Upgrade commands for a node in the cluster",
  flags: [
    { name: "dry-run", type: "bool", default: false },
    { name: "etcd-upgrade", type: "bool", default: true },
    { name: "certificate-renewal", type: "bool", default: true },
  ],
  run(args, f, ctx) {
    const fs = ctx.host.fs;
    const controlPlane = fs.exists("/etc/kubernetes/manifests/kube-apiserver.yaml");
    if (controlPlane) {
      const version = manifestVersion(fs, "kube-apiserver")!;
      return upgradeApply.run([version], { ...f, yes: true, force: false }, ctx);
    }
    kubeadmClient(ctx, fs.exists(ADMIN_CONF) ? ADMIN_CONF : KUBELET_CONF);
    ctx.out(READ_CONFIG("upgrade"));
    ctx.out("[upgrade/preflight] Running pre-flight checks\n[upgrade/preflight] Skipping prepull. Not a control plane node.\n[upgrade/control-plane] Skipping phase. Not a control plane node.\n[upgrade/kubeconfig] Skipping phase. Not a control plane node.\n");
    const dir = `/etc/kubernetes/tmp/kubeadm-kubelet-config${tmpSuffix(ctx.environment.clock.now(), 3)}`;
    klog(ctx, "W", "postupgrade.go:117", `Using temporary directory ${dir} for kubelet config. To override it set the environment variable KUBEADM_UPGRADE_DRYRUN_DIR`);
    if (!f["dry-run"]) {
      fs.mkdir(dir, { recursive: true });
      if (fs.exists("/var/lib/kubelet/config.yaml")) fs.writeFile(`${dir}/config.yaml`, fs.readFile("/var/lib/kubelet/config.yaml"));
    }
    ctx.out(`[upgrade] Backing up kubelet config file to ${dir}/config.yaml\n[kubelet-start] Writing kubelet configuration to file "/var/lib/kubelet/config.yaml"\n[upgrade/kubelet-config] The kubelet configuration for this node was successfully upgraded!\n[upgrade/addon] Skipping the addon/coredns phase. Not a control plane node.\n[upgrade/addon] Skipping the addon/kube-proxy phase. Not a control plane node.\n`);
    void args;
    return 0;
  },
};
