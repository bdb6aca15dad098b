import type { KubeObject } from "../api/types";
import { initialStatus, stepContainer, type ContainerMem, type ContainerStatus, type StepContext } from "./container";
import type { ContainerSpec } from "./container-env";

/** The kubelet's memory key of an ephemeral container (apart from `name` and `init/name`). */
export const ephemeralKey = (name: string) => `eph/${name}`;

/** What the kubelet reports for an ephemeral container: no `started` (the prober manager never sees it), never ready. */
function reported(cs: ContainerStatus): ContainerStatus {
  const { started: _started, ...rest } = cs;
  return { ...rest, ready: false };
}

/**
 * Ephemeral containers (`kubectl debug POD --image=…`): each one the pod's spec gained is started
 * once, as soon as the kubelet sees it in a running pod, and never restarted.
 * Models pkg/kubelet/kuberuntime computePodActions (EphemeralContainersToStart) and the
 * ephemeralContainerStatuses that generateAPIPodStatus reports.
 */
export function stepEphemeralContainers(ctx: StepContext, pod: KubeObject, memOf: (key: string) => ContainerMem, mayStart: boolean): ContainerStatus[] {
  const specs: ContainerSpec[] = pod.spec?.ephemeralContainers ?? [];
  const prev: ContainerStatus[] = pod.status?.ephemeralContainerStatuses ?? [];
  return specs.map((c) => {
    const cs = prev.find((s) => s.name === c.name) ?? reported(initialStatus(c, "ContainerCreating"));
    if (!mayStart && !cs.state?.running) return cs;
    return reported(stepContainer(ctx, c, cs, memOf(ephemeralKey(c.name)), "Never", mayStart, ctx.now));
  });
}
