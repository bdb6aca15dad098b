import type { KubeObject } from "../api/types";
import { badRequest } from "../api/errors";
import type { LogOptions } from "../client";
import { runContainer, type ContainerStatus } from "./container";
import { containerEnv, type ObjectReader } from "./container-env";
import { lookupImage } from "./images";
import { volumeView } from "./shared-volumes";
import { containerFiles } from "./container-files";
import { containerNet } from "./container-net";

/** RFC 3339 with nanoseconds, as containerd stamps log lines. */
const nanoStamp = (ms: number) => new Date(ms).toISOString().replace(/\.(\d{3})Z$/, ".$1000000Z");

/**
 * What the kubelet's /containerLogs endpoint returns for one container: the output of the current
 * (or, with `previous`, the last terminated) instance, recomputed from its command and start time.
 * Error texts model pkg/kubelet/kubelet_pods.go validateContainerLogStatus.
 */
export function containerLogs(pod: KubeObject, opts: LogOptions, now: number, reader: ObjectReader, tty: { at: number; text: string }[] = []): string {
  const name = pod.metadata.name!;
  const all = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? []), ...(pod.spec?.ephemeralContainers ?? [])] as { name: string; image: string }[];
  const containerName = opts.container ?? pod.spec?.containers?.[0]?.name;
  const spec = all.find((c) => c.name === containerName);
  if (!spec) throw badRequest(`container ${containerName} is not valid for pod ${name}`);
  const statuses: ContainerStatus[] = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? []), ...(pod.status?.ephemeralContainerStatuses ?? [])];
  const cs = statuses.find((s) => s.name === containerName);
  if (!cs) throw badRequest(`container "${containerName}" in pod "${name}" is waiting to start: ${pod.spec?.initContainers?.length ? "PodInitializing" : "ContainerCreating"}`);
  const last = cs.lastState?.terminated;
  const { running, terminated, waiting } = cs.state ?? {};
  let instance: { start: number; end: number; running?: boolean; id?: string } | undefined;
  if (opts.previous) {
    if (!last) throw badRequest(`previous terminated container "${containerName}" in pod "${name}" not found`);
    instance = { start: Date.parse(last.startedAt), end: Date.parse(last.finishedAt), id: last.containerID };
  } else if (running) instance = { start: Date.parse(running.startedAt), end: now, running: true, id: cs.containerID };
  else if (terminated) {
    const t = terminated.containerID || !last ? terminated : last;
    if (!t.containerID && !t.startedAt) throw badRequest(`container "${containerName}" in pod "${name}" is terminated`);
    instance = { start: Date.parse(t.startedAt), end: Date.parse(t.finishedAt), id: t.containerID };
  } else if (last) instance = { start: Date.parse(last.startedAt), end: Date.parse(last.finishedAt), id: last.containerID };
  else if (waiting?.reason === "ErrImagePull") throw badRequest(`container "${containerName}" in pod "${name}" is waiting to start: image can't be pulled`);
  else if (waiting?.reason === "ImagePullBackOff") throw badRequest(`container "${containerName}" in pod "${name}" is waiting to start: trying and failing to pull image`);
  else if (waiting) throw badRequest(`container "${containerName}" in pod "${name}" is waiting to start: ${waiting.reason}`);
  else throw badRequest(`container "${containerName}" in pod "${name}" is waiting to start - no logs yet`);

  const image = lookupImage(spec.image);
  const resolved = containerEnv(pod, spec, reader);
  if (!image || "error" in resolved || Number.isNaN(instance.start) || instance.start <= 0) return "";
  const ran = runContainer(pod, spec, image, resolved.env, instance.start, instance.end, true, { files: containerFiles(pod, spec, reader), volumes: volumeView(pod, spec, reader, instance.end), started: instance.running, net: containerNet(reader.network, pod, spec.image, instance.id) }).lines.map((l) => ({ at: instance.start + l.at, text: l.text }));
  let lines = mergeByTime(ran, terminalLines(tty, instance.start, instance.end));
  if (opts.sinceSeconds !== undefined) lines = lines.filter((l) => l.at >= now - opts.sinceSeconds! * 1000);
  if (opts.tailLines !== undefined && opts.tailLines >= 0) lines = lines.slice(Math.max(0, lines.length - opts.tailLines));
  return lines.map((l) => `${opts.timestamps ? `${nanoStamp(l.at)} ` : ""}${l.text}\n`).join("");
}

/** The terminal's transcript within one instance's lifetime, as log lines stamped with when they were shown. */
function terminalLines(tty: { at: number; text: string }[], start: number, end: number): { at: number; text: string }[] {
  const out: { at: number; text: string }[] = [];
  let open: { at: number; text: string } | undefined;
  for (const e of tty.filter((x) => x.at >= start && x.at <= end)) {
    const parts = e.text.split("\n");
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      if (last && !part) return;
      if (!open) open = { at: e.at, text: "" };
      open.text += part;
      if (!last) {
        out.push(open);
        open = undefined;
      }
    });
  }
  if (open?.text) out.push(open);
  return out;
}

/** Two time-ordered line lists as one (the process's own lines first at equal times). */
function mergeByTime<T extends { at: number }>(a: T[], b: T[]): T[] {
  if (!b.length) return a;
  return [...a, ...b].map((l, i) => ({ l, i })).sort((x, y) => x.l.at - y.l.at || x.i - y.i).map((x) => x.l);
}
