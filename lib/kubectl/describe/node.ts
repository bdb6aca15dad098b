import type { KubeObject } from "../../engine/api/types";
import { annotationsMultiline, describeEvents, DescribeWriter, labelsMultiline, rfc1123z } from "./writer";
import { humanDuration } from "../printers/duration";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const cpuMilli = (q: string | undefined) => (!q ? 0 : q.endsWith("m") ? Number(q.slice(0, -1)) : Number(q) * 1000);
const UNITS: Record<string, number> = { Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, Ti: 1024 ** 4, k: 1e3, M: 1e6, G: 1e9, T: 1e12 };
function bytes(q: string | undefined): number {
  if (!q) return 0;
  const m = /^([0-9.]+)([A-Za-z]*)$/.exec(q);
  return m ? Number(m[1]) * (UNITS[m[2]] ?? 1) : 0;
}
const pct = (used: number, total: number) => (total ? Math.floor((used * 100) / total) : 0);

function podTotals(pods: KubeObject[], kind: "requests" | "limits", res: "cpu" | "memory"): number {
  return pods.reduce((sum, p) => sum + (p.spec?.containers ?? []).reduce((s: number, c: Obj) => s + (res === "cpu" ? cpuMilli(c.resources?.[kind]?.cpu) : bytes(c.resources?.[kind]?.memory)), 0), 0);
}

const fmtCpu = (m: number) => (m % 1000 === 0 ? `${m / 1000}` : `${m}m`);
function fmtMem(b: number): string {
  if (b === 0) return "0";
  for (const u of ["Gi", "Mi", "Ki"]) if (b % UNITS[u] === 0) return `${b / UNITS[u]}${u}`;
  return `${b}`;
}

// Models describe.go describeNode (no lease lookup: the Lease block shows the node's own name).
export function describeNode(node: KubeObject, events: KubeObject[] | undefined, now: number, pods: KubeObject[]): string {
  const spec = node.spec ?? {};
  const st = node.status ?? {};
  const roles = Object.keys(node.metadata.labels ?? {}).filter((l) => l.startsWith("node-role.kubernetes.io/")).map((l) => l.slice("node-role.kubernetes.io/".length)).sort();
  const fixed = new DescribeWriter();
  fixed.write(0, `Name:\t${node.metadata.name}\n`);
  fixed.write(0, `Roles:\t${roles.length ? roles.join(",") : "<none>"}\n`);
  labelsMultiline(fixed, 0, "Labels", node.metadata.labels);
  annotationsMultiline(fixed, 0, node.metadata.annotations);
  fixed.write(0, `CreationTimestamp:\t${rfc1123z(node.metadata.creationTimestamp)}\n`);
  const taints: Obj[] = spec.taints ?? [];
  fixed.write(0, `Taints:\t${taints.length ? "" : "<none>\n"}`);
  taints.forEach((t, i) => fixed.write(0, `${i ? "\t" : ""}${t.key}${t.value ? `=${t.value}` : ""}:${t.effect}\n`));
  fixed.write(0, `Unschedulable:\t${!!spec.unschedulable}\n`);
  fixed.write(0, "Lease:\n");
  fixed.write(1, `HolderIdentity:\t${node.metadata.name}\n`);
  fixed.write(1, "AcquireTime:\t<unset>\n");
  const ready = (st.conditions ?? []).find((c: Obj) => c.type === "Ready");
  fixed.write(1, `RenewTime:\t${rfc1123z(ready?.lastHeartbeatTime)}\n`);
  fixed.write(0, "Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n");
  fixed.write(1, "----\t------\t-----------------\t------------------\t------\t-------\n");
  for (const c of st.conditions ?? []) fixed.write(1, `${c.type} \t${c.status} \t${rfc1123z(c.lastHeartbeatTime)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason ?? ""} \t${c.message ?? ""}\n`);
  fixed.write(0, "Addresses:\n");
  for (const a of st.addresses ?? []) fixed.write(1, `${a.type}:\t${a.address}\n`);
  for (const [title, res] of [["Capacity", st.capacity], ["Allocatable", st.allocatable]] as const) {
    if (!res) continue;
    fixed.write(0, `${title}:\n`);
    for (const key of Object.keys(res).sort()) fixed.write(1, `${key}:\t${res[key]}\n`);
  }
  const info = st.nodeInfo ?? {};
  fixed.write(0, "System Info:\n");
  for (const [label, key] of [["Machine ID", "machineID"], ["System UUID", "systemUUID"], ["Boot ID", "bootID"], ["Kernel Version", "kernelVersion"], ["OS Image", "osImage"], ["Operating System", "operatingSystem"], ["Architecture", "architecture"], ["Container Runtime Version", "containerRuntimeVersion"], ["Kubelet Version", "kubeletVersion"], ["Kube-Proxy Version", "kubeProxyVersion"]])
    fixed.write(1, `${label}:\t${info[key] ?? ""}\n`);
  if (spec.podCIDR) fixed.write(0, `PodCIDR:\t${spec.podCIDR}\n`);
  if (spec.podCIDRs?.length) fixed.write(0, `PodCIDRs:\t${spec.podCIDRs.join(",")}\n`);
  if (spec.providerID) fixed.write(0, `ProviderID:\t${spec.providerID}\n`);
  const alloc = st.allocatable ?? {};
  const [cpuA, memA] = [cpuMilli(alloc.cpu), bytes(alloc.memory)];
  fixed.write(0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  fixed.write(1, "Namespace\tName\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n");
  fixed.write(1, "---------\t----\t------------\t----------\t---------------\t-------------\t---\n");
  for (const p of [...pods].sort((a, b) => `${a.metadata.namespace}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace}/${b.metadata.name}`))) {
    const [cr, cl, mr, ml] = [podTotals([p], "requests", "cpu"), podTotals([p], "limits", "cpu"), podTotals([p], "requests", "memory"), podTotals([p], "limits", "memory")];
    fixed.write(1, `${p.metadata.namespace}\t${p.metadata.name}\t${fmtCpu(cr)} (${pct(cr, cpuA)}%)\t${fmtCpu(cl)} (${pct(cl, cpuA)}%)\t${fmtMem(mr)} (${pct(mr, memA)}%)\t${fmtMem(ml)} (${pct(ml, memA)}%)\t${humanDuration(now - Date.parse(p.metadata.creationTimestamp ?? ""))}\n`);
  }
  const [cr, cl, mr, ml] = [podTotals(pods, "requests", "cpu"), podTotals(pods, "limits", "cpu"), podTotals(pods, "requests", "memory"), podTotals(pods, "limits", "memory")];
  fixed.write(0, "Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n");
  fixed.write(1, "Resource\tRequests\tLimits\n");
  fixed.write(1, "--------\t--------\t------\n");
  fixed.write(1, `cpu\t${fmtCpu(cr)} (${pct(cr, cpuA)}%)\t${fmtCpu(cl)} (${pct(cl, cpuA)}%)\n`);
  fixed.write(1, `memory\t${fmtMem(mr)} (${pct(mr, memA)}%)\t${fmtMem(ml)} (${pct(ml, memA)}%)\n`);
  fixed.write(1, "ephemeral-storage\t0 (0%)\t0 (0%)\n");
  fixed.write(1, "hugepages-1Gi\t0 (0%)\t0 (0%)\n");
  fixed.write(1, "hugepages-2Mi\t0 (0%)\t0 (0%)\n");
  describeEvents(fixed, events, now);
  return fixed.toString();
}
