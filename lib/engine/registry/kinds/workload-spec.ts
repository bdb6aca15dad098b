import type { KubeObject } from "../../api/types";
import type { FieldCause } from "../../api/errors";
import { matchesSelectorObject } from "../../api/selectors";

/** Go's `%#v` of a map[string]string, as validation messages print template labels. */
export function goStringMap(m: Record<string, string> | undefined): string {
  const entries = Object.keys(m ?? {})
    .sort()
    .map((k) => `${JSON.stringify(k)}:${JSON.stringify(m![k])}`);
  return `map[string]string{${entries.join(", ")}}`;
}

/** Containers of a pod template: present, named, with an image (pkg/apis/core/validation). */
export function validateTemplateContainers(spec: KubeObject["spec"], path: string): FieldCause[] {
  const containers: { name?: string; image?: string }[] = spec?.containers ?? [];
  if (!containers.length) return [{ field: `${path}.containers`, reason: "FieldValueRequired", message: "Required value" }];
  const causes: FieldCause[] = [];
  containers.forEach((c, i) => {
    if (!c.name) causes.push({ field: `${path}.containers[${i}].name`, reason: "FieldValueRequired", message: "Required value" });
    if (!c.image) causes.push({ field: `${path}.containers[${i}].image`, reason: "FieldValueRequired", message: "Required value" });
  });
  return causes;
}

/**
 * The checks apps/v1 workloads share: a selector that is present and matches the template's labels,
 * containers, and restartPolicy Always. Models pkg/apis/apps/validation.
 */
export function validateWorkloadSpec(obj: KubeObject, opts: { kind: string; onlyAlways?: boolean } = { kind: "" }): FieldCause[] {
  const spec = obj.spec ?? {};
  const causes: FieldCause[] = [];
  const labels: Record<string, string> | undefined = spec.template?.metadata?.labels;
  const sel = spec.selector;
  if (!sel) causes.push({ field: "spec.selector", reason: "FieldValueRequired", message: "Required value" });
  else if (!Object.keys(sel.matchLabels ?? {}).length && !(sel.matchExpressions ?? []).length)
    causes.push({ field: "spec.selector", reason: "FieldValueInvalid", message: `Invalid value: "{}": empty selector is invalid for ${opts.kind}` });
  else if (!matchesSelectorObject(sel, labels)) causes.push({ field: "spec.template.metadata.labels", reason: "FieldValueInvalid", message: `Invalid value: ${goStringMap(labels)}: \`selector\` does not match template \`labels\`` });
  causes.push(...validateTemplateContainers(spec.template?.spec, "spec.template.spec"));
  const restart = spec.template?.spec?.restartPolicy ?? "Always";
  if (opts.onlyAlways !== false && restart !== "Always") causes.push({ field: "spec.template.spec.restartPolicy", reason: "FieldValueNotSupported", message: `Unsupported value: ${JSON.stringify(restart)}: supported values: "Always"` });
  return causes;
}
