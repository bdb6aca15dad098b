import type { KubeObject } from "../../engine/api/types";
import { age } from "./duration";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ContainerStatus = Record<string, any>;

/** READY, STATUS and RESTARTS cells of `kubectl get pods` (printers.go printPod). */
export function podCells(pod: KubeObject, now: number): { ready: string; status: string; restarts: string } {
  let reason: string = pod.status?.reason ?? pod.status?.phase ?? "Pending";
  const containers = pod.spec?.containers ?? [];
  const initContainers = pod.spec?.initContainers ?? [];
  const sidecars = initContainers.filter((c: { restartPolicy?: string }) => c.restartPolicy === "Always").length;
  const total = containers.length + sidecars;
  let ready = 0;
  let restarts = 0;
  let lastRestart: string | undefined;
  const noteRestart = (cs: ContainerStatus) => {
    restarts += cs.restartCount ?? 0;
    const finished = cs.lastState?.terminated?.finishedAt;
    if (finished && (!lastRestart || finished > lastRestart)) lastRestart = finished;
  };

  let initializing = false;
  const initStatuses: ContainerStatus[] = pod.status?.initContainerStatuses ?? [];
  initStatuses.forEach((cs, i) => {
    if (initializing) return;
    noteRestart(cs);
    const t = cs.state?.terminated;
    const w = cs.state?.waiting;
    const spec = initContainers[i];
    if (t && t.exitCode === 0) return;
    if (spec?.restartPolicy === "Always" && cs.started) {
      if (cs.ready) ready++;
      return;
    }
    initializing = true;
    if (t) reason = t.reason ? `Init:${t.reason}` : t.signal ? `Init:Signal:${t.signal}` : `Init:ExitCode:${t.exitCode}`;
    else if (w?.reason && w.reason !== "PodInitializing") reason = `Init:${w.reason}`;
    else reason = `Init:${i}/${initContainers.length}`;
  });

  if (!initializing) {
    restarts = 0;
    lastRestart = undefined;
    initStatuses.forEach((cs, i) => initContainers[i]?.restartPolicy === "Always" && noteRestart(cs));
    let hasRunning = false;
    const statuses: ContainerStatus[] = [...(pod.status?.containerStatuses ?? [])].reverse();
    for (const cs of statuses) {
      noteRestart(cs);
      const w = cs.state?.waiting;
      const t = cs.state?.terminated;
      if (w?.reason) reason = w.reason;
      else if (t?.reason) reason = t.reason;
      else if (t) reason = t.signal ? `Signal:${t.signal}` : `ExitCode:${t.exitCode}`;
      else if (cs.ready && cs.state?.running) {
        hasRunning = true;
        ready++;
      }
    }
    if (reason === "Completed" && hasRunning) {
      const podReady = (pod.status?.conditions ?? []).some((c: { type: string; status: string }) => c.type === "Ready" && c.status === "True");
      reason = podReady ? "Running" : "NotReady";
    }
  }
  if (pod.metadata.deletionTimestamp) {
    if (pod.status?.reason === "NodeLost") reason = "Unknown";
    else if (pod.status?.phase !== "Succeeded" && pod.status?.phase !== "Failed") reason = "Terminating";
  }
  const restartText = restarts > 0 && lastRestart ? `${restarts} (${age(lastRestart, now)} ago)` : String(restarts);
  return { ready: `${ready}/${total}`, status: reason, restarts: restartText };
}
