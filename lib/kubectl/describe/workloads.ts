import type { KubeObject } from "../../engine/api/types";
import { describeEvents, DescribeWriter } from "./writer";
import { describePodTemplate, header } from "./generic";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** metav1.FormatLabelSelector: requirements sorted by key, set values sorted, `<none>` when empty. */
export const selectorString = (sel: Obj | undefined): string => {
  if (!sel) return "<none>";
  const reqs: [string, string][] = Object.entries(sel.matchLabels ?? {}).map(([k, v]) => [k, `${k}=${v}`]);
  for (const e of sel.matchExpressions ?? [])
    reqs.push([e.key, e.operator === "Exists" ? e.key : e.operator === "DoesNotExist" ? `!${e.key}` : `${e.key} ${e.operator.toLowerCase()} (${[...(e.values ?? [])].sort().join(",")})`]);
  const byKey = (a: [string, string], b: [string, string]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  return reqs.length ? reqs.sort(byKey).map(([, text]) => text).join(",") : "<none>";
};

function conditions(w: DescribeWriter, conds: Obj[] | undefined): void {
  if (!conds?.length) return;
  w.write(0, "Conditions:\n  Type\tStatus\tReason\n");
  w.write(1, "----\t------\t------\n");
  for (const c of conds) w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ""}\n`);
}

// Models describe.go DeploymentDescriber.
export function describeDeployment(d: KubeObject, events: KubeObject[] | undefined, now: number, replicaSets: KubeObject[]): string {
  const w = new DescribeWriter();
  const spec = d.spec ?? {};
  const st = d.status ?? {};
  header(w, d, { created: true });
  w.write(0, `Selector:\t${selectorString(spec.selector)}\n`);
  w.write(0, `Replicas:\t${spec.replicas ?? 1} desired | ${st.updatedReplicas ?? 0} updated | ${st.replicas ?? 0} total | ${st.availableReplicas ?? 0} available | ${st.unavailableReplicas ?? 0} unavailable\n`);
  const strategy = spec.strategy ?? {};
  w.write(0, `StrategyType:\t${strategy.type ?? "RollingUpdate"}\n`);
  w.write(0, `MinReadySeconds:\t${spec.minReadySeconds ?? 0}\n`);
  if ((strategy.type ?? "RollingUpdate") === "RollingUpdate") {
    const ru = strategy.rollingUpdate ?? {};
    w.write(0, `RollingUpdateStrategy:\t${ru.maxUnavailable ?? "25%"} max unavailable, ${ru.maxSurge ?? "25%"} max surge\n`);
  }
  describePodTemplate(w, spec.template);
  conditions(w, st.conditions);
  const owned = replicaSets.filter((rs) => rs.metadata.ownerReferences?.some((o) => o.uid === d.metadata.uid));
  const rev = (rs: KubeObject) => Number(rs.metadata.annotations?.["deployment.kubernetes.io/revision"] ?? 0);
  const newest = owned.sort((a, b) => rev(b) - rev(a))[0];
  const fmt = (rs: KubeObject) => `${rs.metadata.name} (${rs.status?.replicas ?? 0}/${rs.spec?.replicas ?? 0} replicas created)`;
  const old = owned.filter((rs) => rs !== newest && (rs.spec?.replicas ?? 0) > 0);
  w.write(0, `OldReplicaSets:\t${old.length ? old.map(fmt).join(", ") : "<none>"}\n`);
  w.write(0, `NewReplicaSet:\t${newest ? fmt(newest) : "<none>"}\n`);
  describeEvents(w, events, now);
  return w.toString();
}

// Models describe.go ReplicaSetDescriber / JobDescriber / DaemonSet / StatefulSet (the shared parts).
export function describeReplicaSet(rs: KubeObject, events: KubeObject[] | undefined, now: number, pods: KubeObject[]): string {
  const w = new DescribeWriter();
  header(w, rs);
  w.write(0, `Selector:\t${selectorString(rs.spec?.selector)}\n`);
  const ctl = rs.metadata.ownerReferences?.find((o) => o.controller);
  if (ctl) w.write(0, `Controlled By:\t${ctl.kind}/${ctl.name}\n`);
  w.write(0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec?.replicas ?? 0} desired\n`);
  const count = (phase: string) => pods.filter((p) => p.status?.phase === phase).length;
  w.write(0, `Pods Status:\t${count("Running")} Running / ${count("Pending")} Waiting / ${count("Succeeded")} Succeeded / ${count("Failed")} Failed\n`);
  describePodTemplate(w, rs.spec?.template);
  describeEvents(w, events, now);
  return w.toString();
}
