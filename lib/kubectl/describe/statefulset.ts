import type { KubeObject } from "../../engine/api/types";
import { annotationsMultiline, describeEvents, DescribeWriter, labelsMultiline, rfc1123z } from "./writer";
import { describePodTemplate } from "./generic";
import { podsStatusLine } from "./pods-status";
import { selectorString } from "./workloads";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function volumeClaimTemplates(w: DescribeWriter, claims: Obj[]): void {
  if (!claims.length) return w.write(0, "Volume Claims:\t<none>\n");
  w.write(0, "Volume Claims:\n");
  for (const pvc of claims) {
    w.write(1, `Name:\t${pvc.metadata?.name ?? ""}\n`);
    w.write(1, `StorageClass:\t${pvc.spec?.storageClassName ?? ""}\n`);
    labelsMultiline(w, 0, "  Labels", pvc.metadata?.labels);
    labelsMultiline(w, 0, "  Annotations", pvc.metadata?.annotations);
    w.write(1, `Capacity:\t${pvc.spec?.resources?.requests?.storage ?? "<default>"}\n`);
    w.write(1, `Access Modes:\t[${(pvc.spec?.accessModes ?? []).join(" ")}]\n`);
  }
}

// Models describe.go StatefulSetDescriber.
export function describeStatefulSet(sts: KubeObject, events: KubeObject[] | undefined, now: number, pods: KubeObject[]): string {
  const w = new DescribeWriter();
  const spec = sts.spec ?? {};
  w.write(0, `Name:\t${sts.metadata.name}\n`);
  w.write(0, `Namespace:\t${sts.metadata.namespace}\n`);
  w.write(0, `CreationTimestamp:\t${rfc1123z(sts.metadata.creationTimestamp)}\n`);
  w.write(0, `Selector:\t${selectorString(spec.selector)}\n`);
  labelsMultiline(w, 0, "Labels", sts.metadata.labels);
  annotationsMultiline(w, 0, sts.metadata.annotations);
  w.write(0, `Replicas:\t${spec.replicas ?? 1} desired | ${sts.status?.replicas ?? 0} total\n`);
  w.write(0, `Update Strategy:\t${spec.updateStrategy?.type ?? "RollingUpdate"}\n`);
  const ru = spec.updateStrategy?.rollingUpdate;
  if (ru?.partition !== undefined) {
    w.write(1, `Partition:\t${ru.partition}\n`);
    if (ru.maxUnavailable !== undefined) w.write(1, `MaxUnavailable:\t${ru.maxUnavailable}\n`);
  }
  w.write(0, `Pods Status:\t${podsStatusLine(pods)}\n`);
  describePodTemplate(w, spec.template);
  volumeClaimTemplates(w, spec.volumeClaimTemplates ?? []);
  describeEvents(w, events, now);
  return w.toString();
}
