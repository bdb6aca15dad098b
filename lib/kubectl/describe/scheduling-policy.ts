import type { KubeObject } from "../../engine/api/types";
import { formatLabels } from "../printers/workload-columns";
import { describeEvents, DescribeWriter } from "./writer";
import { selectorString } from "./workloads";

// Models describe.go PodDisruptionBudgetDescriber.
export function describePdb(pdb: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter();
  const spec = pdb.spec ?? {};
  const st = pdb.status ?? {};
  w.write(0, `Name:\t${pdb.metadata.name}\n`);
  w.write(0, `Namespace:\t${pdb.metadata.namespace}\n`);
  if (spec.minAvailable != null) w.write(0, `Min available:\t${spec.minAvailable}\n`);
  else if (spec.maxUnavailable != null) w.write(0, `Max unavailable:\t${spec.maxUnavailable}\n`);
  w.write(0, `Selector:\t${spec.selector ? selectorString(spec.selector) : "<unset>"}\n`);
  if (spec.unhealthyPodEvictionPolicy) w.write(0, `Unhealthy pod eviction policy:\t${spec.unhealthyPodEvictionPolicy}\n`);
  w.write(0, "Status:\n");
  w.write(2, `Allowed disruptions:\t${st.disruptionsAllowed ?? 0}\n`);
  w.write(2, `Current:\t${st.currentHealthy ?? 0}\n`);
  w.write(2, `Desired:\t${st.desiredHealthy ?? 0}\n`);
  w.write(2, `Total:\t${st.expectedPods ?? 0}\n`);
  describeEvents(w, events, now);
  return w.toString();
}

// Models describe.go PriorityClassDescriber.
export function describePriorityClass(pc: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${pc.metadata.name}\n`);
  w.write(0, `Value:\t${pc.value}\n`);
  w.write(0, `GlobalDefault:\t${!!pc.globalDefault}\n`);
  w.write(0, `PreemptionPolicy:\t${pc.preemptionPolicy ?? "PreemptLowerPriority"}\n`);
  w.write(0, `Description:\t${pc.description ?? ""}\n`);
  w.write(0, `Annotations:\t${formatLabels(pc.metadata.annotations)}\n`);
  describeEvents(w, events, now);
  return w.toString();
}
