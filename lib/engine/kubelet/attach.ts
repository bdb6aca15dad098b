import type { KubeObject } from "../api/types";
import type { SimCluster, SimEnvironment } from "../cluster";
import type { ContainerMem, ContainerStatus } from "./container";
import { ephemeralKey } from "./ephemeral";
import { kubelet, kubeletState, wakeKubelet } from "./kubelet";
import type { PodMem } from "./pod-worker";

/**
 * The end of an attach session to a container's main process (`kubectl run -it`, `kubectl attach -it`,
 * `kubectl debug -it`): the shell reading the attached stdin read `exit` (or EOF, as stdinOnce closes
 * stdin when the client leaves) and exits with `exitCode` now. The kubelet sees the exit at once, as
 * its PLEG relist would within a second: the container terminates and its restart policy applies.
 * Exec sessions never come here: they run their own process beside the container's.
 */
export function attachEnded(env: SimEnvironment, cluster: SimCluster, pod: KubeObject, container: string, exitCode: number): void {
  const found = runningContainer(env, cluster, pod, container);
  if (!found) return;
  const { mem, cm, running } = found;
  const at = env.clock.now() - Date.parse(running.startedAt);
  // A process that ends on its own before now is not the one reading the terminal.
  if (cm.ex && cm.ex.at <= at) return;
  cm.ex = { at, code: exitCode & 255 };
  delete mem.rv;
  mem.wake = 0;
  wakeKubelet(cluster);
  kubelet.sync(env, cluster);
}

/** The most the kubelet keeps of a terminal's transcript per container. */
const TTY_ENTRIES = 200;

/** What an attached session showed on the container's terminal; `kubectl logs` shows it (a TTY's output is the container's stdout). */
export function attachOutput(env: SimEnvironment, cluster: SimCluster, pod: KubeObject, container: string, text: string): void {
  const found = runningContainer(env, cluster, pod, container);
  if (!found || !text) return;
  const tty = (found.cm.tty ??= []);
  tty.push({ at: env.clock.now(), text: text.slice(0, 16_384) });
  if (tty.length > TTY_ENTRIES) tty.splice(0, tty.length - TTY_ENTRIES);
}

/** The terminal transcript the kubelet keeps for a container (empty when there is none). */
export function ttyLog(env: SimEnvironment, cluster: SimCluster, pod: KubeObject, container: string): { at: number; text: string }[] {
  const mem = kubeletState(env, cluster).pods[pod.metadata.uid ?? ""];
  return mem?.c[memKey(pod, container)]?.tty ?? [];
}

function memKey(pod: KubeObject, container: string): string {
  const has = (field: string) => ((pod.spec?.[field] ?? []) as { name: string }[]).some((c) => c.name === container);
  return has("ephemeralContainers") ? ephemeralKey(container) : has("initContainers") ? `init/${container}` : container;
}

/** The kubelet's memory of a running container on a node whose kubelet runs. */
function runningContainer(env: SimEnvironment, cluster: SimCluster, pod: KubeObject, container: string): { mem: PodMem; cm: ContainerMem; running: { startedAt: string } } | undefined {
  const node = pod.spec?.nodeName;
  if (!node || !env.hosts.get(node)?.systemd.isActive("kubelet")) return undefined;
  const mem = kubeletState(env, cluster).pods[pod.metadata.uid ?? ""];
  if (!mem) return undefined;
  const has = (field: string) => ((pod.spec?.[field] ?? []) as { name: string }[]).some((c) => c.name === container);
  const [key, statuses]: [string, ContainerStatus[] | undefined] = has("ephemeralContainers")
    ? [ephemeralKey(container), pod.status?.ephemeralContainerStatuses]
    : has("initContainers")
      ? [`init/${container}`, pod.status?.initContainerStatuses]
      : [container, pod.status?.containerStatuses];
  const running = statuses?.find((s) => s.name === container)?.state?.running;
  const cm = mem.c[key];
  return running && cm ? { mem, cm, running } : undefined;
}
