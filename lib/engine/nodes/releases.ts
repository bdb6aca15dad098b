import { fnv64 } from "../etcd/ids";

/**
 * Build metadata of Kubernetes releases as `version.Info` prints it (kubeadm version, kubectl
 * version). Releases the exam hosts are known to run carry their real commit and build date;
 * others get a stable derived commit, never the wall clock.
 */
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

