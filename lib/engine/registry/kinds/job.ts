import type { FieldCause } from "../../api/errors";
import type { KubeObject } from "../../api/types";
import { matchesSelectorObject } from "../../api/selectors";
import { stdVerbs, type KindStrategy } from "../strategy";
import { defaultPodTemplateSpec } from "./pod";
import { goStringMap, validateTemplateContainers } from "./workload-spec";

/** The labels the API server adds so that a Job's selector matches only its own pods. */
export function jobSelectorLabels(uid: string, name: string): Record<string, string> {
  return { "batch.kubernetes.io/controller-uid": uid, "batch.kubernetes.io/job-name": name, "controller-uid": uid, "job-name": name };
}

/** SetDefaults_Job (batch/v1 defaults). */
export function defaultJobSpec(spec: KubeObject["spec"]): void {
  if (spec.completions == null && spec.parallelism == null) {
    spec.completions = 1;
    spec.parallelism = 1;
  }
  spec.parallelism ??= 1;
  spec.backoffLimit ??= 6;
  spec.completionMode ??= "NonIndexed";
  spec.suspend ??= false;
  spec.podReplacementPolicy ??= spec.podFailurePolicy ? "Failed" : "TerminatingOrFailed";
  spec.template ??= {};
  spec.template.spec ??= {};
  defaultPodTemplateSpec(spec.template.spec);
}

/** The strategy's generated selector: the Job's uid in a label only its own pods carry. */
function generateSelector(obj: KubeObject): void {
  const spec = obj.spec;
  if (spec.manualSelector || !obj.metadata.uid) return;
  const generated = jobSelectorLabels(obj.metadata.uid, obj.metadata.name!);
  spec.template.metadata = { ...spec.template.metadata, labels: { ...spec.template.metadata?.labels, ...generated } };
  spec.selector ??= { matchLabels: { "batch.kubernetes.io/controller-uid": obj.metadata.uid } };
  // Reading back from storage defaults the Job's labels to its template's.
  if (!Object.keys(obj.metadata.labels ?? {}).length) obj.metadata.labels = { ...spec.template.metadata.labels };
}

/** Job spec checks with upstream wording (pkg/apis/batch/validation). */
export function validateJobSpec(spec: KubeObject["spec"], path = "spec"): FieldCause[] {
  const causes: FieldCause[] = [];
  const s = spec ?? {};
  for (const f of ["parallelism", "completions", "backoffLimit", "activeDeadlineSeconds", "ttlSecondsAfterFinished"]) {
    if (s[f] != null && s[f] < (f === "activeDeadlineSeconds" ? 1 : 0))
      causes.push({ field: `${path}.${f}`, reason: "FieldValueInvalid", message: `Invalid value: ${s[f]}: must be greater than ${f === "activeDeadlineSeconds" ? "" : "or equal to "}0` });
  }
  if (s.manualSelector) {
    if (!s.selector) causes.push({ field: `${path}.selector`, reason: "FieldValueRequired", message: "Required value" });
    else if (!matchesSelectorObject(s.selector, s.template?.metadata?.labels))
      causes.push({ field: `${path}.template.metadata.labels`, reason: "FieldValueInvalid", message: `Invalid value: ${goStringMap(s.template?.metadata?.labels)}: \`selector\` does not match template \`labels\`` });
  }
  causes.push(...validateTemplateContainers(s.template?.spec, `${path}.template.spec`));
  const restart = s.template?.spec?.restartPolicy;
  if (restart !== "OnFailure" && restart !== "Never") causes.push({ field: `${path}.template.spec.restartPolicy`, reason: "FieldValueRequired", message: 'Required value: valid values: "OnFailure", "Never"' });
  return causes;
}

/** batch/v1 Job. */
export const jobStrategy: KindStrategy = {
  info: { resource: "jobs", singular: "job", kind: "Job", group: "batch", version: "v1", namespaced: true, shortNames: [], verbs: stdVerbs, categories: ["all"], hasStatus: true },
  tracksGeneration: true,
  defaults(obj) {
    defaultJobSpec((obj.spec ??= {}));
    obj.status ??= {};
  },
  prepareForCreate: generateSelector,
  validate: (obj) => validateJobSpec(obj.spec),
};
