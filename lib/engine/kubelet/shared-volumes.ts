import type { KubeObject } from "../api/types";
import { containerArgv, containerEnv, type ContainerSpec, type ObjectReader } from "./container-env";
import { lookupImage } from "./images";
import { runProcess, type VolumeView, type VolumeWrite } from "./program";
import { memoryLimitMi } from "./resources";
import { containerNet } from "./container-net";

/** Volume sources a container can write into (ConfigMaps, Secrets and projections are read-only). */
const WRITABLE = ["emptyDir", "hostPath", "persistentVolumeClaim"];

type Mount = { name: string; mountPath: string; readOnly?: boolean; subPath?: string };

/** The container's writable mounts: volume name → mount path. */
export function writableMounts(pod: KubeObject, c: ContainerSpec): VolumeView["mounts"] {
  const volumes = new Map<string, Record<string, unknown>>((pod.spec?.volumes ?? []).map((v: { name: string }) => [v.name, v]));
  return ((c.volumeMounts ?? []) as Mount[])
    .filter((m) => !m.subPath && WRITABLE.some((k) => volumes.get(m.name)?.[k] !== undefined))
    .map((m) => ({ volume: m.name, path: m.mountPath }));
}

/** The instances of a container the pod's status records (last terminated, then current): start and end. */
function instances(pod: KubeObject, name: string): { start: number; end: number; id?: string }[] {
  const cs = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])].find((s: { name: string }) => s.name === name);
  if (!cs) return [];
  const out: { start: number; end: number; id?: string }[] = [];
  const last = cs.lastState?.terminated;
  if (last?.startedAt && last.finishedAt) out.push({ start: Date.parse(last.startedAt), end: Date.parse(last.finishedAt), id: last.containerID });
  const { running, terminated } = cs.state ?? {};
  if (running?.startedAt) out.push({ start: Date.parse(running.startedAt), end: Infinity, id: cs.containerID });
  else if (terminated?.startedAt && terminated.finishedAt && terminated.containerID) out.push({ start: Date.parse(terminated.startedAt), end: Date.parse(terminated.finishedAt), id: terminated.containerID });
  return out.filter((i) => i.start > 0 && !Number.isNaN(i.start));
}

/** What one container wrote into its writable volumes from its recorded instances up to `until`. */
export function volumeWrites(pod: KubeObject, c: ContainerSpec, reader: ObjectReader, until: number): VolumeWrite[] {
  const mounts = writableMounts(pod, c);
  const image = lookupImage(c.image);
  const resolved = containerEnv(pod, c, reader);
  if (!mounts.length || !image || "error" in resolved) return [];
  const writes: VolumeWrite[] = [];
  for (const i of instances(pod, c.name)) {
    const end = Math.min(i.end, until);
    if (end < i.start) continue;
    const argv = containerArgv(c, image, resolved.env);
    const r = runProcess({ argv, image, env: resolved.env, hostname: pod.metadata.name ?? "", startMs: i.start, horizonMs: end - i.start, memoryLimitMi: memoryLimitMi(c), collect: false, volumes: { mounts, writes: [] }, net: containerNet(reader.network, pod, c.image, i.id) });
    writes.push(...r.writes);
  }
  return writes;
}

/**
 * The view container `c` has of its writable volumes: its mounts and, sorted by time, what the
 * pod's other containers (and with `self`, its own earlier instances) wrote there up to `until`.
 * Other containers are run without seeing each other's writes, which keeps this one level deep.
 */
export function volumeView(pod: KubeObject, c: ContainerSpec, reader: ObjectReader, until: number, self = false): VolumeView | undefined {
  const mounts = writableMounts(pod, c);
  if (!mounts.length) return undefined;
  const names = new Set(mounts.map((m) => m.volume));
  const all: ContainerSpec[] = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
  const writes = all
    .filter((o) => (self || o.name !== c.name) && writableMounts(pod, o).some((m) => names.has(m.volume)))
    .flatMap((o) => volumeWrites(pod, o, reader, until))
    .filter((w) => names.has(w.volume))
    .sort((a, b) => a.at - b.at);
  return { mounts, writes };
}
