import type { KubeObject } from "../../api/types";
import type { FieldCause } from "../../api/errors";
import { cmpQuantity } from "../../api/quantity";
import { stdVerbs, type KindStrategy } from "../strategy";
import { requireQuantities, unsupported } from "./persistentvolume";

// Models pkg/registry/core/resourcequota/strategy.go and ValidateResourceQuota.

const SCOPES = ["BestEffort", "CrossNamespacePodAffinity", "NotBestEffort", "NotTerminating", "PriorityClass", "Terminating", "VolumeAttributesClass"];

function validateQuota(q: KubeObject): FieldCause[] {
  requireQuantities("ResourceQuota", q.spec?.hard);
  const causes: FieldCause[] = [];
  for (const [name, v] of Object.entries((q.spec?.hard ?? {}) as Record<string, string>))
    if (cmpQuantity(v, 0) < 0) causes.push({ field: `spec.hard[${name}]`, reason: "FieldValueInvalid", message: `Invalid value: "${v}": must be greater than or equal to 0` });
  for (const [i, s] of ((q.spec?.scopes ?? []) as string[]).entries()) if (!SCOPES.includes(s)) causes.push(unsupported(`spec.scopes[${i}]`, s, SCOPES));
  return causes;
}

export const resourceQuotaStrategy: KindStrategy = {
  info: { resource: "resourcequotas", singular: "resourcequota", kind: "ResourceQuota", group: "", version: "v1", namespaced: true, shortNames: ["quota"], verbs: stdVerbs, hasStatus: true },
  defaults(q) {
    q.spec ??= {};
    q.status ??= {};
  },
  validate: validateQuota,
};
