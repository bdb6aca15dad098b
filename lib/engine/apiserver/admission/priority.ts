import { forbidden } from "../../api/errors";
import type { KubeObject } from "../../api/types";
import type { AdmissionPlugin } from "./types";

/**
 * Priority: a new pod's priority and preemptionPolicy come from its PriorityClass (or the global
 * default class, else 0); an unknown class or a hand-written priority that disagrees is rejected.
 * Models plugin/pkg/admission/priority.
 */
export const priority: AdmissionPlugin = {
  name: "Priority",
  mutate(req) {
    if (req.operation !== "CREATE" || req.resource !== "pods") return;
    const spec = (req.obj.spec ??= {});
    const name = req.obj.metadata.name;
    let classes: KubeObject[] = [];
    try {
      classes = req.api.list("priorityclasses").items;
    } catch {
      classes = [];
    }
    let value = 0;
    let policy = "PreemptLowerPriority";
    if (spec.priorityClassName) {
      const pc = classes.find((c) => c.metadata.name === spec.priorityClassName);
      if (!pc) throw forbidden(`pods "${name}" is forbidden: no PriorityClass with name ${spec.priorityClassName} was found`);
      value = pc.value as number;
      policy = (pc.preemptionPolicy as string) ?? policy;
    } else {
      const dflt = classes.filter((c) => c.globalDefault).sort((a, b) => (b.value as number) - (a.value as number))[0];
      if (dflt) {
        spec.priorityClassName = dflt.metadata.name;
        value = dflt.value as number;
        policy = (dflt.preemptionPolicy as string) ?? policy;
      }
    }
    if (spec.priority != null && spec.priority !== value)
      throw forbidden(`pods "${name}" is forbidden: the integer value of priority (${spec.priority}) must not be provided in pod spec; priority admission controller computed ${value} from the given PriorityClass name`);
    spec.priority = value;
    spec.preemptionPolicy ??= policy;
  },
};
