import type { KubeObject } from "../api/types";
import { rfc3339 } from "../clock";
import { initialStatus, stepContainer, type ContainerMem, type ContainerStatus, type KubeletEvent, type StepContext } from "./container";
import type { ContainerSpec, ObjectReader } from "./container-env";
import { ephemeralKey, stepEphemeralContainers } from "./ephemeral";
import { lookupImage } from "./images";
import { podConditions, podPhase } from "./pod-status";
import { runProbes } from "./probes";

/** Creating the pod sandbox (network namespace, pause container) takes this long. */
export const SANDBOX_MS = 2000;

/** The kubelet's memory of one pod (kept in controllerState, so it survives snapshots). */
export interface PodMem {
  /** When this kubelet first saw the pod. */
  seen: number;
  /** Per container, keyed `init/<name>` or `<name>`. */
  c: Record<string, ContainerMem>;
  /** When termination began (deletionTimestamp seen). */
  del?: number;
  /** The next time something can change without an API write, and the resourceVersion it was computed for. */
  wake?: number;
  rv?: string;
}

export interface WorkerEnv {
  now: number;
  nodeIp: string;
  reader: ObjectReader;
  podIp(): string;
  newContainerId(): string;
  imagePresent(image: string): boolean;
  markPulled(image: string): void;
}

export interface WorkerResult {
  status: KubeObject["status"];
  events: KubeletEvent[];
  wake: number;
  /** All containers are gone after a deletion: remove the pod object. */
  remove: boolean;
}

const isSidecar = (c: ContainerSpec) => c.restartPolicy === "Always";

/**
 * One pass of the kubelet's pod worker (syncPod) as data-driven stages: sandbox, init containers
 * in order, sidecars, app containers, probes, termination; then phase and conditions.
 */
export function syncPod(pod: KubeObject, mem: PodMem, env: WorkerEnv): WorkerResult {
  const now = env.now;
  const nowIso = rfc3339(now);
  const spec = pod.spec ?? {};
  const inits: ContainerSpec[] = spec.initContainers ?? [];
  const mains: ContainerSpec[] = spec.containers ?? [];
  const policy: string = spec.restartPolicy ?? "Always";
  const status = { ...(pod.status ?? {}) };
  const events: KubeletEvent[] = [];
  let wake = Infinity;
  const deleting = !!pod.metadata.deletionTimestamp;

  if (status.phase === "Succeeded" || status.phase === "Failed") return { status, events, wake, remove: deleting };

  // Stage: admitted. The pod gets its host IP, start time and placeholder container statuses.
  status.hostIP = env.nodeIp;
  status.hostIPs = [{ ip: env.nodeIp }];
  status.startTime ??= rfc3339(mem.seen);
  const prevInit: ContainerStatus[] = status.initContainerStatuses ?? [];
  const prevMain: ContainerStatus[] = status.containerStatuses ?? [];
  let initStatuses = inits.map((c) => prevInit.find((s) => s.name === c.name) ?? initialStatus(c, "PodInitializing"));
  let mainStatuses = mains.map((c) => prevMain.find((s) => s.name === c.name) ?? initialStatus(c, inits.length ? "PodInitializing" : "ContainerCreating"));

  // Stage: sandbox. Until it exists nothing runs; afterwards the pod has its IP.
  const sandboxAt = mem.seen + SANDBOX_MS;
  const sandbox = now >= sandboxAt;
  if (!sandbox) wake = sandboxAt;
  else if (!status.podIP) {
    const ip = spec.hostNetwork ? env.nodeIp : env.podIp();
    status.podIP = ip;
    status.podIPs = [{ ip }];
  }

  const ctx: StepContext = {
    pod: { ...pod, status },
    now,
    podRef: `${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`,
    reader: env.reader,
    events,
    wake: (at) => (wake = Math.min(wake, at)),
    newContainerId: env.newContainerId,
    imagePresent: env.imagePresent,
    markPulled: env.markPulled,
  };
  const memOf = (key: string) => (mem.c[key] ??= {});

  // Stage: termination. Every running container gets SIGTERM; those that ignore it die at the deadline.
  if (deleting && mem.del === undefined) {
    mem.del = now;
    const deadline = Date.parse(pod.metadata.deletionTimestamp!);
    const kill = (c: ContainerSpec, cs: ContainerStatus, key: string) => {
      const m = memOf(key);
      m.kill = "delete";
      if (!cs.state?.running) return;
      const graceful = lookupImage(c.image)?.handlesSigterm ?? true;
      m.killAt = graceful ? now : Math.max(now, deadline);
      events.push({ type: "Normal", reason: "Killing", message: `Stopping container ${c.name}`, at: now });
    };
    mains.forEach((c, i) => kill(c, mainStatuses[i], c.name));
    inits.forEach((c, i) => kill(c, initStatuses[i], `init/${c.name}`));
    const ephemeralStatuses: ContainerStatus[] = status.ephemeralContainerStatuses ?? [];
    for (const c of (spec.ephemeralContainers ?? []) as ContainerSpec[]) kill(c, ephemeralStatuses.find((s) => s.name === c.name) ?? {}, ephemeralKey(c.name));
  }

  // Stage: init containers, one after another; sidecars stay running once started.
  let initDone = sandbox;
  let readyAt = sandboxAt;
  let failedInit = false;
  const incompleteInit: string[] = [];
  initStatuses = inits.map((c, i) => {
    const sidecar = isSidecar(c);
    const mayStart = initDone && !deleting;
    let cs = initStatuses[i];
    if (sandbox && (mayStart || !cs.state?.waiting || cs.lastState?.terminated)) cs = stepContainer(ctx, c, cs, memOf(`init/${c.name}`), sidecar ? "Always" : policy === "Never" ? "Never" : "OnFailure", mayStart, readyAt);
    const t = cs.state?.terminated;
    const done = sidecar ? !!cs.state?.running && !!cs.started : t?.exitCode === 0;
    if (!sidecar && t && t.exitCode !== 0 && policy === "Never") failedInit = true;
    if (!done) {
      if (initDone) incompleteInit.push(...inits.slice(i).filter((x) => !isSidecar(x) || x === c).map((x) => x.name));
      initDone = false;
    } else if (initDone) readyAt = Math.max(readyAt, Date.parse(t?.finishedAt ?? cs.state?.running?.startedAt ?? nowIso));
    return cs;
  });
  if (!sandbox) incompleteInit.splice(0, incompleteInit.length, ...inits.filter((c) => !isSidecar(c)).map((c) => c.name));
  if (initDone && inits.length) mainStatuses = mainStatuses.map((cs) => (cs.state?.waiting?.reason === "PodInitializing" && !cs.lastState?.terminated ? cs : cs));

  // Stage: app containers, all at once after initialisation.
  mainStatuses = mains.map((c, i) => {
    const cs = mainStatuses[i];
    if (!sandbox || failedInit) return cs;
    if (!initDone && !cs.state?.running && !cs.state?.terminated && !cs.lastState?.terminated) return cs;
    return stepContainer(ctx, c, cs, memOf(c.name), policy, initDone && !deleting, readyAt);
  });

  // Stage: probes on running containers (started, ready, liveness kills).
  const probed = runProbes(ctx, [...inits.filter(isSidecar), ...mains], [...initStatuses.filter((_, i) => isSidecar(inits[i])), ...mainStatuses], (name) => memOf(inits.some((c) => c.name === name && isSidecar(c)) ? `init/${name}` : name), spec.terminationGracePeriodSeconds ?? 30);
  for (const cs of probed) {
    const list = mainStatuses.some((m) => m.name === cs.name) ? mainStatuses : initStatuses;
    list[list.findIndex((m) => m.name === cs.name)] = cs;
  }

  // Stage: ephemeral containers, started once each while the pod runs.
  const ephemeralStatuses = stepEphemeralContainers(ctx, pod, memOf, sandbox && !deleting);

  if (inits.length) status.initContainerStatuses = initStatuses;
  status.containerStatuses = mainStatuses;
  if (ephemeralStatuses.length) status.ephemeralContainerStatuses = ephemeralStatuses;
  const allStopped = [...initStatuses, ...mainStatuses, ...ephemeralStatuses].every((cs) => !cs.state?.running);
  if (deleting && allStopped) return { status, events, wake: Infinity, remove: true };

  // Stage: phase and conditions.
  const phase = podPhase(policy, mains, mainStatuses, !initDone, failedInit);
  const terminal = phase === "Succeeded" || phase === "Failed";
  status.phase = phase;
  if (terminal) wake = Infinity;
  const unready = [...inits.filter(isSidecar), ...mains].filter((c) => ![...initStatuses, ...mainStatuses].find((s) => s.name === c.name)?.ready).map((c) => c.name);
  status.conditions = podConditions(status.conditions, nowIso, { sandbox, terminal, incompleteInit: initDone ? [] : incompleteInit, unready });
  return { status, events, wake, remove: false };
}
