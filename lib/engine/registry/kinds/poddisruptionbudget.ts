import type { FieldCause } from "../../api/errors";
import { stdVerbs, type KindStrategy } from "../strategy";

const intOrPercent = (v: unknown) => typeof v === "number" || (typeof v === "string" && /^\d+%$/.test(v));

/** policy/v1 PodDisruptionBudget. Models pkg/apis/policy/validation. */
export const podDisruptionBudgetStrategy: KindStrategy = {
  info: { resource: "poddisruptionbudgets", singular: "poddisruptionbudget", kind: "PodDisruptionBudget", group: "policy", version: "v1", namespaced: true, shortNames: ["pdb"], verbs: stdVerbs, hasStatus: true },
  tracksGeneration: true,
  defaults(obj) {
    obj.spec ??= {};
    obj.status ??= { currentHealthy: 0, desiredHealthy: 0, disruptionsAllowed: 0, expectedPods: 0 };
  },
  validate(obj) {
    const spec = obj.spec ?? {};
    const causes: FieldCause[] = [];
    if (spec.minAvailable != null && spec.maxUnavailable != null) causes.push({ field: "spec", reason: "FieldValueInvalid", message: `Invalid value: ${JSON.stringify(spec)}: minAvailable and maxUnavailable cannot be both set` });
    for (const f of ["minAvailable", "maxUnavailable"]) {
      const v = spec[f];
      if (v == null) continue;
      if (!intOrPercent(v)) causes.push({ field: `spec.${f}`, reason: "FieldValueInvalid", message: `Invalid value: ${JSON.stringify(v)}: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')` });
      else if (typeof v === "number" && v < 0) causes.push({ field: `spec.${f}`, reason: "FieldValueInvalid", message: `Invalid value: ${v}: must be greater than or equal to 0` });
      else if (typeof v === "string" && Number(v.slice(0, -1)) > 100) causes.push({ field: `spec.${f}`, reason: "FieldValueInvalid", message: `Invalid value: ${JSON.stringify(v)}: must be no more than 100%` });
    }
    return causes;
  },
};
