import type { FieldCause } from "../../api/errors";
import { CronParseError, parseCron } from "../../controllers/cron";
import { stdVerbs, type KindStrategy } from "../strategy";
import { defaultPodTemplateSpec } from "./pod";
import { validateTemplateContainers } from "./workload-spec";

/** batch/v1 CronJob. Models pkg/registry/batch/cronjob/strategy.go and batch/v1 defaults. */
export const cronJobStrategy: KindStrategy = {
  info: { resource: "cronjobs", singular: "cronjob", kind: "CronJob", group: "batch", version: "v1", namespaced: true, shortNames: ["cj"], verbs: stdVerbs, categories: ["all"], hasStatus: true },
  tracksGeneration: true,
  defaults(obj) {
    const spec = (obj.spec ??= {});
    spec.concurrencyPolicy ??= "Allow";
    spec.suspend ??= false;
    spec.successfulJobsHistoryLimit ??= 3;
    spec.failedJobsHistoryLimit ??= 1;
    spec.jobTemplate ??= {};
    spec.jobTemplate.spec ??= {};
    spec.jobTemplate.spec.template ??= {};
    spec.jobTemplate.spec.template.spec ??= {};
    defaultPodTemplateSpec(spec.jobTemplate.spec.template.spec);
    obj.status ??= {};
  },
  validate(obj) {
    const spec = obj.spec ?? {};
    const causes: FieldCause[] = [];
    if (!spec.schedule) causes.push({ field: "spec.schedule", reason: "FieldValueRequired", message: "Required value" });
    else {
      try {
        parseCron(String(spec.schedule));
      } catch (e) {
        if (!(e instanceof CronParseError)) throw e;
        causes.push({ field: "spec.schedule", reason: "FieldValueInvalid", message: `Invalid value: ${JSON.stringify(spec.schedule)}: ${e.message}` });
      }
    }
    if (spec.timeZone != null && !["UTC", "Etc/UTC", "Local"].includes(spec.timeZone)) causes.push({ field: "spec.timeZone", reason: "FieldValueInvalid", message: `Invalid value: ${JSON.stringify(spec.timeZone)}: unknown time zone ${spec.timeZone}` });
    if (!["Allow", "Forbid", "Replace"].includes(spec.concurrencyPolicy))
      causes.push({ field: "spec.concurrencyPolicy", reason: "FieldValueNotSupported", message: `Unsupported value: ${JSON.stringify(spec.concurrencyPolicy)}: supported values: "Allow", "Forbid", "Replace"` });
    for (const f of ["successfulJobsHistoryLimit", "failedJobsHistoryLimit", "startingDeadlineSeconds"])
      if (spec[f] != null && spec[f] < 0) causes.push({ field: `spec.${f}`, reason: "FieldValueInvalid", message: `Invalid value: ${spec[f]}: must be greater than or equal to 0` });
    const tpl = spec.jobTemplate?.spec?.template?.spec;
    causes.push(...validateTemplateContainers(tpl, "spec.jobTemplate.spec.template.spec"));
    const restart = tpl?.restartPolicy;
    if (restart !== "OnFailure" && restart !== "Never") causes.push({ field: "spec.jobTemplate.spec.template.spec.restartPolicy", reason: "FieldValueRequired", message: 'Required value: valid values: "OnFailure", "Never"' });
    return causes;
  },
};
