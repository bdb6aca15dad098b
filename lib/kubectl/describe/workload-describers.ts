import type { KubeObject } from "../../engine/api/types";
import type { Kubectl } from "../context";
import { describeDaemonSet } from "./daemonset";
import { describeStatefulSet } from "./statefulset";
import { describeCronJob, describeJob } from "./job";
import { describeHpa } from "./hpa";
import { describePdb, describePriorityClass } from "./scheduling-policy";

type Describer = (k: Kubectl, obj: KubeObject, events: KubeObject[] | undefined) => string;

/** Pods a controller owns (getPodStatusForController filters by selector and controller uid). */
const ownedPods = (k: Kubectl, o: KubeObject) =>
  k
    .client()
    .list("pods", o.metadata.namespace)
    .items.filter((p) => p.metadata.ownerReferences?.some((r) => r.uid === o.metadata.uid && r.controller));

/** Describers of the workload kinds, merged into describe's DESCRIBERS table. */
export const WORKLOAD_DESCRIBERS: Record<string, Describer> = {
  daemonsets: (k, o, ev) => describeDaemonSet(o, ev, k.now, ownedPods(k, o)),
  statefulsets: (k, o, ev) => describeStatefulSet(o, ev, k.now, ownedPods(k, o)),
  jobs: (k, o, ev) => describeJob(o, ev, k.now),
  cronjobs: (k, o, ev) => describeCronJob(o, ev, k.now),
  horizontalpodautoscalers: (k, o, ev) => describeHpa(o, ev, k.now),
  poddisruptionbudgets: (k, o, ev) => describePdb(o, ev, k.now),
  priorityclasses: (k, o, ev) => describePriorityClass(o, ev, k.now),
};
