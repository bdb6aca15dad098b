import type { KubeObject } from "../engine/api/types";
import type { FileSystem } from "../engine/host";

/** A hostPath volume as a container sees it: the node's `hostPath` at `mountPath`. */
export interface HostMount {
  mountPath: string;
  hostPath: string;
}

/** Bounds one line's view of the node (a session copies the files it can read). */
const MAX_FILES = 4000;
const MAX_BYTES = 4 << 20;

const join = (a: string, b: string) => `${a.replace(/\/+$/, "")}/${b}`;

/** The container's hostPath mounts (kubectl debug node/… mounts the node's `/` at /host). */
export function hostMounts(pod: KubeObject, container: string): HostMount[] {
  const volumes = new Map(((pod.spec?.volumes ?? []) as { name: string; hostPath?: { path: string } }[]).filter((v) => v.hostPath).map((v) => [v.name, v.hostPath!.path]));
  const all = ["containers", "initContainers", "ephemeralContainers"].flatMap((f) => (pod.spec?.[f] ?? []) as { name: string; volumeMounts?: { name: string; mountPath: string }[] }[]);
  const c = all.find((x) => x.name === container);
  return (c?.volumeMounts ?? []).filter((m) => volumes.has(m.name)).map((m) => ({ mountPath: m.mountPath.replace(/\/+$/, "") || "/", hostPath: volumes.get(m.name)! }));
}

/** The node's files and directories under each mount, at their paths in the container. */
export function hostView(fs: FileSystem, mounts: HostMount[]): { files: Record<string, string>; dirs: string[] } {
  const files: Record<string, string> = {};
  const dirs: string[] = [];
  let count = 0;
  let bytes = 0;
  const walk = (hostDir: string, at: string) => {
    dirs.push(at);
    let names: string[];
    try {
      names = fs.readdir(hostDir);
    } catch {
      return;
    }
    for (const n of names) {
      if (count >= MAX_FILES || bytes >= MAX_BYTES) return;
      const hp = join(hostDir, n);
      const st = fs.stat(hp);
      if (st.type === "dir") walk(hp, join(at, n));
      else if (st.type === "file") {
        const text = fs.readFile(hp);
        files[join(at, n)] = text;
        count++;
        bytes += text.length;
      }
    }
  };
  for (const m of mounts) if (fs.exists(m.hostPath)) walk(m.hostPath, m.mountPath);
  return { files, dirs };
}

const hostPathOf = (mounts: HostMount[], path: string) => {
  const m = mounts.find((x) => path.startsWith(`${x.mountPath}/`));
  return m && join(m.hostPath, path.slice(m.mountPath.length + 1));
};

/**
 * What one line did to the node through its hostPath mounts, written back to the node; returns the
 * session's own files (those outside the mounts).
 */
export function writeBack(fs: FileSystem, mounts: HostMount[], given: Record<string, string>, after: Record<string, string>): Record<string, string> {
  const own: Record<string, string> = {};
  for (const [path, text] of Object.entries(after)) {
    const host = hostPathOf(mounts, path);
    if (!host) own[path] = text;
    else if (given[path] !== text) {
      fs.mkdir(host.slice(0, host.lastIndexOf("/")) || "/", { recursive: true });
      fs.writeFile(host, text);
    }
  }
  for (const path of Object.keys(given)) if (!(path in after)) fs.remove(hostPathOf(mounts, path)!);
  return own;
}
