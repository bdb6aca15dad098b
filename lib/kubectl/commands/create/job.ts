import type { KubeObject } from "../../../engine/api/types";
import type { Kubectl } from "../../context";
import { generator, helpText, meta } from "./generator";

function podTemplate(k: Kubectl, name: string, restartPolicy: string) {
  const command = k.dashAt >= 0 ? k.args.slice(k.dashAt) : [];
  return { metadata: { creationTimestamp: null }, spec: { containers: [{ name, image: k.str("image"), ...(command.length ? { command } : {}), resources: {} }], restartPolicy } };
}

/** Job from a CronJob's template (`--from=cronjob/NAME`), as `kubectl create job --from` builds it. */
function jobFromCronJob(k: Kubectl, name: string, from: string): KubeObject | string {
  const [type, cjName] = from.split("/");
  if (!cjName || !["cronjob", "cronjobs", "cj", "cronjob.batch", "cronjobs.batch"].includes(type)) return `from must be an existing cronjob: ${from}`;
  k.discoveryRetries = 4;
  const cj = k.client().get("cronjobs", cjName, k.namespace);
  const tpl = cj.spec.jobTemplate ?? {};
  return {
    kind: "Job",
    apiVersion: "batch/v1",
    metadata: { ...meta(k, name, true), annotations: { "cronjob.kubernetes.io/instantiate": "manual", ...(tpl.metadata?.annotations ?? {}) }, ...(tpl.metadata?.labels ? { labels: tpl.metadata.labels } : {}), ownerReferences: [{ apiVersion: "batch/v1", kind: "CronJob", name: cj.metadata.name!, uid: cj.metadata.uid!, controller: true }] },
    spec: tpl.spec ?? {},
    status: {},
  };
}

export const createJob = generator({
  name: "job",
  summary: "Create a job with the specified name",
  kind: "Job",
  group: "batch",
  namespaced: true,
  flags: [{ name: "image", type: "string" }, { name: "from", type: "string" }],
  help: helpText("Create a Job running one image (or a Job from a CronJob's template with --from).", "kubectl create job NAME --image=image [--from=cronjob/name] -- [COMMAND] [args...] [options]", ["kubectl create job hello --image=busybox -- echo hello", "kubectl create job nightly-now --from=cronjob/nightly"], [["--image=''", "Image to run."], ["--from=''", "cronjob/NAME to copy the template from."]]),
  build(k, name) {
    const [image, from] = [k.str("image"), k.str("from")];
    if (!image && !from) return "either --image or --from must be specified";
    if (image && from) return "--image and --from are mutually exclusive";
    if (from) return jobFromCronJob(k, name, from);
    return { kind: "Job", apiVersion: "batch/v1", metadata: meta(k, name, true), spec: { template: podTemplate(k, name, "Never") }, status: {} };
  },
});

export const createCronJob = generator({
  name: "cronjob",
  aliases: ["cj"],
  summary: "Create a cron job with the specified name",
  kind: "CronJob",
  group: "batch",
  namespaced: true,
  flags: [
    { name: "image", type: "string", required: true },
    { name: "schedule", type: "string", required: true },
    { name: "restart", type: "string" },
  ],
  help: helpText("Create a CronJob that runs one image on a cron schedule.", "kubectl create cronjob NAME --image=image --schedule='0/5 * * * ?' -- [COMMAND] [args...] [flags] [options]", ["kubectl create cronjob ping --image=busybox --schedule='*/5 * * * *' -- date"], [["--image=''", "Image to run."], ["--schedule=''", "Cron schedule."], ["--restart=''", "OnFailure (default) or Never."]]),
  build(k, name) {
    const restart = k.str("restart") || "OnFailure";
    return {
      kind: "CronJob",
      apiVersion: "batch/v1",
      metadata: meta(k, name, true),
      spec: { schedule: k.str("schedule"), jobTemplate: { metadata: { name, creationTimestamp: null }, spec: { template: podTemplate(k, name, restart) } } },
      status: {},
    };
  },
});
