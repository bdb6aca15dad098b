import type { FieldCause } from "../api/errors";
import type { KubeObject } from "../api/types";

type Named = { name: string };

/**
 * The pods/ephemeralcontainers subresource (what `kubectl debug POD --image=…` patches): only
 * spec.ephemeralContainers changes; metadata, the rest of the spec and the status stay as stored.
 */
// Models pkg/registry/core/pod/strategy.go (podEphemeralContainersStrategy).
export function ephemeralContainersUpdate(old: KubeObject, input: KubeObject): Pick<KubeObject, "metadata" | "spec" | "status"> {
  return {
    metadata: { ...old.metadata, resourceVersion: input.metadata?.resourceVersion },
    spec: { ...old.spec, ephemeralContainers: input.spec?.ephemeralContainers ?? [] },
    status: old.status,
  };
}

/** Ephemeral containers may be added, never changed or removed, and their names are unique in the pod. */
// Models pkg/apis/core/validation ValidatePodEphemeralContainersUpdate.
export function validateEphemeralContainers(obj: KubeObject, old: KubeObject): FieldCause[] {
  const causes: FieldCause[] = [];
  const now = (obj.spec?.ephemeralContainers ?? []) as Named[];
  const before = (old.spec?.ephemeralContainers ?? []) as Named[];
  const taken = new Set([...(obj.spec?.containers ?? []), ...(obj.spec?.initContainers ?? [])].map((c: Named) => c.name));
  now.forEach((c, i) => {
    if (!c.name) causes.push({ field: `spec.ephemeralContainers[${i}].name`, reason: "FieldValueRequired", message: "Required value" });
    else if (taken.has(c.name)) causes.push({ field: `spec.ephemeralContainers[${i}].name`, reason: "FieldValueDuplicate", message: `Duplicate value: "${c.name}"` });
    taken.add(c.name);
  });
  for (const c of before) {
    const kept = now.find((n) => n.name === c.name);
    if (!kept) causes.push({ field: "spec.ephemeralContainers", reason: "FieldValueForbidden", message: `Forbidden: existing ephemeral containers "${c.name}" may not be removed` });
    else if (JSON.stringify(kept) !== JSON.stringify(c)) causes.push({ field: "spec.ephemeralContainers", reason: "FieldValueForbidden", message: `Forbidden: existing ephemeral containers "${c.name}" may not be changed` });
  }
  return causes;
}
