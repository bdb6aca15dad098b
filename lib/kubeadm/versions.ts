import { fnv64 } from "../engine/etcd/ids";
import { readInstalled, RELEASES, upstreamVersion } from "../engine/nodes/packages";
import type { FileSystem } from "../engine/host";

/**
 * Versions kubeadm reasons about: its own (the installed package), the cluster's (the running
 * kube-apiserver), what the release channel offers (stable-1.N, the latest of each minor), and the
 * etcd/CoreDNS images each kubeadm minor pins. Models cmd/kubeadm/app/constants (SupportedEtcdVersion,
 * CoreDNSVersion) and phases/upgrade/versiongetter.go.
 */

/** Release build info as `version.Info` prints it; known releases carry their real commits. */
const BUILDS: Record<string, { commit: string; date: string; go: string }> = {
  "v1.32.1": { commit: "e9c9be4007d1664e68796af02b8978640d2c1b26", date: "2025-01-15T14:39:14Z", go: "go1.23.4" },
  "v1.32.4": { commit: "59526cd4867447956156ae3a602fcbac10a2c335", date: "2025-04-22T16:02:27Z", go: "go1.23.6" },
  "v1.32.5": { commit: "9894294ef13a5b32803e3ca2c0d620a088cc84d1", date: "2025-05-15T09:10:54Z", go: "go1.23.8" },
};

export function buildInfo(version: string): { major: string; minor: string; gitVersion: string; gitCommit: string; gitTreeState: string; buildDate: string; goVersion: string; compiler: string; platform: string } {
  const [maj, min, patch] = version.replace(/^v/, "").split(".").map(Number);
  const known = BUILDS[version];
  const commit = known?.commit ?? (fnv64(`commit:${version}`).toString(16).padStart(16, "0") + fnv64(`tree:${version}`).toString(16).padStart(16, "0") + fnv64(`tag:${version}`).toString(16).padStart(16, "0")).slice(0, 40);
  const month = ((min - 32) * 4 + Math.floor(patch / 2)) % 12;
  const date = known?.date ?? `${2025 + Math.floor(((min - 32) * 4 + Math.floor(patch / 2)) / 12)}-${String(month + 1).padStart(2, "0")}-${String(10 + (patch % 18)).padStart(2, "0")}T09:${String(10 + patch).padStart(2, "0")}:00Z`;
  return { major: String(maj), minor: String(min), gitVersion: version, gitCommit: commit, gitTreeState: "clean", buildDate: date, goVersion: known?.go ?? (min >= 33 ? "go1.24.4" : "go1.23.10"), compiler: "gc", platform: "linux/amd64" };
}

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
