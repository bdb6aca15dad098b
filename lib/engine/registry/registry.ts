import type { ResourceInfo } from "../client";
import type { KindStrategy } from "./strategy";
import { namespaceStrategy } from "./kinds/namespace";
import { nodeStrategy } from "./kinds/node";
import { podStrategy } from "./kinds/pod";
import { serviceStrategy } from "./kinds/service";
import { deploymentStrategy, replicaSetStrategy } from "./kinds/deployment";
import { daemonSetStrategy } from "./kinds/daemonset";
import { controllerRevisionStrategy } from "./kinds/controllerrevision";
import { statefulSetStrategy } from "./kinds/statefulset";
import { horizontalPodAutoscalerStrategy } from "./kinds/hpa";
import { jobStrategy } from "./kinds/job";
import { cronJobStrategy } from "./kinds/cronjob";
import { podDisruptionBudgetStrategy } from "./kinds/poddisruptionbudget";
import { priorityClassStrategy } from "./kinds/priorityclass";
import { leaseStrategy } from "./kinds/lease";
import { persistentVolumeStrategy } from "./kinds/persistentvolume";
import { persistentVolumeClaimStrategy } from "./kinds/persistentvolumeclaim";
import { storageClassStrategy } from "./kinds/storageclass";
import { resourceQuotaStrategy } from "./kinds/resourcequota";
import { limitRangeStrategy } from "./kinds/limitrange";
import { clusterRoleBindingStrategy, clusterRoleStrategy, roleBindingStrategy, roleStrategy } from "./kinds/rbac";
import { csrStrategy } from "./kinds/csr";
import { networkPolicyStrategy } from "./kinds/networkpolicy";
import { ingressStrategy } from "./kinds/ingress";
import { ingressClassStrategy } from "./kinds/ingressclass";
import { endpointSliceStrategy } from "./kinds/endpointslice";
import { crdStrategy } from "../apiextensions/crd-strategy";
import { configMapStrategy, endpointsStrategy, eventStrategy, secretStrategy, serviceAccountStrategy } from "./kinds/simple";

/** Every served kind, in discovery order. Adding a kind = one strategy file + one line here. */
export const strategies: KindStrategy[] = [
  configMapStrategy,
  endpointsStrategy,
  eventStrategy,
  limitRangeStrategy,
  namespaceStrategy,
  nodeStrategy,
  persistentVolumeClaimStrategy,
  persistentVolumeStrategy,
  podStrategy,
  resourceQuotaStrategy,
  secretStrategy,
  serviceAccountStrategy,
  serviceStrategy,
  deploymentStrategy,
  replicaSetStrategy,
  daemonSetStrategy,
  controllerRevisionStrategy,
  statefulSetStrategy,
  horizontalPodAutoscalerStrategy,
  cronJobStrategy,
  jobStrategy,
  csrStrategy,
  podDisruptionBudgetStrategy,
  clusterRoleBindingStrategy,
  clusterRoleStrategy,
  roleBindingStrategy,
  roleStrategy,
  storageClassStrategy,
  endpointSliceStrategy,
  ingressClassStrategy,
  ingressStrategy,
  networkPolicyStrategy,
  priorityClassStrategy,
  leaseStrategy,
  crdStrategy,
];

const byResource = new Map(strategies.map((s) => [s.info.resource, s]));
const byGroupKind = new Map(strategies.map((s) => [`${s.info.group}/${s.info.kind}`, s]));

export function strategyFor(resource: string): KindStrategy | undefined {
  return byResource.get(resource);
}

/** `apiVersion` as written in a manifest (`v1`, `apps/v1`) plus `kind`. */
export function strategyForKind(apiVersion: string, kind: string): KindStrategy | undefined {
  const group = apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
  const s = byGroupKind.get(`${group}/${kind}`);
  return s && (s.info.group ? `${s.info.group}/${s.info.version}` : s.info.version) === apiVersion ? s : undefined;
}

/** kubectl's name resolution: plural, singular, short name, Kind, or `resource.group`. */
export function resolveResource(name: string): ResourceInfo | undefined {
  const lower = name.toLowerCase();
  const [head, ...groupParts] = lower.split(".");
  const group = groupParts.join(".");
  for (const s of strategies) {
    const i = s.info;
    if (group && i.group !== group && !`${i.version}.${i.group}`.startsWith(group)) continue;
    if (i.resource === head || i.singular === head || i.shortNames.includes(head) || i.kind.toLowerCase() === head) return i;
  }
  return undefined;
}

/** `/registry/<segment>/<namespace>/<name>` as kube-apiserver lays out keys in etcd. */
export function storageKey(s: KindStrategy, namespace: string | undefined, name: string): string {
  const seg = s.storageSegment ?? (s.info.group && !["apps", "batch", "autoscaling", "policy"].includes(s.info.group) ? `${s.info.group}/${s.info.resource}` : s.info.resource);
  return s.info.namespaced ? `/registry/${seg}/${namespace}/${name}` : `/registry/${seg}/${name}`;
}

export function storagePrefix(s: KindStrategy, namespace?: string): string {
  const full = storageKey(s, namespace ?? "", "");
  return namespace === undefined && s.info.namespaced ? full.slice(0, -1) : full;
}
