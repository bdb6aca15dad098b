import type { KubeObject } from "../../engine/api/types";
import { annotationsMultiline, describeEvents, DescribeWriter, labelsMultiline, rfc1123z } from "./writer";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function metricLine(spec: Obj, status: Obj | undefined): string {
  if (spec.type === "Resource" || spec.type === "ContainerResource") {
    const src = spec.resource ?? spec.containerResource ?? {};
    const cur = (status?.resource ?? status?.containerResource)?.current;
    const where = spec.type === "Resource" ? "on pods" : `of container "${src.container}" on pods`;
    if (src.target?.averageValue != null) return `resource ${src.name} ${where}:\t${cur?.averageValue ?? "<unknown>"} / ${src.target.averageValue}\n`;
    const current = cur?.averageUtilization != null ? `${cur.averageUtilization}% (${cur.averageValue ?? "0"})` : "<unknown>";
    const target = src.target?.averageUtilization != null ? `${src.target.averageUtilization}%` : "<auto>";
    return `resource ${src.name} ${where}  (as a percentage of request):\t${current} / ${target}\n`;
  }
  const src = spec.pods ?? spec.object ?? spec.external ?? {};
  const cur = (status?.pods ?? status?.object ?? status?.external)?.current;
  const label = spec.type === "Pods" ? `"${src.metric?.name}" on pods` : spec.type === "Object" ? `"${src.metric?.name}" on ${src.describedObject?.kind}/${src.describedObject?.name}` : `"${src.metric?.name}" (target ${src.target?.averageValue != null ? "average " : ""}value)`;
  return `${label}:\t${cur?.averageValue ?? cur?.value ?? "<unknown>"} / ${src.target?.averageValue ?? src.target?.value ?? ""}\n`;
}

// Models describe.go describeHorizontalPodAutoscalerV2.
export function describeHpa(hpa: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter();
  const spec = hpa.spec ?? {};
  const st = hpa.status ?? {};
  w.write(0, `Name:\t${hpa.metadata.name}\n`);
  w.write(0, `Namespace:\t${hpa.metadata.namespace}\n`);
  labelsMultiline(w, 0, "Labels", hpa.metadata.labels);
  annotationsMultiline(w, 0, hpa.metadata.annotations);
  w.write(0, `CreationTimestamp:\t${rfc1123z(hpa.metadata.creationTimestamp)}\n`);
  w.write(0, `Reference:\t${spec.scaleTargetRef?.kind}/${spec.scaleTargetRef?.name}\n`);
  w.write(0, "Metrics:\t( current / target )\n");
  (spec.metrics ?? []).forEach((m: Obj, i: number) => w.write(1, metricLine(m, st.currentMetrics?.[i])));
  w.write(0, `Min replicas:\t${spec.minReplicas ?? "<unset>"}\n`);
  w.write(0, `Max replicas:\t${spec.maxReplicas ?? 0}\n`);
  w.write(0, `${spec.scaleTargetRef?.kind} pods:\t${st.currentReplicas ?? 0} current / ${st.desiredReplicas ?? 0} desired\n`);
  if (st.conditions?.length) {
    w.write(0, "Conditions:\n");
    w.write(1, "Type\tStatus\tReason\tMessage\n");
    w.write(1, "----\t------\t------\t-------\n");
    for (const c of st.conditions) w.write(1, `${c.type}\t${c.status}\t${c.reason ?? ""}\t${c.message ?? ""}\n`);
  }
  describeEvents(w, events, now);
  return w.toString();
}
