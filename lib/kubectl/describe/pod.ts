import type { KubeObject } from "../../engine/api/types";
import { annotationsMultiline, describeEvents, DescribeWriter, labelsMultiline, rfc1123z } from "./writer";
import { describeContainers, describeVolumes, tolerationsMultiline } from "./containers";
import { humanDuration } from "../printers/duration";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** QoS class as the API computes it when status.qosClass is missing. */
export function qosClass(pod: KubeObject): string {
  if (pod.status?.qosClass) return pod.status.qosClass;
  const cs: Obj[] = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
  const any = cs.some((c) => Object.keys(c.resources?.requests ?? {}).length || Object.keys(c.resources?.limits ?? {}).length);
  if (!any) return "BestEffort";
  const guaranteed = cs.every((c) => ["cpu", "memory"].every((r) => c.resources?.limits?.[r] && (c.resources?.requests?.[r] ?? c.resources.limits[r]) === c.resources.limits[r]));
  return guaranteed ? "Guaranteed" : "Burstable";
}

export function controllerOf(obj: KubeObject): string {
  const o = obj.metadata.ownerReferences?.find((r) => r.controller);
  return o ? `${o.kind}/${o.name}` : "";
}

// Models kubectl pkg/describe/describe.go describePod.
export function describePod(pod: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter();
  const spec = pod.spec ?? {};
  const status = pod.status ?? {};
  w.write(0, `Name:\t${pod.metadata.name}\n`);
  w.write(0, `Namespace:\t${pod.metadata.namespace}\n`);
  if (spec.priority !== undefined) w.write(0, `Priority:\t${spec.priority}\n`);
  if (spec.priorityClassName) w.write(0, `Priority Class Name:\t${spec.priorityClassName}\n`);
  if (spec.runtimeClassName) w.write(0, `Runtime Class Name:\t${spec.runtimeClassName}\n`);
  if (spec.serviceAccountName) w.write(0, `Service Account:\t${spec.serviceAccountName}\n`);
  w.write(0, spec.nodeName ? `Node:\t${spec.nodeName}/${status.hostIP ?? ""}\n` : "Node:\t<none>\n");
  if (status.startTime) w.write(0, `Start Time:\t${rfc1123z(status.startTime)}\n`);
  labelsMultiline(w, 0, "Labels", pod.metadata.labels);
  annotationsMultiline(w, 0, pod.metadata.annotations);
  if (pod.metadata.deletionTimestamp && !["Succeeded", "Failed"].includes(status.phase)) {
    w.write(0, `Status:\tTerminating (lasts ${humanDuration(now - Date.parse(pod.metadata.deletionTimestamp))})\n`);
    w.write(0, `Termination Grace Period:\t${pod.metadata.deletionGracePeriodSeconds ?? 30}s\n`);
  } else w.write(0, `Status:\t${status.phase ?? ""}\n`);
  if (status.reason) w.write(0, `Reason:\t${status.reason}\n`);
  if (status.message) w.write(0, `Message:\t${status.message}\n`);
  w.write(0, `IP:\t${status.podIP ?? ""}\n`);
  const ips: Obj[] = status.podIPs ?? [];
  if (!ips.length) w.write(0, "IPs:\t<none>\n");
  else {
    w.write(0, "IPs:\n");
    for (const ip of ips) w.write(1, `IP:\t${ip.ip}\n`);
  }
  const ctl = controllerOf(pod);
  if (ctl) w.write(0, `Controlled By:\t${ctl}\n`);
  if (status.nominatedNodeName) w.write(0, `NominatedNodeName:\t${status.nominatedNodeName}\n`);
  if (spec.initContainers?.length) describeContainers(w, "Init Containers", spec.initContainers, status.initContainerStatuses);
  describeContainers(w, "Containers", spec.containers ?? [], status.containerStatuses);
  if (spec.ephemeralContainers?.length) describeContainers(w, "Ephemeral Containers", spec.ephemeralContainers, status.ephemeralContainerStatuses);
  if (status.conditions?.length) {
    w.write(0, "Conditions:\n  Type\tStatus\n");
    for (const c of status.conditions) w.write(1, `${c.type} \t${c.status} \n`);
  }
  describeVolumes(w, spec.volumes);
  w.write(0, `QoS Class:\t${qosClass(pod)}\n`);
  labelsMultiline(w, 0, "Node-Selectors", spec.nodeSelector);
  tolerationsMultiline(w, 0, "Tolerations", spec.tolerations);
  describeEvents(w, events, now);
  return w.toString();
}
