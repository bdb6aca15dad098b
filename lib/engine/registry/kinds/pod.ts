import type { KubeObject } from "../../api/types";
import type { FieldCause } from "../../api/errors";
import { stdVerbs, type KindStrategy } from "../strategy";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Container = Record<string, any>;

/** imagePullPolicy defaults to Always for :latest or untagged images, else IfNotPresent. */
export function defaultPullPolicy(image: string): string {
  const ref = image.split("@")[0];
  const lastSlash = ref.lastIndexOf("/");
  const tagAt = ref.lastIndexOf(":");
  const tag = tagAt > lastSlash ? ref.slice(tagAt + 1) : "";
  return image.includes("@") ? "IfNotPresent" : tag === "" || tag === "latest" ? "Always" : "IfNotPresent";
}

function defaultContainer(c: Container) {
  c.imagePullPolicy ??= defaultPullPolicy(String(c.image ?? ""));
  c.resources ??= {};
  c.terminationMessagePath ??= "/dev/termination-log";
  c.terminationMessagePolicy ??= "File";
  for (const p of c.ports ?? []) p.protocol ??= "TCP";
}

/** SetDefaults_PodSpec: what a pod template gets (Deployment, DaemonSet, Job ... templates). */
export function defaultPodTemplateSpec(spec: KubeObject["spec"]) {
  for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) defaultContainer(c);
  spec.restartPolicy ??= "Always";
  spec.terminationGracePeriodSeconds ??= 30;
  spec.dnsPolicy ??= "ClusterFirst";
  spec.securityContext ??= {};
  spec.schedulerName ??= "default-scheduler";
}

/** A pod's spec: template defaults plus SetDefaults_Pod and the ServiceAccount admission default (priority comes from the Priority admission plugin). */
export function defaultPodSpec(spec: KubeObject["spec"]) {
  defaultPodTemplateSpec(spec);
  spec.enableServiceLinks ??= true;
  spec.serviceAccountName ??= spec.serviceAccount ?? "default";
  spec.serviceAccount ??= spec.serviceAccountName;
}

function validateContainers(spec: KubeObject["spec"]): FieldCause[] {
  const causes: FieldCause[] = [];
  const containers: Container[] = spec?.containers ?? [];
  if (containers.length === 0) causes.push({ field: "spec.containers", reason: "FieldValueRequired", message: "Required value" });
  containers.forEach((c, i) => {
    if (!c.name) causes.push({ field: `spec.containers[${i}].name`, reason: "FieldValueRequired", message: "Required value" });
    if (!c.image) causes.push({ field: `spec.containers[${i}].image`, reason: "FieldValueRequired", message: "Required value" });
  });
  return causes;
}

export const podStrategy: KindStrategy = {
  info: { resource: "pods", singular: "pod", kind: "Pod", group: "", version: "v1", namespaced: true, shortNames: ["po"], verbs: stdVerbs, categories: ["all"], hasStatus: true },
  defaults(obj) {
    obj.spec ??= {};
    defaultPodSpec(obj.spec);
    // SetDefaults_Pod: a container with limits but no request for a resource requests its limit.
    for (const c of [...(obj.spec.initContainers ?? []), ...(obj.spec.containers ?? [])] as Container[]) {
      const limits = c.resources?.limits ?? {};
      for (const [k, v] of Object.entries(limits)) if (c.resources.requests?.[k] === undefined) c.resources.requests = { ...c.resources.requests, [k]: v };
    }
    obj.status ??= { phase: "Pending", qosClass: "BestEffort" };
  },
  validate: (obj) => validateContainers(obj.spec),
};
