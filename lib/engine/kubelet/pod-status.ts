import type { ContainerSpec } from "./container-env";
import type { ContainerStatus } from "./container";

type Condition = { type: string; status: string; lastProbeTime: null; lastTransitionTime: string; reason?: string; message?: string };

/**
 * The pod phase from its container states. Models pkg/kubelet/kubelet_pods.go getPhase: waiting
 * containers that never ran keep a pod Pending; a crash-looping one counts as stopped.
 */
export function podPhase(restartPolicy: string, containers: ContainerSpec[], statuses: ContainerStatus[], pendingInit: boolean, failedInit: boolean): string {
  let running = 0;
  let waiting = 0;
  let stopped = 0;
  let succeeded = 0;
  for (const c of containers) {
    const cs = statuses.find((s) => s.name === c.name);
    if (cs?.state?.running) running++;
    else if (cs?.state?.terminated) {
      stopped++;
      if (cs.state.terminated.exitCode === 0) succeeded++;
    } else if (cs?.lastState?.terminated) stopped++;
    else waiting++;
  }
  if (failedInit && restartPolicy === "Never") return "Failed";
  if (pendingInit || waiting > 0) return "Pending";
  if (running > 0) return "Running";
  if (stopped > 0) {
    if (restartPolicy === "Always") return "Running";
    if (stopped === succeeded) return "Succeeded";
    return restartPolicy === "Never" ? "Failed" : "Running";
  }
  return "Pending";
}

/** Pod conditions as the kubelet's status manager writes them; transition times move only on change. */
export function podConditions(
  old: Condition[] | undefined,
  nowIso: string,
  s: { sandbox: boolean; terminal: boolean; incompleteInit: string[]; unready: string[] },
): Condition[] {
  const want: Omit<Condition, "lastProbeTime" | "lastTransitionTime">[] = [
    { type: "PodReadyToStartContainers", status: s.sandbox && !s.terminal ? "True" : "False" },
    s.incompleteInit.length ? { type: "Initialized", status: "False", reason: "ContainersNotInitialized", message: `containers with incomplete status: [${s.incompleteInit.join(" ")}]` } : { type: "Initialized", status: "True" },
    s.terminal ? { type: "Ready", status: "False", reason: "PodCompleted" } : s.unready.length ? { type: "Ready", status: "False", reason: "ContainersNotReady", message: `containers with unready status: [${s.unready.join(" ")}]` } : { type: "Ready", status: "True" },
    s.terminal ? { type: "ContainersReady", status: "False", reason: "PodCompleted" } : s.unready.length ? { type: "ContainersReady", status: "False", reason: "ContainersNotReady", message: `containers with unready status: [${s.unready.join(" ")}]` } : { type: "ContainersReady", status: "True" },
  ];
  const prev = new Map((old ?? []).map((c) => [c.type, c]));
  const out: Condition[] = want.map((w) => {
    const p = prev.get(w.type);
    const { type, status, ...why } = w;
    return { type, status, lastProbeTime: null, lastTransitionTime: p && p.status === w.status ? p.lastTransitionTime : nowIso, ...why } as Condition;
  });
  const scheduled = prev.get("PodScheduled");
  out.push(scheduled ?? { type: "PodScheduled", status: "True", lastProbeTime: null, lastTransitionTime: nowIso });
  for (const c of old ?? []) if (!out.some((o) => o.type === c.type)) out.push(c);
  return out;
}
