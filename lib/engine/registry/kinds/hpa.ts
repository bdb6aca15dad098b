import type { FieldCause } from "../../api/errors";
import { stdVerbs, type KindStrategy } from "../strategy";

/** autoscaling/v2 HorizontalPodAutoscaler. Models pkg/apis/autoscaling (v2 defaults, validation). */
export const horizontalPodAutoscalerStrategy: KindStrategy = {
  info: { resource: "horizontalpodautoscalers", singular: "horizontalpodautoscaler", kind: "HorizontalPodAutoscaler", group: "autoscaling", version: "v2", namespaced: true, shortNames: ["hpa"], verbs: stdVerbs, categories: ["all"], hasStatus: true },
  tracksGeneration: true,
  defaults(obj) {
    const spec = (obj.spec ??= {});
    spec.minReplicas ??= 1;
    if (!spec.metrics?.length) spec.metrics = [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 80 } } }];
    obj.status ??= { currentMetrics: null, desiredReplicas: 0 };
  },
  validate(obj) {
    const spec = obj.spec ?? {};
    const causes: FieldCause[] = [];
    const ref = spec.scaleTargetRef ?? {};
    if (!ref.kind) causes.push({ field: "spec.scaleTargetRef.kind", reason: "FieldValueRequired", message: "Required value" });
    if (!ref.name) causes.push({ field: "spec.scaleTargetRef.name", reason: "FieldValueRequired", message: "Required value" });
    if (spec.minReplicas != null && spec.minReplicas < 1) causes.push({ field: "spec.minReplicas", reason: "FieldValueInvalid", message: `Invalid value: ${spec.minReplicas}: must be greater than or equal to 1` });
    if (!(spec.maxReplicas >= 1)) causes.push({ field: "spec.maxReplicas", reason: "FieldValueInvalid", message: `Invalid value: ${spec.maxReplicas ?? 0}: must be greater than 0` });
    else if (spec.minReplicas != null && spec.maxReplicas < spec.minReplicas) causes.push({ field: "spec.maxReplicas", reason: "FieldValueInvalid", message: `Invalid value: ${spec.maxReplicas}: must be greater than or equal to \`minReplicas\`` });
    (spec.metrics ?? []).forEach((m: { type?: string; resource?: { name?: string; target?: { type?: string; averageUtilization?: number } } }, i: number) => {
      if (!["Object", "Pods", "Resource", "ContainerResource", "External"].includes(m.type ?? ""))
        causes.push({ field: `spec.metrics[${i}].type`, reason: "FieldValueNotSupported", message: `Unsupported value: ${JSON.stringify(m.type ?? "")}: supported values: "ContainerResource", "External", "Object", "Pods", "Resource"` });
      const u = m.resource?.target?.averageUtilization;
      if (u != null && u < 1) causes.push({ field: `spec.metrics[${i}].resource.target.averageUtilization`, reason: "FieldValueInvalid", message: `Invalid value: ${u}: must be greater than 0` });
    });
    return causes;
  },
};
