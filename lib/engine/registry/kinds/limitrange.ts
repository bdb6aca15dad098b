import type { KubeObject } from "../../api/types";
import type { FieldCause } from "../../api/errors";
import { cmpQuantity } from "../../api/quantity";
import { stdVerbs, type KindStrategy } from "../strategy";
import { requireQuantities, unsupported } from "./persistentvolume";

// Models SetDefaults_LimitRangeItem (pkg/apis/core/v1/defaults.go) and ValidateLimitRange.

type Resources = Record<string, string>;
interface LimitItem {
  type?: string;
  max?: Resources;
  min?: Resources;
  default?: Resources;
  defaultRequest?: Resources;
  maxLimitRequestRatio?: Resources;
}

const TYPES = ["Container", "PersistentVolumeClaim", "Pod"];
const FIELDS = ["max", "min", "default", "defaultRequest", "maxLimitRequestRatio"] as const;

/** Container limits: default ← max, defaultRequest ← default, then defaultRequest ← min. */
export function defaultLimitItem(item: LimitItem): void {
  if (item.type !== "Container") return;
  item.default ??= {};
  item.defaultRequest ??= {};
  for (const [k, v] of Object.entries(item.max ?? {})) item.default[k] ??= v;
  for (const [k, v] of Object.entries(item.default)) item.defaultRequest[k] ??= v;
  for (const [k, v] of Object.entries(item.min ?? {})) item.defaultRequest[k] ??= v;
}

function validateLimits(lr: KubeObject): FieldCause[] {
  const causes: FieldCause[] = [];
  ((lr.spec?.limits ?? []) as LimitItem[]).forEach((item, i) => {
    const at = `spec.limits[${i}]`;
    for (const f of FIELDS) requireQuantities("LimitRange", item[f]);
    if (!item.type) causes.push({ field: `${at}.type`, reason: "FieldValueRequired", message: "Required value" });
    else if (!TYPES.includes(item.type)) causes.push(unsupported(`${at}.type`, item.type, TYPES));
    const keys = new Set(FIELDS.flatMap((f) => Object.keys(item[f] ?? {})));
    for (const k of keys) {
      const [min, max, def, req] = [item.min?.[k], item.max?.[k], item.default?.[k], item.defaultRequest?.[k]];
      const bad = (field: string, v: string, why: string) => causes.push({ field: `${at}.${field}[${k}]`, reason: "FieldValueInvalid", message: `Invalid value: "${v}": ${why}` });
      if (min !== undefined && max !== undefined && cmpQuantity(min, max) > 0) bad("min", min, `min value ${min} is greater than max value ${max}`);
      if (req !== undefined && min !== undefined && cmpQuantity(min, req) > 0) bad("defaultRequest", req, `min value ${min} is greater than default request value ${req}`);
      if (req !== undefined && max !== undefined && cmpQuantity(req, max) > 0) bad("defaultRequest", req, `default request value ${req} is greater than max value ${max}`);
      if (req !== undefined && def !== undefined && cmpQuantity(req, def) > 0) bad("defaultRequest", req, `default request value ${req} is greater than default limit value ${def}`);
      if (def !== undefined && min !== undefined && cmpQuantity(min, def) > 0) bad("default", min, `min value ${min} is greater than default value ${def}`);
      if (def !== undefined && max !== undefined && cmpQuantity(def, max) > 0) bad("default", max, `default value ${def} is greater than max value ${max}`);
    }
  });
  return causes;
}

export const limitRangeStrategy: KindStrategy = {
  info: { resource: "limitranges", singular: "limitrange", kind: "LimitRange", group: "", version: "v1", namespaced: true, shortNames: ["limits"], verbs: stdVerbs },
  defaults(lr) {
    lr.spec ??= {};
    for (const item of (lr.spec.limits ?? []) as LimitItem[]) defaultLimitItem(item);
  },
  validate: validateLimits,
};
