import type { KubeObject } from "../../engine/api/types";
import { selectorString } from "../describe/workloads";
import { age, humanDuration } from "./duration";
import type { Column } from "./columns";

// Models pkg/printers/internalversion/printers.go for the workload kinds.

const NAME: Column = { name: "NAME", cell: (o) => o.metadata.name ?? "" };
const AGE: Column = { name: "AGE", cell: (o, now) => age(o.metadata.creationTimestamp, now) };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;
const num = (v: unknown) => String(v ?? 0);
/** labels.FormatLabels: sorted `k=v` pairs, `<none>` when empty. */
export const formatLabels = (m: Record<string, string> | undefined) =>
  m && Object.keys(m).length
    ? Object.keys(m)
        .sort()
        .map((k) => `${k}=${m[k]}`)
        .join(",")
    : "<none>";
const containers = (tpl: Obj | undefined): Obj[] => tpl?.spec?.containers ?? [];
const wideContainers = (tpl: (o: KubeObject) => Obj | undefined): Column[] => [
  { name: "CONTAINERS", wide: true, cell: (o) => containers(tpl(o)).map((c) => c.name).join(",") },
  { name: "IMAGES", wide: true, cell: (o) => containers(tpl(o)).map((c) => c.image).join(",") },
];
const hasCondition = (o: KubeObject, type: string) => (o.status?.conditions ?? []).some((c: Obj) => c.type === type && c.status === "True");

function jobStatus(o: KubeObject): string {
  if (hasCondition(o, "Complete")) return "Complete";
  if (hasCondition(o, "Failed")) return "Failed";
  if (o.metadata.deletionTimestamp) return "Terminating";
  if (hasCondition(o, "Suspended")) return "Suspended";
  if (hasCondition(o, "FailureTarget")) return "FailureTarget";
  if (hasCondition(o, "SuccessCriteriaMet")) return "SuccessCriteriaMet";
  return "Running";
}

function jobCompletions(o: KubeObject): string {
  const succeeded = o.status?.succeeded ?? 0;
  if (o.spec?.completions != null) return `${succeeded}/${o.spec.completions}`;
  const parallelism = o.spec?.parallelism ?? 0;
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

function jobDuration(o: KubeObject, now: number): string {
  const start = o.status?.startTime;
  if (!start) return "";
  const end = o.status?.completionTime ? Date.parse(o.status.completionTime) : now;
  return humanDuration(end - Date.parse(start));
}

/** formatHPAMetrics: `cpu: 30%/50%`, at most two metrics then `+ N more...`. */
export function hpaTargets(o: KubeObject): string {
  const specs: Obj[] = o.spec?.metrics ?? [];
  const statuses: Obj[] = o.status?.currentMetrics ?? [];
  if (!specs.length) return "<none>";
  const list = specs.map((spec, i) => {
    const st = statuses[i];
    const src = spec.resource ?? spec.containerResource ?? spec.pods ?? spec.object ?? spec.external;
    const cur = st ? (st.resource ?? st.containerResource ?? st.pods ?? st.object ?? st.external)?.current : undefined;
    const name = spec.type === "Resource" || spec.type === "ContainerResource" ? src?.name : src?.metric?.name;
    const target = src?.target ?? {};
    if (target.averageUtilization != null || ((spec.type === "Resource" || spec.type === "ContainerResource") && target.averageValue == null)) {
      const current = cur?.averageUtilization != null ? `${cur.averageUtilization}%` : "<unknown>";
      return `${name}: ${current}/${target.averageUtilization != null ? `${target.averageUtilization}%` : "<auto>"}`;
    }
    const value = target.averageValue ?? target.value;
    const current = cur?.averageValue ?? cur?.value ?? "<unknown>";
    return `${name}: ${current}/${value}${target.averageValue != null && spec.type !== "Resource" ? " (avg)" : ""}`;
  });
  return list.length > 2 ? `${list.slice(0, 2).join(", ")} + ${list.length - 2} more...` : list.join(", ");
}

function controllerOf(o: KubeObject): string {
  const ref = o.metadata.ownerReferences?.find((r) => r.controller);
  if (!ref) return "<none>";
  const group = ref.apiVersion.includes("/") ? ref.apiVersion.split("/")[0] : "";
  return `${ref.kind.toLowerCase()}${group ? `.${group}` : ""}/${ref.name}`;
}

const orNA = (v: unknown) => (v === undefined || v === null ? "N/A" : String(v));

export const WORKLOAD_TABLES: Record<string, Column[]> = {
  daemonsets: [
    NAME,
    { name: "DESIRED", cell: (o) => num(o.status?.desiredNumberScheduled) },
    { name: "CURRENT", cell: (o) => num(o.status?.currentNumberScheduled) },
    { name: "READY", cell: (o) => num(o.status?.numberReady) },
    { name: "UP-TO-DATE", cell: (o) => num(o.status?.updatedNumberScheduled) },
    { name: "AVAILABLE", cell: (o) => num(o.status?.numberAvailable) },
    { name: "NODE SELECTOR", cell: (o) => formatLabels(o.spec?.template?.spec?.nodeSelector) },
    AGE,
    ...wideContainers((o) => o.spec?.template),
    { name: "SELECTOR", wide: true, cell: (o) => selectorString(o.spec?.selector) },
  ],
  statefulsets: [NAME, { name: "READY", cell: (o) => `${o.status?.readyReplicas ?? 0}/${o.spec?.replicas ?? 0}` }, AGE, ...wideContainers((o) => o.spec?.template)],
  controllerrevisions: [NAME, { name: "CONTROLLER", cell: controllerOf }, { name: "REVISION", cell: (o) => num(o.revision) }, AGE],
  jobs: [
    NAME,
    { name: "STATUS", cell: jobStatus },
    { name: "COMPLETIONS", cell: jobCompletions },
    { name: "DURATION", cell: jobDuration },
    AGE,
    ...wideContainers((o) => o.spec?.template),
    { name: "SELECTOR", wide: true, cell: (o) => selectorString(o.spec?.selector) },
  ],
  cronjobs: [
    NAME,
    { name: "SCHEDULE", cell: (o) => String(o.spec?.schedule ?? "") },
    { name: "TIMEZONE", cell: (o) => o.spec?.timeZone ?? "<none>" },
    { name: "SUSPEND", cell: (o) => (o.spec?.suspend === undefined || o.spec?.suspend === null ? "<unset>" : o.spec.suspend ? "True" : "False") },
    { name: "ACTIVE", cell: (o) => String((o.status?.active ?? []).length) },
    { name: "LAST SCHEDULE", cell: (o, now) => (o.status?.lastScheduleTime ? age(o.status.lastScheduleTime, now) : "<none>") },
    AGE,
    ...wideContainers((o) => o.spec?.jobTemplate?.spec?.template),
    { name: "SELECTOR", wide: true, cell: (o) => selectorString(o.spec?.jobTemplate?.spec?.selector) },
  ],
  horizontalpodautoscalers: [
    NAME,
    { name: "REFERENCE", cell: (o) => `${o.spec?.scaleTargetRef?.kind ?? ""}/${o.spec?.scaleTargetRef?.name ?? ""}` },
    { name: "TARGETS", cell: hpaTargets },
    { name: "MINPODS", cell: (o) => (o.spec?.minReplicas != null ? String(o.spec.minReplicas) : "<unset>") },
    { name: "MAXPODS", cell: (o) => num(o.spec?.maxReplicas) },
    { name: "REPLICAS", cell: (o) => num(o.status?.currentReplicas) },
    AGE,
  ],
  poddisruptionbudgets: [
    NAME,
    { name: "MIN AVAILABLE", cell: (o) => orNA(o.spec?.minAvailable) },
    { name: "MAX UNAVAILABLE", cell: (o) => orNA(o.spec?.maxUnavailable) },
    { name: "ALLOWED DISRUPTIONS", cell: (o) => num(o.status?.disruptionsAllowed) },
    AGE,
  ],
  priorityclasses: [NAME, { name: "VALUE", cell: (o) => num(o.value) }, { name: "GLOBAL-DEFAULT", cell: (o) => String(!!o.globalDefault) }, AGE, { name: "PREEMPTIONPOLICY", wide: true, cell: (o) => String(o.preemptionPolicy ?? "") }],
  leases: [NAME, { name: "HOLDER", cell: (o) => String(o.spec?.holderIdentity ?? "") }, AGE],
};
