import type { CommandContext } from "../shell/types";
import { kubeadmClient, READ_CONFIG } from "./client";
import { KubeadmError, klog } from "./errors";
import { backupDir, moveImage, podsWithLabel, renewFor, setPodImages, tmpSuffix } from "./staticpods";
import type { KubeadmCommand } from "./types";
import { setTemplateImage } from "./addons";
import { compareVersions, coreDnsVersion, etcdImageVersion, isReleased, kubeadmVersion, manifestVersion, minorOf } from "./versions";
import { renewKubeadmCert } from "../engine/pki/kubeadm-certs";

/** The version skew rules kubeadm enforces (phases/upgrade/policy.go EnforceVersionPolicies). */
function policyErrors(target: string, cluster: string, kubeadm: string): { errors: string[]; skippable: boolean } {
  const errors: string[] = [];
  const [tMin, cMin] = [Number(minorOf(target).split(".")[1]), Number(minorOf(cluster).split(".")[1])];
  if (tMin < cMin) errors.push(`Specified version to upgrade to "${target}" is equal to or lower than the cluster version "${cluster}". Downgrades are not supported yet`);
  if (tMin > cMin + 1) errors.push(`Specified version to upgrade to "${target}" is too high; kubeadm can upgrade only 1 minor version at a time`);
  const skippable = errors.length === 0;
  if (compareVersions(target, kubeadm) > 0) errors.push(`Specified version to upgrade to "${target}" is higher than the kubeadm version "${kubeadm}". Upgrade kubeadm first using the tool you used to install kubeadm`);
  return { errors, skippable };
}

function confirmed(ctx: CommandContext, yes: boolean): boolean {
  if (yes) return true;
  // The learner's answer ends the prompt line (Enter); without "y" kubeadm stops.
  ctx.out("[upgrade] Are you sure you want to proceed? [y/N]: \n");
  const answer = ctx.stdin.split("\n")[0].trim();
  if (answer === "y" || answer === "Y") return true;
  throw new KubeadmError("won't proceed; the user didn't answer (Y|y) in order to continue");
}

/** `kubeadm upgrade apply VERSION`: models cmd/kubeadm/app/cmd/upgrade/apply.go (v1.32 output). */
export const upgradeApply: KubeadmCommand = {
  path: "upgrade apply",
  summary: "Upgrade your Kubernetes cluster to the specified version",
  flags: [
    { name: "yes", short: "y", type: "bool", default: false },
    { name: "force", short: "f", type: "bool", default: false },
    { name: "dry-run", type: "bool", default: false },
    { name: "etcd-upgrade", type: "bool", default: true },
    { name: "certificate-renewal", type: "bool", default: true },
  ],
  run(args, f, ctx) {
    if (args.length === 0) throw new KubeadmError("missing one or more required arguments. Required arguments: [version]");
    if (ctx.user !== "root") throw new KubeadmError("[preflight] Some fatal errors occurred:\n\t[ERROR IsPrivilegedUser]: user is not running as root\n[preflight] If you know what you are doing, you can make a check non-fatal with `--ignore-preflight-errors=...`");
    const raw = args[0];
    if (!/^v?\d+\.\d+\.\d+$/.test(raw)) throw new KubeadmError(`[upgrade/version] FATAL: unable to parse version "${raw}": could not parse "${raw}" as version`);
    const target = raw.startsWith("v") ? raw : `v${raw}`;
    const fs = ctx.host.fs;
    ctx.out(READ_CONFIG("upgrade"));
    const client = kubeadmClient(ctx);
    ctx.out("[upgrade/preflight] Running preflight checks\n[upgrade] Running cluster health checks\n");
    const cluster = manifestVersion(fs, "kube-apiserver");
    if (!cluster) throw new KubeadmError("[upgrade/health] FATAL: [preflight] Some fatal errors occurred:\n\t[ERROR ControlPlaneNodesReady]: this node is not a control plane node: /etc/kubernetes/manifests/kube-apiserver.yaml not found");
    const kubeadm = kubeadmVersion(fs)!;
    ctx.out(`[upgrade/preflight] You have chosen to upgrade the cluster version to "${target}"\n[upgrade/versions] Cluster version: ${cluster}\n[upgrade/versions] kubeadm version: ${kubeadm}\n`);
    const { errors, skippable } = policyErrors(target, cluster, kubeadm);
    if (errors.length && !(f.force && skippable)) {
      throw new KubeadmError(`[upgrade/version] FATAL: the --version argument is invalid due to these errors:\n\n${errors.map((e) => `\t- ${e}\n`).join("")}\n${skippable ? "Can be bypassed if you pass the --force flag" : ""}`.replace(/\n$/, ""));
    }
    if (!f.force) confirmed(ctx, f.yes as boolean);
    ctx.out("[upgrade/preflight] Pulling images required for setting up a Kubernetes cluster\n[upgrade/preflight] This might take a minute or two, depending on the speed of your internet connection\n[upgrade/preflight] You can also perform this action beforehand using 'kubeadm config images pull'\n");
    if (!isReleased(target)) {
      const img = `registry.k8s.io/kube-apiserver:${target}`;
      throw new KubeadmError(`[preflight] Some fatal errors occurred:\n\t[ERROR ImagePull]: failed to pull image ${img}: failed to pull image ${img}: rpc error: code = NotFound desc = failed to pull and unpack image "${img}": failed to resolve reference "${img}": ${img}: not found\n[preflight] If you know what you are doing, you can make a check non-fatal with \`--ignore-preflight-errors=...\``);
    }
    if (f["dry-run"]) {
      ctx.out(`[upgrade/control-plane] Upgrading your static Pod-hosted control plane to version "${target}" (timeout: 5m0s)...\n[dryrun] Would upgrade the static Pod manifests\n`);
      return 0;
    }
    const now = ctx.environment.clock.now();
    const backup = backupDir(now);
    ctx.out(`[upgrade/control-plane] Upgrading your static Pod-hosted control plane to version "${target}" (timeout: 5m0s)...\n`);
    ctx.out(`[upgrade/staticpods] Writing new Static Pod manifests to "/etc/kubernetes/tmp/kubeadm-upgraded-manifests${tmpSuffix(now, 1)}"\n`);
    const cp = ctx.host.name;
    const renew = f["certificate-renewal"] as boolean;
    for (const component of ["etcd", "kube-apiserver", "kube-controller-manager", "kube-scheduler"]) {
      if (component === "etcd" && !f["etcd-upgrade"]) continue;
      ctx.out(`[upgrade/staticpods] Preparing for "${component}" upgrade\n`);
      const tag = component === "etcd" ? etcdImageVersion(target) : target;
      if (component === "etcd" && manifestVersion(fs, "etcd") === tag && !renew) {
        ctx.out(`[upgrade/staticpods] Current and new manifests of etcd are equal, skipping upgrade\n`);
        continue;
      }
      if (renew) renewFor(ctx, component);
      moveImage(fs, component, tag, backup);
      ctx.out(`[upgrade/staticpods] Moving new manifest to "/etc/kubernetes/manifests/${component}.yaml" and backing up old manifest to "${backup}/${component}.yaml"\n`);
      ctx.out("[upgrade/staticpods] Waiting for the kubelet to restart the component\n[upgrade/staticpods] This can take up to 5m0s\n");
      ctx.environment.advance(15_000);
      setPodImages(client, podsWithLabel(client, "component", component).filter((p) => p.spec?.nodeName === cp), `registry.k8s.io/${component}:${tag}`);
      ctx.out(`[apiclient] Found 1 Pods for label selector component=${component}\n[upgrade/staticpods] Component "${component}" upgraded successfully!\n`);
      if (component === "etcd") ctx.out("[upgrade/etcd] Waiting for etcd to become available\n");
    }
    ctx.out("[upgrade/control-plane] The control plane instance for this node was successfully upgraded!\n");
    ctx.out('[upload-config] Storing the configuration used in ConfigMap "kubeadm-config" in the "kube-system" Namespace\n');
    ctx.out('[kubelet] Creating a ConfigMap "kubelet-config" in namespace kube-system with the configuration for the kubelets in the cluster\n');
    if (renew) for (const conf of ["admin.conf", "super-admin.conf"]) if (fs.exists(`/etc/kubernetes/${conf}`)) renewKubeadmCert(fs, conf, ctx.environment.clock.now());
    ctx.out("[upgrad/kubeconfig] The kubeconfig files for this node were successfully upgraded!\n");
    const kdir = `/etc/kubernetes/tmp/kubeadm-kubelet-config${tmpSuffix(now, 2)}`;
    klog(ctx, "W", "postupgrade.go:117", `Using temporary directory ${kdir} for kubelet config. To override it set the environment variable KUBEADM_UPGRADE_DRYRUN_DIR`);
    fs.mkdir(kdir, { recursive: true });
    if (fs.exists("/var/lib/kubelet/config.yaml")) fs.writeFile(`${kdir}/config.yaml`, fs.readFile("/var/lib/kubelet/config.yaml"));
    ctx.out(`[upgrade] Backing up kubelet config file to ${kdir}/config.yaml\n[kubelet-start] Writing kubelet configuration to file "/var/lib/kubelet/config.yaml"\n[upgrade/kubelet-config] The kubelet configuration for this node was successfully upgraded!\n`);
    ctx.out(
      "[upgrade/bootstrap-token] Configuring bootstrap token and cluster-info RBAC rules\n[bootstrap-token] Configured RBAC rules to allow Node Bootstrap tokens to get nodes\n[bootstrap-token] Configured RBAC rules to allow Node Bootstrap tokens to post CSRs in order for nodes to get long term certificate credentials\n[bootstrap-token] Configured RBAC rules to allow the csrapprover controller automatically approve CSRs from a Node Bootstrap Token\n[bootstrap-token] Configured RBAC rules to allow certificate rotation for all node client certificates in the cluster\n",
    );
    setTemplateImage(client, "deployments", "coredns", "coredns", `registry.k8s.io/coredns/coredns:${coreDnsVersion(target)}`);
    setTemplateImage(client, "daemonsets", "kube-proxy", "kube-proxy", `registry.k8s.io/kube-proxy:${target}`);
    ctx.out("[addons] Applied essential addon: CoreDNS\n[addons] Applied essential addon: kube-proxy\n");
    ctx.out(`\n[upgrade] SUCCESS! A control plane node of your cluster was upgraded to "${target}".\n\n[upgrade] Now please proceed with upgrading the rest of the nodes by following the right order.\n`);
    return 0;
  },
};
