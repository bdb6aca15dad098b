import type { KubeObject } from "../../engine/api/types";
import { enhanceListError } from "../list-errors";
import type { ResourceInfo } from "../../engine/client";
import { isStatusError } from "../../engine/api/errors";
import { reportError, type Kubectl, type Subcommand } from "../context";
import { resolveType } from "../resources";
import { describePod } from "../describe/pod";
import { describeDeployment, describeReplicaSet } from "../describe/workloads";
import { describeService } from "../describe/service";
import { describeConfigMap, describeNamespace, describeSecret, describeServiceAccount } from "../describe/simple";
import { describeGeneric } from "../describe/generic";
import { describeNode } from "../describe/node";
import { describePersistentVolume, describePersistentVolumeClaim, describeStorageClass } from "../describe/storage";
import { describeLimitRange, describeResourceQuota } from "../describe/policy";
import { helpText } from "./create/generator";
import { WORKLOAD_DESCRIBERS } from "../describe/workload-describers";
import { EXTRA_DESCRIBERS } from "../describe/extra-describers";

type Describer = (k: Kubectl, obj: KubeObject, events: KubeObject[] | undefined) => string;

const list = (k: Kubectl, resource: string, ns?: string, selector?: string) => k.client().list(resource, ns, selector ? { labelSelector: selector } : undefined).items;

/** One describer per resource (pkg/describe's DescriberFor table). */
const DESCRIBERS: Record<string, Describer> = {
  ...WORKLOAD_DESCRIBERS,
  ...EXTRA_DESCRIBERS,
  pods: (k, o, ev) => describePod(o, ev, k.now),
  deployments: (k, o, ev) => describeDeployment(o, ev, k.now, list(k, "replicasets", o.metadata.namespace)),
  replicasets: (k, o, ev) => describeReplicaSet(o, ev, k.now, list(k, "pods", o.metadata.namespace).filter((p) => p.metadata.ownerReferences?.some((r) => r.uid === o.metadata.uid))),
  services: (k, o, ev) => describeService(o, ev, k.now, safeList(k, "endpointslices", o.metadata.namespace).filter((e) => e.metadata.labels?.["kubernetes.io/service-name"] === o.metadata.name)),
  namespaces: (k, o) => describeNamespace(o, undefined, k.now, safeList(k, "resourcequotas", o.metadata.name), safeList(k, "limitranges", o.metadata.name)),
  configmaps: (k, o, ev) => describeConfigMap(o, ev, k.now),
  secrets: (_k, o) => describeSecret(o),
  serviceaccounts: (k, o, ev) => describeServiceAccount(o, ev, k.now),
  persistentvolumes: (k, o, ev) => describePersistentVolume(o, ev, k.now),
  persistentvolumeclaims: (k, o, ev) => describePersistentVolumeClaim(o, ev, k.now, list(k, "pods", o.metadata.namespace).filter((p) => (p.spec?.volumes ?? []).some((v: { persistentVolumeClaim?: { claimName?: string } }) => v.persistentVolumeClaim?.claimName === o.metadata.name))),
  storageclasses: (k, o, ev) => describeStorageClass(o, ev, k.now),
  resourcequotas: (_k, o) => describeResourceQuota(o),
  limitranges: (_k, o) => describeLimitRange(o),
  nodes: (k, o, ev) => describeNode(o, ev, k.now, list(k, "pods").filter((p) => p.spec?.nodeName === o.metadata.name && !["Succeeded", "Failed"].includes(p.status?.phase))),
};

function safeList(k: Kubectl, resource: string, ns?: string): KubeObject[] {
  return k.client().resolve(resource) ? list(k, resource, ns) : [];
}

function eventsFor(k: Kubectl, obj: KubeObject): KubeObject[] | undefined {
  if (k.bool("show-events") === false) return undefined;
  const all = k.client().list("events", obj.metadata.namespace ?? undefined).items;
  return all.filter((e) => {
    const io = (e as { involvedObject?: { uid?: string; name?: string; kind?: string } }).involvedObject;
    return io?.uid ? io.uid === obj.metadata.uid : io?.name === obj.metadata.name && io?.kind === obj.kind;
  });
}

function targets(k: Kubectl): { info: ResourceInfo; objs: KubeObject[] }[] {
  const args = k.args;
  const groups: { info: ResourceInfo; objs: KubeObject[] }[] = [];
  const nsOf = (info: ResourceInfo) => (info.namespaced ? (k.bool("all-namespaces") ? undefined : k.namespace) : undefined);
  if (args.some((a) => a.includes("/"))) {
    for (const a of args) {
      const [type, name] = a.split("/");
      const info = resolveType(k, type);
      groups.push({ info, objs: [k.client().get(info.resource, name, nsOf(info) ?? (info.namespaced ? k.namespace : undefined))] });
    }
    return groups;
  }
  const [types, ...names] = args;
  for (const t of types.split(",")) {
    const info = resolveType(k, t);
    let items: KubeObject[];
    try {
      items = list(k, info.resource, nsOf(info), k.str("selector"));
    } catch (e) {
      throw enhanceListError(e, info, k.str("selector"));
    }
    if (!names.length) {
      groups.push({ info, objs: items });
      continue;
    }
    const objs: KubeObject[] = [];
    for (const n of names) {
      const exact = items.find((i) => i.metadata.name === n);
      const prefixed = exact ? [exact] : items.filter((i) => i.metadata.name!.startsWith(n));
      if (!prefixed.length) k.client().get(info.resource, n, nsOf(info));
      objs.push(...prefixed);
    }
    groups.push({ info, objs });
  }
  return groups;
}

export const describe: Subcommand = {
  name: "describe",
  summary: "Show details of a specific resource or group of resources",
  flags: [
    { name: "selector", short: "l", type: "string" },
    { name: "all-namespaces", short: "A", type: "bool" },
    { name: "filename", short: "f", type: "array" },
    { name: "recursive", short: "R", type: "bool" },
    { name: "show-events", type: "bool", default: true },
    { name: "chunk-size", type: "int", default: 500 },
  ],
  help: helpText("Print a detailed, human-readable description of objects, with their recent events.", "kubectl describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME) [options]", ["kubectl describe pod web", "kubectl describe nodes node01", "kubectl describe deploy -l app=web"], [["-l, --selector=''", "Label selector."], ["-A, --all-namespaces=false", "Across all namespaces."], ["--show-events=true", "Include events."]]),
  run(k) {
    if (!k.args.length && !k.list("filename").length) return (k.err('error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n'), 1);
    try {
      const out: string[] = [];
      for (const g of targets(k)) {
        const d = DESCRIBERS[g.info.resource];
        for (const o of g.objs) {
          const full = { ...o, kind: g.info.kind, apiVersion: g.info.group ? `${g.info.group}/${g.info.version}` : g.info.version };
          const events = eventsFor(k, full);
          out.push(d ? d(k, full, events) : describeGeneric(full, events, k.now));
        }
      }
      if (!out.length) {
        k.err(k.bool("all-namespaces") ? "No resources found\n" : `No resources found in ${k.namespace} namespace.\n`);
        return 0;
      }
      k.out(out.join("\n\n"));
      return 0;
    } catch (e) {
      if (isStatusError(e)) return reportError(k, e);
      return reportError(k, e);
    }
  },
};
