import type { FieldCause } from "../../api/errors";
import { stdVerbs, type KindStrategy } from "../strategy";

type Backend = { service?: { name?: string; port?: { number?: number; name?: string } }; resource?: object };
type Path = { path?: string; pathType?: string; backend?: Backend };

const PATH_TYPES = ["Exact", "ImplementationSpecific", "Prefix"];

function validateBackend(b: Backend | undefined, field: string): FieldCause[] {
  if (!b) return [{ field, reason: "FieldValueRequired", message: "Required value" }];
  if (b.service && b.resource) return [{ field, reason: "FieldValueInvalid", message: "Invalid value: \"\": cannot set both resource and service backends" }];
  if (!b.service && !b.resource) return [{ field, reason: "FieldValueInvalid", message: "Invalid value: \"\": one backend (service or resource) must be specified" }];
  if (b.service && !b.service.name) return [{ field: `${field}.service.name`, reason: "FieldValueRequired", message: "Required value" }];
  return [];
}

/** networking.k8s.io/v1 Ingress. Models pkg/registry/networking/ingress and apis/networking/validation. */
export const ingressStrategy: KindStrategy = {
  info: { resource: "ingresses", singular: "ingress", kind: "Ingress", group: "networking.k8s.io", version: "v1", namespaced: true, shortNames: ["ing"], verbs: stdVerbs, hasStatus: true },
  storageSegment: "ingress",
  tracksGeneration: true,
  defaults(obj) {
    obj.spec ??= {};
    obj.status ??= { loadBalancer: {} };
  },
  validate(obj) {
    const spec = obj.spec ?? {};
    const causes: FieldCause[] = [];
    if (!spec.rules?.length && !spec.defaultBackend) causes.push({ field: "spec", reason: "FieldValueInvalid", message: "Invalid value: \"\": either `defaultBackend` or `rules` must be specified" });
    if (spec.defaultBackend) causes.push(...validateBackend(spec.defaultBackend, "spec.defaultBackend"));
    (spec.rules ?? []).forEach((r: { host?: string; http?: { paths?: Path[] } }, i: number) => {
      (r.http?.paths ?? []).forEach((p, j) => {
        const f = `spec.rules[${i}].http.paths[${j}]`;
        if (!p.pathType) causes.push({ field: `${f}.pathType`, reason: "FieldValueRequired", message: "Required value: pathType must be specified" });
        else if (!PATH_TYPES.includes(p.pathType)) causes.push({ field: `${f}.pathType`, reason: "FieldValueNotSupported", message: `Unsupported value: "${p.pathType}": supported values: "Exact", "ImplementationSpecific", "Prefix"` });
        if (p.pathType && p.pathType !== "ImplementationSpecific" && !(p.path ?? "").startsWith("/")) causes.push({ field: `${f}.path`, reason: "FieldValueInvalid", message: `Invalid value: "${p.path ?? ""}": must be an absolute path` });
        causes.push(...validateBackend(p.backend, `${f}.backend`));
      });
    });
    return causes;
  },
};
