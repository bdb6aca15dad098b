/** All explain schema text, merged into one type table, and the kinds it documents. */
import { parseSchema, type TypeTable } from "../model";
import apiextensions from "./apiextensions";
import apps from "./apps";
import batch from "./batch";
import cluster from "./cluster";
import container from "./container";
import core from "./core";
import discovery from "./discovery";
import meta from "./meta";
import networking from "./networking";
import pod from "./pod";
import podStatus from "./pod-status";
import rbac from "./rbac";
import scheduling from "./scheduling";
import service from "./service";
import storage from "./storage";
import volumes from "./volumes";

export const SCHEMA_TEXTS: string[] = [meta, pod, podStatus, container, scheduling, volumes, apps, service, storage, core, batch, networking, rbac, cluster, discovery, apiextensions];

let table: TypeTable | undefined;

/** The merged type table (parsed on first use). */
export function explainTypes(): TypeTable {
  table ??= SCHEMA_TEXTS.reduce((t, text) => parseSchema(text, t), new Map() as TypeTable);
  return table;
}

/** `group/Kind` → the type that documents it; the kind's own name unless listed otherwise. */
export const EXPLAIN_KINDS: Record<string, string> = Object.fromEntries(
  [
    "/Pod", "/Service", "/ConfigMap", "/Secret", "/ServiceAccount", "/Namespace", "/Node", "/PersistentVolume", "/PersistentVolumeClaim",
    "/ResourceQuota", "/LimitRange", "apps/Deployment", "apps/ReplicaSet", "apps/DaemonSet", "apps/StatefulSet", "batch/Job", "batch/CronJob",
    "storage.k8s.io/StorageClass", "networking.k8s.io/Ingress", "networking.k8s.io/IngressClass", "networking.k8s.io/NetworkPolicy",
    "rbac.authorization.k8s.io/Role", "rbac.authorization.k8s.io/ClusterRole", "rbac.authorization.k8s.io/RoleBinding",
    "rbac.authorization.k8s.io/ClusterRoleBinding", "autoscaling/HorizontalPodAutoscaler", "policy/PodDisruptionBudget",
    "scheduling.k8s.io/PriorityClass", "certificates.k8s.io/CertificateSigningRequest", "/Endpoints", "/Event", "apps/ControllerRevision",
    "discovery.k8s.io/EndpointSlice", "coordination.k8s.io/Lease", "apiextensions.k8s.io/CustomResourceDefinition",
  ].map((k) => [k, k.split("/")[1]]),
);

/** `group/version/Kind` → its type, for a kind served at a version whose fields differ from the preferred one. */
const VERSIONED_KINDS: Record<string, string> = { "autoscaling/v1/HorizontalPodAutoscaler": "HorizontalPodAutoscalerV1" };

/** The type documenting `group/kind` (at `version` when given), when the table has it. */
export function explainTypeFor(group: string, kind: string, version?: string): string | undefined {
  const name = VERSIONED_KINDS[`${group}/${version}/${kind}`] ?? EXPLAIN_KINDS[`${group}/${kind}`];
  return name && explainTypes().has(name) ? name : undefined;
}
