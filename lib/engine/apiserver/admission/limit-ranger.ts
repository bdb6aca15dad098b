import { forbidden } from "../../api/errors";
import type { KubeObject } from "../../api/types";
import { addQuantities, cmpQuantity, formatQuantity, parseQuantity, zeroQuantity, type Quantity } from "../../api/quantity";
import type { AdmissionPlugin } from "./types";

/**
 * LimitRanger: fills containers' missing requests/limits from the namespace's LimitRange defaults
 * (recording what it set in the `kubernetes.io/limit-ranger` annotation), then enforces min, max
 * and maxLimitRequestRatio for containers, pods and claims. Models plugin/pkg/admission/limitranger.
 */

type Resources = Record<string, string>;
interface Item {
  type?: string;
  max?: Resources;
  min?: Resources;
  default?: Resources;
  defaultRequest?: Resources;
  maxLimitRequestRatio?: Resources;
}
type Container = { name: string; resources?: { requests?: Resources; limits?: Resources } };

const itemsOf = (lr: KubeObject) => (lr.spec?.limits ?? []) as Item[];

function mergeDefaults(c: Container, item: Item, prefix: string, notes: string[]): void {
  c.resources ??= {};
  const setLimits: string[] = [];
  const setRequests: string[] = [];
  for (const [k, v] of Object.entries(item.default ?? {})) {
    if (c.resources.limits?.[k] !== undefined) continue;
    c.resources.limits = { ...c.resources.limits, [k]: v };
    setLimits.push(k);
  }
  for (const [k, v] of Object.entries(item.defaultRequest ?? {})) {
    if (c.resources.requests?.[k] !== undefined) continue;
    c.resources.requests = { ...c.resources.requests, [k]: v };
    setRequests.push(k);
  }
  if (setRequests.length) notes.push(`${setRequests.sort().join(", ")} request for ${prefix} ${c.name}`);
  if (setLimits.length) notes.push(`${setLimits.sort().join(", ")} limit for ${prefix} ${c.name}`);
}

/** minConstraint / maxConstraint / limitRequestRatioConstraint of limitranger.go. */
function constraints(kind: string, item: Item, requests: Resources, limits: Resources): string[] {
  const errs: string[] = [];
  const q = (v: string) => formatQuantity(parseQuantity(v) ?? zeroQuantity());
  for (const [k, min] of Object.entries(item.min ?? {})) {
    if (requests[k] === undefined) errs.push(`minimum ${k} usage per ${kind} is ${q(min)}.  No request is specified`);
    else if (cmpQuantity(requests[k], min) < 0) errs.push(`minimum ${k} usage per ${kind} is ${q(min)}, but request is ${q(requests[k])}`);
    else if (limits[k] !== undefined && cmpQuantity(limits[k], min) < 0) errs.push(`minimum ${k} usage per ${kind} is ${q(min)}, but limit is ${q(limits[k])}`);
  }
  for (const [k, max] of Object.entries(item.max ?? {})) {
    if (limits[k] === undefined) errs.push(`maximum ${k} usage per ${kind} is ${q(max)}.  No limit is specified`);
    else if (cmpQuantity(limits[k], max) > 0) errs.push(`maximum ${k} usage per ${kind} is ${q(max)}, but limit is ${q(limits[k])}`);
    else if (requests[k] !== undefined && cmpQuantity(requests[k], max) > 0) errs.push(`maximum ${k} usage per ${kind} is ${q(max)}, but request is ${q(requests[k])}`);
  }
  for (const [k, ratio] of Object.entries(item.maxLimitRequestRatio ?? {})) {
    const req = parseQuantity(requests[k]);
    const lim = parseQuantity(limits[k]);
    if (!req || !lim || req.milli === 0n) {
      errs.push(`${k} max limit to request ratio per ${kind} is ${q(ratio)}, but no request is specified or request is 0`);
      continue;
    }
    const observed = Number(lim.milli) / Number(req.milli);
    const allowed = Number(parseQuantity(ratio)!.milli) / 1000;
    if (observed > allowed) errs.push(`${k} max limit to request ratio per ${kind} is ${q(ratio)}, but provided ratio is ${observed.toFixed(6)}`);
  }
  return errs;
}

/** Claims: min as for containers (limits ignored), max against the request (maxRequestConstraint). */
function claimConstraints(item: Item, requests: Resources): string[] {
  const errs = constraints("PersistentVolumeClaim", { min: item.min }, requests, {});
  const q = (v: string) => formatQuantity(parseQuantity(v) ?? zeroQuantity());
  for (const [k, max] of Object.entries(item.max ?? {})) {
    if (requests[k] === undefined) errs.push(`maximum ${k} usage per PersistentVolumeClaim is ${q(max)}.  No request is specified`);
    else if (cmpQuantity(requests[k], max) > 0) errs.push(`maximum ${k} usage per PersistentVolumeClaim is ${q(max)}, but request is ${q(requests[k])}`);
  }
  return errs;
}

function sum(containers: Container[], field: "requests" | "limits"): Resources {
  const totals: Record<string, Quantity> = {};
  for (const c of containers) for (const [k, v] of Object.entries(c.resources?.[field] ?? {})) totals[k] = addQuantities(totals[k] ?? zeroQuantity(), parseQuantity(v) ?? zeroQuantity());
  return Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, formatQuantity(v)]));
}

export const limitRanger: AdmissionPlugin = {
  name: "LimitRanger",
  mutate(req) {
    if (req.operation !== "CREATE" || req.resource !== "pods" || req.subresource || !req.namespace) return;
    const spec = req.obj.spec ?? {};
    const notes: string[] = [];
    for (const lr of req.api.list("limitranges", req.namespace).items)
      for (const item of itemsOf(lr).filter((i) => i.type === "Container")) {
        for (const c of (spec.containers ?? []) as Container[]) mergeDefaults(c, item, "container", notes);
        for (const c of (spec.initContainers ?? []) as Container[]) mergeDefaults(c, item, "init container", notes);
      }
    if (notes.length) req.obj.metadata.annotations = { ...req.obj.metadata.annotations, "kubernetes.io/limit-ranger": `LimitRanger plugin set: ${notes.join("; ")}` };
  },
  validate(req) {
    if (req.subresource || !req.namespace || (req.resource !== "pods" && req.resource !== "persistentvolumeclaims")) return;
    if (req.operation !== "CREATE" && req.resource === "pods") return;
    const errs: string[] = [];
    for (const lr of req.api.list("limitranges", req.namespace).items) {
      for (const item of itemsOf(lr)) {
        if (req.resource === "persistentvolumeclaims") {
          if (item.type === "PersistentVolumeClaim") errs.push(...claimConstraints(item, req.obj.spec?.resources?.requests ?? {}));
          continue;
        }
        const containers = [...(req.obj.spec?.containers ?? [])] as Container[];
        if (item.type === "Container") for (const c of [...containers, ...((req.obj.spec?.initContainers ?? []) as Container[])]) errs.push(...constraints("Container", item, c.resources?.requests ?? {}, c.resources?.limits ?? {}));
        if (item.type === "Pod") errs.push(...constraints("Pod", item, sum(containers, "requests"), sum(containers, "limits")));
      }
    }
    if (errs.length) throw forbidden(`${req.groupResource} "${req.obj.metadata.name}" is forbidden: ${errs.length === 1 ? errs[0] : `[${errs.join(", ")}]`}`);
  },
};
