import type { KubeObject } from "../api/types";
import { rfc3339 } from "../clock";
import { goDuration, inBackoff, nextBackoff, type BackoffEntry } from "./backoff";
import { containerArgv, containerEnv, type ContainerSpec, type ObjectReader } from "./container-env";
import { lookupImage, qualifiedImage, type ImageBehaviour } from "./images";
import { runProcess, type RunResult, type VolumeView } from "./program";
import { writableMounts } from "./shared-volumes";
import { containerFiles } from "./container-files";
import { memoryLimitMi } from "./resources";
import { containerNet, type ContainerNet } from "./container-net";

/** Per-container memory of the kubelet (survives snapshots): back-offs and probe counters. */
export interface ContainerMem {
  /** Crash back-off. */
  bo?: BackoffEntry;
  /** Image pull failures: count and time of the last attempt. */
  pf?: number;
  pl?: number;
  /** A pending kill: when the process dies and why (liveness, startup, deletion). */
  killAt?: number;
  kill?: "liveness" | "startup" | "delete";
  /** How the current instance ends on its own, fixed when it started (null: it keeps running). */
  ex?: { at: number; code: number; oom?: boolean } | null;
  /** Probe bookkeeping: last probe time and consecutive results per probe kind. */
  pr?: Record<string, { at: number; fail: number; ok: number }>;
  /** What the container's terminal (tty: true) showed to attached sessions: echoed input and output, by time. */
  tty?: { at: number; text: string }[];
}

export interface KubeletEvent {
  type: "Normal" | "Warning";
  reason: string;
  message: string;
  at: number;
}

/** What a container's step needs from its pod worker. */
export interface StepContext {
  pod: KubeObject;
  now: number;
  /** `pod_namespace(uid)` as the kubelet formats pods in messages. */
  podRef: string;
  reader: ObjectReader;
  events: KubeletEvent[];
  wake(at: number): void;
  newContainerId(): string;
  /** Whether the node has the image (IfNotPresent skips the pull); marks it pulled. */
  imagePresent(image: string): boolean;
  markPulled(image: string): void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ContainerStatus = Record<string, any>;

const PULL_ERROR_MS = 10_000;
const exitCache = new Map<string, Pick<RunResult, "exit" | "startError">>();

/** Stable fake digest of an image (what containerd reports as imageID). */
export function imageDigest(image: string): string {
  const ref = qualifiedImage(image).replace(/:[^:/]*$/, "");
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  let hex = "";
  for (let round = 0; hex.length < 64; round++) {
    for (const ch of `${ref}#${round}`) {
      h1 = Math.imul(h1 ^ ch.charCodeAt(0), 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ ch.charCodeAt(0), 0x5bd1e995) >>> 0;
    }
    hex += h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0");
  }
  return `${ref}@sha256:${hex.slice(0, 64)}`;
}

export function initialStatus(c: ContainerSpec, reason: string): ContainerStatus {
  return { image: c.image, imageID: "", lastState: {}, name: c.name, ready: false, restartCount: 0, started: false, state: { waiting: { reason } } };
}

/**
 * The container's process from its start (`startedAt`) up to `at`. With `files` it sees its
 * mounted ConfigMaps and Secrets; `volumes` adds what other containers write to shared volumes.
 */
export function runContainer(pod: KubeObject, c: ContainerSpec, image: ImageBehaviour, env: Record<string, string>, startMs: number, at: number, collect: boolean, opts: { files?: Record<string, string>; volumes?: VolumeView; started?: boolean; net?: ContainerNet } = {}): RunResult {
  const view = opts.volumes ?? { mounts: writableMounts(pod, c), writes: [] };
  return runProcess({ argv: containerArgv(c, image, env), image, env, hostname: pod.metadata.name!, startMs, horizonMs: at - startMs, memoryLimitMi: memoryLimitMi(c), collect, files: opts.files, volumes: view, started: opts.started, stdin: c.stdin === true, net: opts.net ?? containerNet(undefined, pod, c.image) });
}

/**
 * When the current instance exits on its own (undefined: it keeps running). Memoised per command,
 * unless it ran a network client: then it depends on the network at its start (kept in `net`).
 */
function plannedExit(pod: KubeObject, c: ContainerSpec, image: ImageBehaviour, env: Record<string, string>, startMs: number, files: Record<string, string>, net?: ContainerNet): Pick<RunResult, "exit" | "startError"> {
  const key = JSON.stringify([c.command, c.args, c.image, env, c.resources?.limits?.memory, pod.metadata.name, writableMounts(pod, c), c.stdin, files]);
  let hit = exitCache.get(key);
  if (!hit) {
    const r = runContainer(pod, c, image, env, startMs, startMs + 7 * 86_400_000, false, { files, net });
    hit = { exit: r.exit, startError: r.startError };
    if (net?.used) return hit;
    if (exitCache.size > 2_000) exitCache.clear();
    exitCache.set(key, hit);
  }
  return hit;
}

function pullEvents(ctx: StepContext, c: ContainerSpec, image: ImageBehaviour, at: number) {
  const policy = c.imagePullPolicy ?? "IfNotPresent";
  if (policy !== "Always" && ctx.imagePresent(c.image)) {
    ctx.events.push({ type: "Normal", reason: "Pulled", message: `Container image "${c.image}" already present on machine`, at });
    return;
  }
  const first = !ctx.imagePresent(c.image);
  const ms = first ? 500 + (image.sizeBytes % 9_000_000) / 3_000 : 300 + (image.sizeBytes % 700);
  const whole = Math.floor(ms);
  const d = whole < 1000 ? `${whole}ms` : `${(whole / 1000).toFixed(3).replace(/\.?0+$/, "")}s`;
  ctx.events.push({ type: "Normal", reason: "Pulling", message: `Pulling image "${c.image}"`, at: at - Math.ceil(whole / 1000) * 1000 });
  ctx.events.push({ type: "Normal", reason: "Pulled", message: `Successfully pulled image "${c.image}" in ${d} (${d} including waiting). Image size: ${image.sizeBytes} bytes.`, at });
  ctx.markPulled(c.image);
}

/** Starts (or restarts) a container at `at`: pulls, resolves env, runs; or a waiting/terminated error state. */
function start(ctx: StepContext, c: ContainerSpec, cs: ContainerStatus, mem: ContainerMem, at: number): ContainerStatus {
  // imagePullPolicy: Never uses only what the node has: no pull, whether or not the registry knows the image.
  if (c.imagePullPolicy === "Never" && !ctx.imagePresent(c.image)) {
    const message = `Container image "${c.image}" is not present with pull policy of Never`;
    if (cs.state?.waiting?.reason !== "ErrImageNeverPull") {
      ctx.events.push({ type: "Warning", reason: "ErrImageNeverPull", message, at: ctx.now });
      ctx.events.push({ type: "Warning", reason: "Failed", message: "Error: ErrImageNeverPull", at: ctx.now });
    }
    ctx.wake(ctx.now + PULL_ERROR_MS);
    return { ...cs, state: { waiting: { reason: "ErrImageNeverPull", message } } };
  }
  const image = lookupImage(c.image);
  if (!image) {
    const attempts = mem.pf ?? 0;
    const nextAttempt = attempts === 0 ? at : (mem.pl ?? at) + PULL_ERROR_MS + Math.min(10_000 * 2 ** (attempts - 1), 300_000);
    if (ctx.now < nextAttempt) {
      if (cs.state?.waiting?.reason === "ErrImagePull" && ctx.now >= (mem.pl ?? 0) + PULL_ERROR_MS) {
        ctx.events.push({ type: "Normal", reason: "BackOff", message: `Back-off pulling image "${c.image}"`, at: ctx.now });
        ctx.events.push({ type: "Warning", reason: "Failed", message: "Error: ImagePullBackOff", at: ctx.now });
        ctx.wake(nextAttempt);
        return { ...cs, state: { waiting: { reason: "ImagePullBackOff", message: `Back-off pulling image "${c.image}"` } } };
      }
      ctx.wake(cs.state?.waiting?.reason === "ErrImagePull" ? Math.min(nextAttempt, (mem.pl ?? 0) + PULL_ERROR_MS) : nextAttempt);
      return cs;
    }
    mem.pf = attempts + 1;
    mem.pl = ctx.now;
    const ref = qualifiedImage(c.image);
    const message = `failed to pull and unpack image "${ref}": failed to resolve reference "${ref}": ${ref.startsWith("docker.io/") ? `pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed` : `${ref}: not found`}`;
    const full = `rpc error: code = ${ref.startsWith("docker.io/") ? "Unknown" : "NotFound"} desc = ${message}`;
    ctx.events.push({ type: "Normal", reason: "Pulling", message: `Pulling image "${c.image}"`, at: ctx.now });
    ctx.events.push({ type: "Warning", reason: "Failed", message: `Failed to pull image "${c.image}": ${full}`, at: ctx.now });
    ctx.events.push({ type: "Warning", reason: "Failed", message: "Error: ErrImagePull", at: ctx.now });
    ctx.wake(ctx.now + PULL_ERROR_MS);
    return { ...cs, state: { waiting: { reason: "ErrImagePull", message: full } } };
  }
  delete mem.pf;
  delete mem.pl;
  const resolved = containerEnv(ctx.pod, c, ctx.reader);
  if ("error" in resolved) {
    if (cs.state?.waiting?.reason !== "CreateContainerConfigError" || cs.state.waiting.message !== resolved.error) {
      pullEvents(ctx, c, image, at);
      ctx.events.push({ type: "Warning", reason: "Failed", message: `Error: ${resolved.error}`, at });
    }
    ctx.wake(ctx.now + 10_000);
    return { ...cs, state: { waiting: { reason: "CreateContainerConfigError", message: resolved.error } } };
  }
  pullEvents(ctx, c, image, at);
  const containerID = `containerd://${ctx.newContainerId()}`;
  ctx.events.push({ type: "Normal", reason: "Created", message: `Created container: ${c.name}`, at });
  const planned = plannedExit(ctx.pod, c, image, resolved.env, at, containerFiles(ctx.pod, c, ctx.reader), containerNet(ctx.reader.network, ctx.pod, c.image, containerID));
  const restarted = !!cs.state?.terminated || !!cs.lastState?.terminated || cs.state?.waiting?.reason === "CrashLoopBackOff";
  const restartCount = (cs.restartCount ?? 0) + (cs.state?.terminated || cs.state?.waiting?.reason === "CrashLoopBackOff" ? 1 : 0);
  const lastState = cs.state?.terminated ? { terminated: cs.state.terminated } : (cs.lastState ?? {});
  const base = { ...cs, containerID, image: qualifiedImage(c.image), imageID: imageDigest(c.image), lastState, restartCount: restarted ? restartCount : 0, ready: false, started: false };
  if (planned.startError) {
    ctx.events.push({ type: "Warning", reason: "Failed", message: `Error: ${planned.startError}`, at });
    return { ...base, state: { terminated: { containerID, exitCode: 128, finishedAt: rfc3339(at), message: planned.startError, reason: "StartError", startedAt: "1970-01-01T00:00:00Z" } } };
  }
  ctx.events.push({ type: "Normal", reason: "Started", message: `Started container ${c.name}`, at });
  mem.ex = planned.exit ?? null;
  delete mem.killAt;
  delete mem.kill;
  delete mem.pr;
  return { ...base, started: !c.startupProbe, state: { running: { startedAt: rfc3339(at) } } };
}

/** The exit of the current instance at `at`. */
function terminate(cs: ContainerStatus, at: number, exitCode: number, reason: string): ContainerStatus {
  const startedAt = cs.state?.running?.startedAt;
  return { ...cs, ready: false, started: false, state: { terminated: { containerID: cs.containerID, exitCode, finishedAt: rfc3339(at), reason, startedAt } } };
}

const exitReason = (code: number, oom?: boolean) => (oom ? "OOMKilled" : code === 0 ? "Completed" : "Error");

/** Whether a terminated container is restarted under its effective policy. */
export const restarts = (policy: string, exitCode: number) => policy === "Always" || (policy === "OnFailure" && exitCode !== 0);

/**
 * Moves one container through its states up to `now`: start → running → exited → back-off →
 * restarted, as many times as simulated time allows. `policy` is the pod's restartPolicy (or
 * Always for sidecars); `mayStart` says whether it is this container's turn.
 */
export function stepContainer(ctx: StepContext, c: ContainerSpec, status: ContainerStatus, mem: ContainerMem, policy: string, mayStart: boolean, startAt: number): ContainerStatus {
  let cs = status;
  for (let guard = 0; guard < 50; guard++) {
    if (mem.kill === "delete" && !cs.state?.running) return cs;
    const w = cs.state?.waiting;
    const t = cs.state?.terminated;
    const r = cs.state?.running;
    if (r) {
      const startMs = Date.parse(r.startedAt);
      const image = lookupImage(c.image)!;
      const resolved = containerEnv(ctx.pod, c, ctx.reader);
      // Decided when the instance started: files that change later (a ConfigMap edit) do not alter a running process.
      if (mem.ex === undefined && "env" in resolved) mem.ex = plannedExit(ctx.pod, c, image, resolved.env, startMs, containerFiles(ctx.pod, c, ctx.reader), containerNet(ctx.reader.network, ctx.pod, c.image, cs.containerID)).exit ?? null;
      const planned = mem.ex ?? undefined;
      const exitAt = planned ? startMs + planned.at : Infinity;
      const killAt = mem.killAt ?? Infinity;
      if (killAt <= exitAt && killAt <= ctx.now) {
        const graceful = image.handlesSigterm;
        cs = terminate(cs, killAt, graceful ? 0 : 137, graceful ? "Completed" : "Error");
        if (mem.kill === "delete") return cs;
        delete mem.killAt;
        continue;
      }
      if (exitAt <= ctx.now) {
        cs = terminate(cs, exitAt, planned!.code, exitReason(planned!.code, planned!.oom));
        continue;
      }
      ctx.wake(Math.min(exitAt, killAt));
      return cs;
    }
    if (t) {
      if (mem.kill === "delete" || !restarts(policy, t.exitCode)) return cs;
      const finished = Date.parse(t.finishedAt);
      const until = inBackoff(mem.bo, finished, ctx.now);
      if (until !== undefined) {
        const message = `back-off ${goDuration(mem.bo!.b)} restarting failed container=${c.name} pod=${ctx.podRef}`;
        ctx.events.push({ type: "Warning", reason: "BackOff", message: `Back-off restarting failed container ${c.name} in pod ${ctx.podRef}`, at: Math.max(finished, ctx.now - 1000) });
        ctx.wake(until);
        return { ...cs, state: { waiting: { reason: "CrashLoopBackOff", message } }, lastState: { terminated: t } };
      }
      // Not in back-off: the next sync (one second later at the earliest) restarts it.
      const fresh = !mem.bo || finished - mem.bo.u > 600_000;
      const at = fresh ? finished + 1000 : Math.max(finished + 1000, finished + mem.bo!.b);
      if (at > ctx.now) {
        ctx.wake(at);
        return cs;
      }
      mem.bo = nextBackoff(mem.bo, finished, at);
      cs = start(ctx, c, cs, mem, at);
      continue;
    }
    if (w?.reason === "CrashLoopBackOff") {
      const last = cs.lastState?.terminated;
      const finished = Date.parse(last?.finishedAt ?? rfc3339(ctx.now));
      const until = inBackoff(mem.bo, finished, ctx.now);
      if (until !== undefined) {
        ctx.wake(until);
        return cs;
      }
      const at = Math.max(finished + (mem.bo?.b ?? 0), finished + 1000);
      mem.bo = nextBackoff(mem.bo, finished, at);
      cs = start(ctx, c, cs, mem, Math.min(at, ctx.now));
      if (cs.state?.waiting) return cs;
      continue;
    }
    if (!mayStart) return cs;
    const before = cs;
    cs = start(ctx, c, cs, mem, startAt);
    if (cs.state?.waiting || cs === before) return cs;
  }
  return cs;
}
