import type { KubeObject } from "../../engine/api/types";
import { humanDuration } from "../printers/duration";
import { annotationsMultiline, describeEvents, DescribeWriter, labelsMultiline, rfc1123z } from "./writer";
import { describePodTemplate } from "./generic";
import { selectorString } from "./workloads";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const set = (v: unknown) => v !== undefined && v !== null;

// Models describe.go JobDescriber.
export function describeJob(job: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter();
  const spec = job.spec ?? {};
  const st = job.status ?? {};
  w.write(0, `Name:\t${job.metadata.name}\n`);
  w.write(0, `Namespace:\t${job.metadata.namespace}\n`);
  w.write(0, `Selector:\t${selectorString(spec.selector)}\n`);
  labelsMultiline(w, 0, "Labels", job.metadata.labels);
  annotationsMultiline(w, 0, job.metadata.annotations);
  const ctl = job.metadata.ownerReferences?.find((o) => o.controller);
  if (ctl) w.write(0, `Controlled By:\t${ctl.kind}/${ctl.name}\n`);
  if (set(spec.parallelism)) w.write(0, `Parallelism:\t${spec.parallelism}\n`);
  w.write(0, `Completions:\t${set(spec.completions) ? spec.completions : "<unset>"}\n`);
  if (set(spec.completionMode)) w.write(0, `Completion Mode:\t${spec.completionMode}\n`);
  if (set(spec.suspend)) w.write(0, `Suspend:\t${spec.suspend}\n`);
  if (set(spec.backoffLimit)) w.write(0, `Backoff Limit:\t${spec.backoffLimit}\n`);
  if (set(spec.ttlSecondsAfterFinished)) w.write(0, `TTL Seconds After Finished:\t${spec.ttlSecondsAfterFinished}\n`);
  if (st.startTime) w.write(0, `Start Time:\t${rfc1123z(st.startTime)}\n`);
  if (st.completionTime) w.write(0, `Completed At:\t${rfc1123z(st.completionTime)}\n`);
  if (st.startTime && st.completionTime) w.write(0, `Duration:\t${humanDuration(Date.parse(st.completionTime) - Date.parse(st.startTime))}\n`);
  if (set(spec.activeDeadlineSeconds)) w.write(0, `Active Deadline Seconds:\t${spec.activeDeadlineSeconds}s\n`);
  const counts = `${st.active ?? 0} Active${set(st.ready) ? ` (${st.ready} Ready)` : ""} / ${st.succeeded ?? 0} Succeeded / ${st.failed ?? 0} Failed`;
  w.write(0, `Pods Statuses:\t${counts}\n`);
  if (spec.completionMode === "Indexed") w.write(0, `Completed Indexes:\t${st.completedIndexes || "<none>"}\n`);
  describePodTemplate(w, spec.template);
  describeEvents(w, events, now);
  return w.toString();
}

// Models describe.go CronJobDescriber (describeJobTemplate, printActiveJobs).
export function describeCronJob(cj: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter();
  const spec = cj.spec ?? {};
  const tpl: Obj = spec.jobTemplate?.spec ?? {};
  const orUnset = (v: unknown, suffix = "") => (set(v) ? `${v}${suffix}` : "<unset>");
  w.write(0, `Name:\t${cj.metadata.name}\n`);
  w.write(0, `Namespace:\t${cj.metadata.namespace}\n`);
  labelsMultiline(w, 0, "Labels", cj.metadata.labels);
  annotationsMultiline(w, 0, cj.metadata.annotations);
  w.write(0, `Schedule:\t${spec.schedule ?? ""}\n`);
  w.write(0, `Concurrency Policy:\t${spec.concurrencyPolicy ?? ""}\n`);
  w.write(0, `Suspend:\t${set(spec.suspend) ? (spec.suspend ? "True" : "False") : "<unset>"}\n`);
  w.write(0, `Successful Job History Limit:\t${orUnset(spec.successfulJobsHistoryLimit)}\n`);
  w.write(0, `Failed Job History Limit:\t${orUnset(spec.failedJobsHistoryLimit)}\n`);
  w.write(0, `Starting Deadline Seconds:\t${orUnset(spec.startingDeadlineSeconds, "s")}\n`);
  w.write(0, `Selector:\t${tpl.selector ? selectorString(tpl.selector) : "<unset>"}\n`);
  w.write(0, `Parallelism:\t${orUnset(tpl.parallelism)}\n`);
  w.write(0, `Completions:\t${orUnset(tpl.completions)}\n`);
  if (set(tpl.activeDeadlineSeconds)) w.write(0, `Active Deadline Seconds:\t${tpl.activeDeadlineSeconds}s\n`);
  describePodTemplate(w, tpl.template);
  w.write(0, `Last Schedule Time:\t${cj.status?.lastScheduleTime ? rfc1123z(cj.status.lastScheduleTime) : "<unset>"}\n`);
  const active: Obj[] = cj.status?.active ?? [];
  w.write(0, `Active Jobs:\t${active.length ? active.map((j) => j.name).join(", ") : "<none>"}\n`);
  describeEvents(w, events, now);
  return w.toString();
}
