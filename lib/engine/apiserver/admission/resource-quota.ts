import { forbidden } from "../../api/errors";
import { addQuantities, compareQuantities, formatQuantity, parseQuantity, zeroQuantity } from "../../api/quantity";
import { inScope, namespaceUsage, usageOf } from "../../quota/usage";
import type { AdmissionPlugin } from "./types";

/**
 * ResourceQuota: a create that would take a namespace's usage past a quota's hard limit is refused
 * with `exceeded quota`; pods must state the cpu/memory a quota limits. Usage is recorded in the
 * quota's status right after the object is stored. Models
 * staging/src/k8s.io/apiserver/pkg/admission/plugin/resourcequota/controller.go (checkRequest).
 */

const CONSTRAINED = ["cpu", "memory", "requests.cpu", "requests.memory", "limits.cpu", "limits.memory"];
const pretty = (m: Record<string, string>) => Object.keys(m).sort().map((k) => `${k}=${m[k]}`).join(",");

type Container = { name: string; resources?: { requests?: Record<string, string>; limits?: Record<string, string> } };

function missingConstraints(pod: { spec?: { containers?: Container[]; initContainers?: Container[] } }, required: string[]): string | undefined {
  const missing = new Map<string, string[]>();
  for (const c of [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])]) {
    for (const r of required) {
      const [field, name] = r.startsWith("limits.") ? (["limits", r.slice(7)] as const) : (["requests", r.replace(/^requests\./, "")] as const);
      if (c.resources?.[field]?.[name] === undefined) missing.set(r, [...(missing.get(r) ?? []), c.name]);
    }
  }
  if (!missing.size) return undefined;
  return `must specify ${[...missing.keys()].sort().map((r) => `${r} for: ${[...new Set(missing.get(r))].sort().join(",")}`).join("; ")}`;
}

export const resourceQuota: AdmissionPlugin = {
  name: "ResourceQuota",
  validate(req) {
    if (req.operation !== "CREATE" || req.subresource || !req.namespace) return;
    const quotas = req.api.list("resourcequotas", req.namespace).items;
    if (!quotas.length) return;
    const [resource, group] = [req.resource, req.groupResource.includes(".") ? req.groupResource.slice(req.groupResource.indexOf(".") + 1) : ""];
    const delta = usageOf(resource, group, req.obj);
    for (const q of [...quotas].sort((a, b) => a.metadata.name!.localeCompare(b.metadata.name!))) {
      if (!inScope(q, resource, req.obj)) continue;
      const hard = (q.spec?.hard ?? {}) as Record<string, string>;
      if (resource === "pods") {
        const missing = missingConstraints(req.obj, Object.keys(hard).filter((k) => CONSTRAINED.includes(k)));
        if (missing) throw forbidden(`${req.groupResource} "${req.obj.metadata.name}" is forbidden: failed quota: ${q.metadata.name}: ${missing}`);
      }
      const used = namespaceUsage(req.api, req.namespace, q);
      const exceeded = Object.keys(hard).filter((k) => {
        if (!delta[k]) return false;
        const next = addQuantities(parseQuantity(used[k]) ?? zeroQuantity(), delta[k]);
        return compareQuantities(next, parseQuantity(hard[k]) ?? zeroQuantity()) > 0;
      });
      if (exceeded.length) {
        const pick = (f: (k: string) => string) => Object.fromEntries(exceeded.map((k) => [k, f(k)]));
        throw forbidden(
          `${req.groupResource} "${req.obj.metadata.name}" is forbidden: exceeded quota: ${q.metadata.name}, requested: ${pretty(pick((k) => formatQuantity(delta[k])))}, used: ${pretty(pick((k) => used[k]))}, limited: ${pretty(pick((k) => formatQuantity(parseQuantity(hard[k]) ?? zeroQuantity())))}`,
        );
      }
    }
    if (req.dryRun) return;
    req.afterCommit.push(() => {
      for (const q of quotas) {
        const fresh = req.api.get("resourcequotas", q.metadata.name!, req.namespace);
        const status = { hard: fresh.spec?.hard ?? {}, used: namespaceUsage(req.api, req.namespace!, fresh) };
        if (JSON.stringify(status) !== JSON.stringify(fresh.status)) req.api.update({ ...fresh, metadata: { ...fresh.metadata, resourceVersion: undefined }, status }, {}, "status");
      }
    });
  },
};
