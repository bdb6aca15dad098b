import type { KubeObject } from "../api/types";
import type { VolumeWrite } from "./program";

/**
 * A container instance's writable layer: what commands run in it (`kubectl exec`, interactive
 * sessions, `kubectl cp`) changed over the files it started with (its image's, the kubelet's).
 * Kept as the difference only — files written or changed, directories made, and whiteouts for
 * starting files removed — so an untouched container costs nothing. Paths under the container's
 * volume mounts are never in the layer: they belong to the volume.
 */
export interface ContainerLayer {
  /** Files written or changed, by absolute path. */
  files?: Record<string, string>;
  /** Directories made that nothing else implies. */
  dirs?: string[];
  /** Whiteouts: starting files (image, kubelet) that were removed. */
  gone?: string[];
}

/** Layers of one cluster's containers, by container ID. */
export type LayerTable = Record<string, ContainerLayer>;

/**
 * What commands run in containers wrote into writable volumes, by volume (`<pod uid>/<volume>` for
 * an emptyDir, `pvc:<namespace>/<claim>` for a claim); `volume` in each write is left empty.
 */
export type VolumeWriteTable = Record<string, VolumeWrite[]>;

type StateHolder = { controllerState: Record<string, unknown> };
type Storage = { layers?: LayerTable; volumes?: VolumeWriteTable };

function storage(env: StateHolder, cluster: string, create: boolean): Storage | undefined {
  if (!create) return (env.controllerState["kubelet"] as Record<string, Storage> | undefined)?.[cluster];
  return (((env.controllerState["kubelet"] ??= {}) as Record<string, Storage>)[cluster] ??= {});
}

/** The layer table in the kubelets' snapshotted state; created only when `create` (a first write). */
export function layerTable(env: StateHolder, cluster: string, create: boolean): LayerTable | undefined {
  const s = storage(env, cluster, create);
  return create ? (s!.layers ??= {}) : s?.layers;
}

/** Where a pod's volume keeps what commands write into it; undefined for volumes the kubelet does not keep (hostPath). */
export function volumeKey(pod: KubeObject, volume: string): string | undefined {
  const v = ((pod.spec?.volumes ?? []) as { name: string; emptyDir?: unknown; persistentVolumeClaim?: { claimName?: string } }[]).find((x) => x.name === volume);
  if (v?.emptyDir !== undefined) return `${pod.metadata.uid}/${volume}`;
  if (v?.persistentVolumeClaim?.claimName) return `pvc:${pod.metadata.namespace ?? "default"}/${v.persistentVolumeClaim.claimName}`;
  return undefined;
}

type Status = { name: string; containerID?: string; state?: { running?: unknown } };

/**
 * The ID of the running instance of a container: a restarted container is a new instance with a
 * clean layer. Ephemeral containers never restart: the pod's UID and their name identify them.
 */
export function containerInstanceId(pod: KubeObject, name: string): string | undefined {
  const statuses = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.ephemeralContainerStatuses ?? [])] as Status[];
  const s = statuses.find((x) => x.name === name);
  if (s?.containerID) return s.state?.running ? s.containerID : undefined;
  if (((pod.spec?.ephemeralContainers ?? []) as { name: string }[]).some((c) => c.name === name)) return `${pod.metadata.uid}/${name}`;
  return undefined;
}

/** Whether `path` is at or below one of the mount paths. */
export const underMount = (path: string, mounts: string[]) => mounts.some((m) => path === m || path.startsWith(m === "/" ? "/" : `${m}/`));

/** The files a command starts with: the container's starting files as its layer changed them. */
export function layeredFiles(base: Record<string, string>, layer: ContainerLayer | undefined): Record<string, string> {
  if (!layer) return base;
  const files = { ...base };
  for (const path of layer.gone ?? []) delete files[path];
  return Object.assign(files, layer.files);
}

/** Directories every container has (the process starts with them); the layer does not repeat them. */
const STANDARD_DIRS = new Set(["/", "/tmp", "/var", "/var/log", "/etc", "/dev", "/proc", "/root", "/bin", "/usr", "/home"]);

/**
 * The layer after a command: its files and directories when it ended, compared with the starting
 * files. Paths under `mounts` (volume mount paths) are left out. Undefined when nothing differs.
 */
export function diffLayer(base: Record<string, string>, after: ReadonlyMap<string, string>, dirs: Iterable<string>, mounts: string[]): ContainerLayer | undefined {
  const files: Record<string, string> = {};
  for (const [path, text] of after) if (!underMount(path, mounts) && base[path] !== text) files[path] = text;
  const gone = Object.keys(base).filter((path) => !after.has(path) && !underMount(path, mounts));
  const implied = new Set(STANDARD_DIRS);
  for (const path of [...after.keys(), ...mounts]) for (let d = path.slice(0, path.lastIndexOf("/")); d; d = d.slice(0, d.lastIndexOf("/"))) implied.add(d);
  for (const m of mounts) implied.add(m);
  const made = [...dirs].filter((d) => !implied.has(d) && !underMount(d, mounts));
  if (!Object.keys(files).length && !gone.length && !made.length) return undefined;
  return { ...(Object.keys(files).length ? { files } : {}), ...(made.length ? { dirs: made } : {}), ...(gone.length ? { gone } : {}) };
}

/** Reads and writes the layers of one cluster's containers. */
export interface LayerStore {
  get(id: string): ContainerLayer | undefined;
  /** Stores (or with undefined, drops) a container instance's layer. */
  put(id: string, layer: ContainerLayer | undefined): void;
  /** What commands wrote into a volume (see volumeKey). */
  writes(key: string): VolumeWrite[] | undefined;
  addWrites(key: string, writes: VolumeWrite[]): void;
}

export function layerStore(env: StateHolder, cluster: string): LayerStore {
  return {
    get: (id) => layerTable(env, cluster, false)?.[id],
    put(id, layer) {
      const table = layerTable(env, cluster, !!layer);
      if (!table) return;
      if (layer) table[id] = layer;
      else delete table[id];
    },
    writes: (key) => storage(env, cluster, false)?.volumes?.[key],
    addWrites(key, writes) {
      const volumes = (storage(env, cluster, true)!.volumes ??= {});
      (volumes[key] ??= []).push(...writes.map((w) => ({ ...w, volume: "" })));
    },
  };
}

/**
 * Drops the layers of container instances that no longer run (restarted, or their pod deleted):
 * a new instance starts from its image again. A deleted pod's emptyDir volumes go with it.
 */
export function pruneLayers(env: StateHolder, cluster: string, pods: () => KubeObject[]) {
  const s = storage(env, cluster, false);
  const table = s?.layers ?? {};
  const volumes = s?.volumes ?? {};
  if (!Object.keys(table).length && !Object.keys(volumes).length) return;
  const live = new Set<string>();
  const uids = new Set<string>();
  for (const pod of pods()) {
    uids.add(pod.metadata.uid!);
    const names = ["containers", "initContainers", "ephemeralContainers"].flatMap((f) => ((pod.spec?.[f] ?? []) as { name: string }[]).map((c) => c.name));
    for (const n of names) {
      const id = containerInstanceId(pod, n);
      if (id) live.add(id);
    }
  }
  for (const id of Object.keys(table)) if (!live.has(id)) delete table[id];
  // An emptyDir goes with its pod.
  for (const key of Object.keys(volumes)) if (!key.startsWith("pvc:") && !uids.has(key.split("/")[0])) delete volumes[key];
}
