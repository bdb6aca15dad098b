import { readInstalled, RELEASES, upstreamVersion } from "../engine/nodes/packages";
export { buildInfo } from "../engine/nodes/releases";
import type { FileSystem } from "../engine/host";

/**
 * Versions kubeadm reasons about: its own (the installed package), the cluster's (the running
 * kube-apiserver), what the release channel offers (stable-1.N, the latest of each minor), and the
 * etcd/CoreDNS images each kubeadm minor pins. Models cmd/kubeadm/app/constants (SupportedEtcdVersion,
 * CoreDNSVersion) and phases/upgrade/versiongetter.go.
 */

export const minorOf = (v: string) => v.replace(/^v/, "").split(".").slice(0, 2).join(".");
export const parseVersion = (v: string) => v.replace(/^v/, "").split(".").map(Number);

export function compareVersions(a: string, b: string): number {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/** The kubeadm binary installed on this node. */
export function kubeadmVersion(fs: FileSystem): string | undefined {
  const p = readInstalled(fs).kubeadm;
  return p ? upstreamVersion(p.version) : undefined;
}

/** The latest release of a minor (the stable-1.N marker), undefined when there is none. */
export function latestIn(minor: string): string | undefined {
  const list = RELEASES[minor];
  return list?.length ? `v${list[list.length - 1]}` : undefined;
}

/** dl.k8s.io/release/stable.txt in this world. */
export function latestStable(): string {
  const minors = Object.keys(RELEASES).sort((a, b) => compareVersions(a, b));
  return latestIn(minors[minors.length - 1])!;
}

export const isReleased = (v: string) => (RELEASES[minorOf(v)] ?? []).includes(v.replace(/^v/, ""));

const ETCD: Record<string, string> = { "1.31": "3.5.15-0", "1.32": "3.5.16-0", "1.33": "3.5.21-0" };
const COREDNS: Record<string, string> = { "1.31": "v1.11.3", "1.32": "v1.11.3", "1.33": "v1.12.0" };
export const etcdImageVersion = (k8s: string) => ETCD[minorOf(k8s)] ?? "3.5.16-0";
export const coreDnsVersion = (k8s: string) => COREDNS[minorOf(k8s)] ?? "v1.11.3";

/** The version of a control-plane component from its static pod manifest's image tag. */
export function manifestVersion(fs: FileSystem, component: string): string | undefined {
  const path = `/etc/kubernetes/manifests/${component}.yaml`;
  if (!fs.exists(path)) return undefined;
  return new RegExp(`image: \\S*/${component}:(\\S+)`).exec(fs.readFile(path))?.[1];
}
