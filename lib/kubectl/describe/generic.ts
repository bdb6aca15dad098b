import type { KubeObject } from "../../engine/api/types";
import { annotationsMultiline, describeEvents, DescribeWriter, labelsMultiline, rfc1123z } from "./writer";
import { describeContainers, describeVolumes, tolerationsMultiline } from "./containers";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The header most describers share: Name, Namespace, [CreationTimestamp], Labels, Annotations. */
export function header(w: DescribeWriter, obj: KubeObject, opts: { namespace?: boolean; created?: boolean } = {}): void {
  w.write(0, `Name:\t${obj.metadata.name}\n`);
  if (opts.namespace !== false && obj.metadata.namespace !== undefined) w.write(0, `Namespace:\t${obj.metadata.namespace}\n`);
  if (opts.created) w.write(0, `CreationTimestamp:\t${rfc1123z(obj.metadata.creationTimestamp)}\n`);
  labelsMultiline(w, 0, "Labels", obj.metadata.labels);
  annotationsMultiline(w, 0, obj.metadata.annotations);
}

// Models describe.go DescribePodTemplate.
export function describePodTemplate(w: DescribeWriter, template: Obj | undefined): void {
  w.write(0, "Pod Template:\n");
  if (!template) return w.write(0, "  <unset>");
  labelsMultiline(w, 0, "  Labels", template.metadata?.labels);
  if (Object.keys(template.metadata?.annotations ?? {}).length) labelsMultiline(w, 0, "  Annotations", template.metadata.annotations, ": ");
  const spec = template.spec ?? {};
  if (spec.serviceAccountName) w.write(1, `Service Account:\t${spec.serviceAccountName}\n`);
  if (spec.initContainers?.length) describeContainers(w, "Init Containers", spec.initContainers, undefined, "  ");
  describeContainers(w, "Containers", spec.containers ?? [], undefined, "  ");
  describeVolumes(w, spec.volumes, "  ");
  if (spec.priorityClassName) w.write(1, `Priority Class Name:\t${spec.priorityClassName}\n`);
  labelsMultiline(w, 0, "  Node-Selectors", spec.nodeSelector);
  tolerationsMultiline(w, 0, "  Tolerations", spec.tolerations);
}

/** Fallback for kinds without a dedicated layout: metadata, then the rest of the object as key: value. */
export function describeGeneric(obj: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter();
  header(w, obj);
  const walk = (v: unknown, level: number, key: string) => {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      w.write(level, `${key}:\n`);
      for (const [k2, v2] of Object.entries(v)) walk(v2, level + 1, k2.charAt(0).toUpperCase() + k2.slice(1));
    } else if (Array.isArray(v)) {
      w.write(level, `${key}:\n`);
      for (const item of v) (item && typeof item === "object" ? Object.entries(item).forEach(([k2, v2], i) => walk(v2, level + 1, `${i === 0 ? "" : ""}${k2.charAt(0).toUpperCase() + k2.slice(1)}`)) : w.write(level + 1, `${String(item)}\n`));
    } else w.write(level, `${key}:\t${String(v)}\n`);
  };
  for (const [key, v] of Object.entries(obj)) {
    if (["apiVersion", "kind", "metadata"].includes(key)) continue;
    walk(v, 0, key.charAt(0).toUpperCase() + key.slice(1));
  }
  describeEvents(w, events, now);
  return w.toString();
}
