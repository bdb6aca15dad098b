import type { FileSystem } from "../host";

/**
 * The Kubernetes packages of a node as apt and dpkg see them: what is installed (and held) lives in
 * /var/lib/dpkg/status, which repositories apt reads in /etc/apt/sources.list.d/kubernetes.list
 * (pkgs.k8s.io has one repository per minor), and what `apt-get update` last fetched in
 * /var/lib/apt/lists. All of it is node files, so it survives session snapshots.
 */

export const K8S_PACKAGES = ["kubeadm", "kubectl", "kubelet"] as const;
export const DPKG_STATUS = "/var/lib/dpkg/status";
export const K8S_SOURCES = "/etc/apt/sources.list.d/kubernetes.list";
export const LISTS_DIR = "/var/lib/apt/lists";

/** What pkgs.k8s.io publishes in this simulated world, per minor, oldest first. */
export const RELEASES: Record<string, string[]> = {
  "1.31": ["1.31.0", "1.31.1", "1.31.2", "1.31.3", "1.31.4", "1.31.5", "1.31.6", "1.31.7", "1.31.8", "1.31.9"],
  "1.32": ["1.32.0", "1.32.1", "1.32.2", "1.32.3", "1.32.4", "1.32.5", "1.32.6", "1.32.7"],
  "1.33": ["1.33.0", "1.33.1", "1.33.2", "1.33.3"],
};

export const debVersion = (v: string) => `${v.replace(/^v/, "")}-1.1`;
export const upstreamVersion = (deb: string) => `v${deb.replace(/-.*$/, "")}`;

const SIZES: Record<string, string> = { kubeadm: "12.2 MB", kubectl: "11.2 MB", kubelet: "15.2 MB" };
export const packageSize = (name: string) => SIZES[name] ?? "1 MB";

export interface InstalledPackage {
  version: string;
  hold: boolean;
}

const DESCRIPTIONS: Record<string, string> = {
  kubeadm: "Command-line utility for administering a Kubernetes cluster",
  kubectl: "Command-line utility for interacting with a Kubernetes cluster",
  kubelet: "Node agent for Kubernetes clusters",
};

export function readInstalled(fs: FileSystem): Record<string, InstalledPackage> {
  if (!fs.exists(DPKG_STATUS)) return {};
  const out: Record<string, InstalledPackage> = {};
  for (const stanza of fs.readFile(DPKG_STATUS).split(/\n\n+/)) {
    const field = (name: string) => new RegExp(`^${name}: (.*)$`, "m").exec(stanza)?.[1];
    const name = field("Package");
    const status = field("Status");
    const version = field("Version");
    if (name && version && status?.endsWith(" installed")) out[name] = { version, hold: status.startsWith("hold ") };
  }
  return out;
}

export function writeInstalled(fs: FileSystem, pkgs: Record<string, InstalledPackage>): void {
  const stanzas = Object.keys(pkgs)
    .sort()
    .map((name) => {
      const p = pkgs[name];
      return `Package: ${name}\nStatus: ${p.hold ? "hold" : "install"} ok installed\nPriority: optional\nSection: admin\nArchitecture: amd64\nMaintainer: Kubernetes Authors <dev@kubernetes.io>\nVersion: ${p.version}\nDescription: ${DESCRIPTIONS[name] ?? name}\n`;
    });
  fs.writeFile(DPKG_STATUS, stanzas.join("\n"));
}

export const repoUrl = (minor: string) => `https://pkgs.k8s.io/core:/stable:/v${minor}/deb`;
export const cdnUrl = (minor: string) => `https://prod-cdn.packages.k8s.io/repositories/isv:/kubernetes:/core:/stable:/v${minor}/deb`;
const listFile = (minor: string) => `${LISTS_DIR}/pkgs.k8s.io_core:_stable:_v${minor}_deb_Packages`;

export function sourcesLine(minor: string): string {
  return `deb [signed-by=/etc/apt/keyrings/kubernetes-apt-keyring.gpg] ${repoUrl(minor)}/ /\n`;
}

/** The minors the apt sources name (only enabled `deb` lines). */
export function configuredMinors(fs: FileSystem): string[] {
  const minors: string[] = [];
  if (!fs.exists("/etc/apt/sources.list.d")) return minors;
  for (const f of fs.readdir("/etc/apt/sources.list.d")) {
    const path = `/etc/apt/sources.list.d/${f}`;
    if (!f.endsWith(".list") || fs.stat(path).type !== "file") continue;
    for (const line of fs.readFile(path).split("\n")) {
      const m = /^\s*deb\s+(?:\[[^\]]*\]\s+)?https:\/\/pkgs\.k8s\.io\/core:\/stable:\/v(\d+\.\d+)\/deb\/?\s+\/\s*$/.exec(line);
      if (m && !minors.includes(m[1])) minors.push(m[1]);
    }
  }
  return minors;
}

/** The minors whose package lists apt fetched at its last `update`. */
export function fetchedMinors(fs: FileSystem): string[] {
  if (!fs.exists(LISTS_DIR)) return [];
  return fs
    .readdir(LISTS_DIR)
    .map((f) => /^pkgs\.k8s\.io_core:_stable:_v(\d+\.\d+)_deb_Packages$/.exec(f)?.[1])
    .filter((m): m is string => !!m);
}

/** `apt-get update`: fetch the lists of the configured repositories, drop the others. */
export function updateLists(fs: FileSystem): { minor: string; fresh: boolean }[] {
  const before = fetchedMinors(fs);
  const want = configuredMinors(fs);
  fs.mkdir(LISTS_DIR, { recursive: true });
  for (const m of before) if (!want.includes(m)) fs.remove(listFile(m));
  for (const m of want) {
    const versions = RELEASES[m] ?? [];
    const text = K8S_PACKAGES.flatMap((p) => versions.map((v) => `Package: ${p}\nVersion: ${debVersion(v)}\nArchitecture: amd64\n`)).join("\n");
    fs.writeFile(listFile(m), text);
  }
  return want.map((minor) => ({ minor, fresh: !before.includes(minor) }));
}

export interface Candidate {
  version: string;
  minor: string;
}

/** Versions of a package apt knows, newest first. */
export function availableVersions(fs: FileSystem, pkg: string): Candidate[] {
  if (!(K8S_PACKAGES as readonly string[]).includes(pkg)) return [];
  const out: Candidate[] = [];
  for (const minor of fetchedMinors(fs)) for (const v of RELEASES[minor] ?? []) out.push({ version: debVersion(v), minor });
  return out.sort((a, b) => compareDeb(b.version, a.version));
}

export function compareDeb(a: string, b: string): number {
  const pa = a.split(/[.-]/).map(Number);
  const pb = b.split(/[.-]/).map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** A node as kubeadm leaves it: the three packages at the cluster version, held, lists fetched. */
export function provisionPackages(fs: FileSystem, clusterVersion: string): void {
  const minor = clusterVersion.replace(/^v/, "").split(".").slice(0, 2).join(".");
  fs.mkdir("/etc/apt/sources.list.d", { recursive: true });
  fs.mkdir("/etc/apt/keyrings", { recursive: true });
  fs.writeFile("/etc/apt/keyrings/kubernetes-apt-keyring.gpg", "");
  fs.writeFile(K8S_SOURCES, sourcesLine(minor));
  fs.mkdir("/var/lib/dpkg", { recursive: true });
  writeInstalled(fs, Object.fromEntries(K8S_PACKAGES.map((p) => [p, { version: debVersion(clusterVersion), hold: true }])));
  updateLists(fs);
}
