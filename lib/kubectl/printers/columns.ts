import type { KubeObject } from "../../engine/api/types";
import { age } from "./duration";
import { podCells } from "./pod-status";
import { STORAGE_TABLES } from "./storage-columns";
import { RBAC_TABLES } from "./rbac-columns";
import { NETWORK_TABLES } from "./network-columns";
import { WORKLOAD_TABLES } from "./workload-columns";
import { customResourceColumns } from "./crd-columns";
import type { ResourceInfo } from "../../engine/client";

/** One column of a server-side Table (printers.go): priority-1 columns show only with -o wide. */
export interface Column {
  name: string;
  wide?: boolean;
  cell(obj: KubeObject, now: number): string;
}

const AGE: Column = { name: "AGE", cell: (o, now) => age(o.metadata.creationTimestamp, now) };
const NAME: Column = { name: "NAME", cell: (o) => o.metadata.name ?? "" };
const orNone = (s: string | undefined) => (s ? s : "<none>");
const selectorText = (sel: Record<string, string> | undefined) =>
  sel && Object.keys(sel).length ? Object.entries(sel).map(([k, v]) => `${k}=${v}`).join(",") : "<none>";
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const templateContainers = (o: KubeObject): any[] => o.spec?.template?.spec?.containers ?? [];

function nodeStatus(node: KubeObject): string {
  const ready = (node.status?.conditions ?? []).find((c: { type: string }) => c.type === "Ready");
  let s = !ready ? "Unknown" : ready.status === "True" ? "Ready" : "NotReady";
  if (node.spec?.unschedulable) s += ",SchedulingDisabled";
  return s;
}

function nodeRoles(node: KubeObject): string {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith("node-role.kubernetes.io/")) roles.add(k.slice("node-role.kubernetes.io/".length));
    if (k === "kubernetes.io/role") roles.add(v);
  }
  return roles.size ? [...roles].filter(Boolean).sort().join(",") : "<none>";
}

const address = (node: KubeObject, type: string) => (node.status?.addresses ?? []).find((a: { type: string }) => a.type === type)?.address;

function servicePorts(svc: KubeObject): string {
  const ports = svc.spec?.ports ?? [];
  if (!ports.length) return "<none>";
  return ports.map((p: { port: number; nodePort?: number; protocol?: string }) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ""}/${p.protocol ?? "TCP"}`).join(",");
}

function externalIp(svc: KubeObject): string {
  const type = svc.spec?.type ?? "ClusterIP";
  const external: string[] = svc.spec?.externalIPs ?? [];
  if (type === "ExternalName") return svc.spec?.externalName ?? "<none>";
  if (type === "LoadBalancer") {
    const ingress = (svc.status?.loadBalancer?.ingress ?? []).map((i: { ip?: string; hostname?: string }) => i.ip ?? i.hostname);
    const all = [...ingress, ...external];
    return all.length ? all.join(",") : "<pending>";
  }
  return external.length ? external.join(",") : "<none>";
}

function endpointsText(ep: KubeObject): string {
  const all: string[] = [];
  const subsets = (ep.subsets ?? []) as { addresses?: { ip: string }[]; ports?: { port?: number }[] }[];
  for (const s of subsets) for (const a of s.addresses ?? []) for (const p of s.ports ?? [{}]) all.push(p.port ? `${a.ip}:${p.port}` : a.ip);
  if (!all.length) return "<none>";
  return all.length > 3 ? `${all.slice(0, 3).join(",")} + ${all.length - 3} more...` : all.join(",");
}

export const TABLES: Record<string, Column[]> = {
  ...STORAGE_TABLES,
  ...RBAC_TABLES,
  ...WORKLOAD_TABLES,
  pods: [
    NAME,
    { name: "READY", cell: (o, now) => podCells(o, now).ready },
    { name: "STATUS", cell: (o, now) => podCells(o, now).status },
    { name: "RESTARTS", cell: (o, now) => podCells(o, now).restarts },
    AGE,
    { name: "IP", wide: true, cell: (o) => orNone(o.status?.podIPs?.[0]?.ip ?? o.status?.podIP) },
    { name: "NODE", wide: true, cell: (o) => orNone(o.spec?.nodeName) },
    { name: "NOMINATED NODE", wide: true, cell: (o) => orNone(o.status?.nominatedNodeName) },
    { name: "READINESS GATES", wide: true, cell: (o) => (o.spec?.readinessGates?.length ? `0/${o.spec.readinessGates.length}` : "<none>") },
  ],
  nodes: [
    NAME,
    { name: "STATUS", cell: nodeStatus },
    { name: "ROLES", cell: nodeRoles },
    AGE,
    { name: "VERSION", cell: (o) => o.status?.nodeInfo?.kubeletVersion ?? "" },
    { name: "INTERNAL-IP", wide: true, cell: (o) => orNone(address(o, "InternalIP")) },
    { name: "EXTERNAL-IP", wide: true, cell: (o) => orNone(address(o, "ExternalIP")) },
    { name: "OS-IMAGE", wide: true, cell: (o) => o.status?.nodeInfo?.osImage || "<unknown>" },
    { name: "KERNEL-VERSION", wide: true, cell: (o) => o.status?.nodeInfo?.kernelVersion || "<unknown>" },
    { name: "CONTAINER-RUNTIME", wide: true, cell: (o) => o.status?.nodeInfo?.containerRuntimeVersion || "<unknown>" },
  ],
  namespaces: [NAME, { name: "STATUS", cell: (o) => o.status?.phase ?? "Active" }, AGE],
  services: [
    NAME,
    { name: "TYPE", cell: (o) => o.spec?.type ?? "ClusterIP" },
    { name: "CLUSTER-IP", cell: (o) => orNone(o.spec?.clusterIPs?.[0] ?? o.spec?.clusterIP) },
    { name: "EXTERNAL-IP", cell: externalIp },
    { name: "PORT(S)", cell: servicePorts },
    AGE,
    { name: "SELECTOR", wide: true, cell: (o) => selectorText(o.spec?.selector) },
  ],
  deployments: [
    NAME,
    { name: "READY", cell: (o) => `${o.status?.readyReplicas ?? 0}/${o.spec?.replicas ?? 0}` },
    { name: "UP-TO-DATE", cell: (o) => String(o.status?.updatedReplicas ?? 0) },
    { name: "AVAILABLE", cell: (o) => String(o.status?.availableReplicas ?? 0) },
    AGE,
    { name: "CONTAINERS", wide: true, cell: (o) => templateContainers(o).map((c) => c.name).join(",") },
    { name: "IMAGES", wide: true, cell: (o) => templateContainers(o).map((c) => c.image).join(",") },
    { name: "SELECTOR", wide: true, cell: (o) => selectorText(o.spec?.selector?.matchLabels) },
  ],
  replicasets: [
    NAME,
    { name: "DESIRED", cell: (o) => String(o.spec?.replicas ?? 0) },
    { name: "CURRENT", cell: (o) => String(o.status?.replicas ?? 0) },
    { name: "READY", cell: (o) => String(o.status?.readyReplicas ?? 0) },
    AGE,
    { name: "CONTAINERS", wide: true, cell: (o) => templateContainers(o).map((c) => c.name).join(",") },
    { name: "IMAGES", wide: true, cell: (o) => templateContainers(o).map((c) => c.image).join(",") },
    { name: "SELECTOR", wide: true, cell: (o) => selectorText(o.spec?.selector?.matchLabels) },
  ],
  configmaps: [NAME, { name: "DATA", cell: (o) => String(Object.keys((o.data as object) ?? {}).length + Object.keys((o.binaryData as object) ?? {}).length) }, AGE],
  secrets: [NAME, { name: "TYPE", cell: (o) => String(o.type ?? "Opaque") }, { name: "DATA", cell: (o) => String(Object.keys((o.data as object) ?? {}).length) }, AGE],
  serviceaccounts: [NAME, { name: "SECRETS", cell: (o) => String(((o.secrets as unknown[]) ?? []).length) }, AGE],
  endpoints: [NAME, { name: "ENDPOINTS", cell: endpointsText }, AGE],
  events: [
    { name: "LAST SEEN", cell: (o, now) => age((o.lastTimestamp as string) ?? (o.firstTimestamp as string), now) },
    { name: "TYPE", cell: (o) => String(o.type ?? "") },
    { name: "REASON", cell: (o) => String(o.reason ?? "") },
    { name: "OBJECT", cell: (o) => `${String((o.involvedObject as { kind: string }).kind).toLowerCase()}/${(o.involvedObject as { name: string }).name}` },
    { name: "SUBOBJECT", wide: true, cell: (o) => String((o.involvedObject as { fieldPath?: string }).fieldPath ?? "") },
    { name: "SOURCE", wide: true, cell: (o) => [(o.source as { component?: string })?.component, (o.source as { host?: string })?.host].filter(Boolean).join(", ") },
    { name: "MESSAGE", cell: (o) => String(o.message ?? "") },
    { name: "FIRST SEEN", wide: true, cell: (o, now) => age(o.firstTimestamp as string, now) },
    { name: "COUNT", wide: true, cell: (o) => String(o.count ?? 1) },
    { name: "NAME", wide: true, cell: (o) => o.metadata.name ?? "" },
  ],
};

/** Kinds without a printer get the API server's default table: NAME, CREATED AT. */
export const DEFAULT_TABLE: Column[] = [NAME, { name: "CREATED AT", cell: (o) => String(o.metadata.creationTimestamp ?? "") }];

export function columnsFor(info: ResourceInfo, wide: boolean): Column[] {
  const resource = info.resource;
  return (info.custom ? customResourceColumns(info) : (TABLES[resource] ?? NETWORK_TABLES[resource] ?? DEFAULT_TABLE)).filter((c) => wide || !c.wide);
}
