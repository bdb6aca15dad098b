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
  if (Object.keys(template.metadata?.annotations ?? {}).length) annotationsMultiline(w, 0, template.metadata.annotations, "  Annotations");
  const spec = template.spec ?? {};
  if (spec.serviceAccountName) w.write(1, `Service Account:\t${spec.serviceAccountName}\n`);
  if (spec.initContainers?.length) describeContainers(w, "Init Containers", spec.initContainers, undefined, "  ");
  describeContainers(w, "Containers", spec.containers ?? [], undefined, "  ");
  describeVolumes(w, spec.volumes, "  ");
  if (spec.priorityClassName) w.write(1, `Priority Class Name:\t${spec.priorityClassName}\n`);
  labelsMultiline(w, 0, "  Node-Selectors", spec.nodeSelector);
  tolerationsMultiline(w, 0, "  Tolerations", spec.tolerations);
}

/** camelcase.Split (fatih/camelcase): runs of lower, upper, digit and other characters; `PDFLoader` → PDF, Loader. */
function camelSplit(s: string): string[] {
  const cls = (c: string) => (/\p{Ll}/u.test(c) ? 1 : /\p{Lu}/u.test(c) ? 2 : /\p{Nd}/u.test(c) ? 3 : 4);
  const runs: string[][] = [];
  let last = 0;
  for (const c of s) {
    const k = cls(c);
    if (k === last) runs[runs.length - 1].push(c);
    else runs.push([c]);
    last = k;
  }
  for (let i = 0; i < runs.length - 1; i++) {
    if (cls(runs[i][0]) === 2 && cls(runs[i + 1][0]) === 1) runs[i + 1].unshift(runs[i].pop()!);
  }
  return runs.filter((r) => r.length).map((r) => r.join(""));
}

const ACRONYMS = ["API", "URL", "UID", "OSB", "GUID"];

/** describe.go smartLabelFor: `apiVersion` → `API Version`; names with other characters than letters and `-` stay as they are. */
export function smartLabelFor(field: string): string {
  if (/[^\p{L}-]/u.test(field)) return field;
  return camelSplit(field)
    .filter((p) => p !== "_")
    .map((p) => (ACRONYMS.includes(p.toUpperCase()) ? p.toUpperCase() : p.charAt(0).toUpperCase() + p.slice(1)))
    .join(" ");
}

/** Go's %v of a JSON value inside an unstructured object. */
function goValue(v: unknown): string {
  if (v === null || v === undefined) return "<nil>";
  if (Array.isArray(v)) return `[${v.map(goValue).join(" ")}]`;
  if (typeof v === "object") return `map[${Object.keys(v as object).sort().map((k) => `${k}:${goValue((v as Record<string, unknown>)[k])}`).join(" ")}]`;
  return String(v);
}

const SKIP = new Set([".metadata.managedFields", ".metadata.name", ".metadata.namespace", ".metadata.labels", ".metadata.annotations"]);

/** printUnstructuredContent: fields sorted, maps and lists as nested blocks, scalars as `Label:\tvalue`. */
function printContent(w: DescribeWriter, level: number, content: Record<string, unknown>, prefix: string): void {
  for (const field of Object.keys(content).sort()) {
    const value = content[field];
    const path = `${prefix}.${field}`;
    if (SKIP.has(path)) continue;
    if (value && typeof value === "object" && !Array.isArray(value)) {
      w.write(level, `${smartLabelFor(field)}:\n`);
      printContent(w, level + 1, value as Record<string, unknown>, path);
    } else if (Array.isArray(value)) {
      w.write(level, `${smartLabelFor(field)}:\n`);
      for (const child of value) {
        if (child && typeof child === "object" && !Array.isArray(child)) printContent(w, level + 1, child as Record<string, unknown>, path);
        else w.write(level + 1, `${goValue(child)}\n`);
      }
    } else w.write(level, `${smartLabelFor(field)}:\t${goValue(value)}\n`);
  }
}

/** genericDescriber: kinds without a dedicated layout (Lease, ControllerRevision, custom resources…). */
export function describeGeneric(obj: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${obj.metadata.name}\n`);
  w.write(0, `Namespace:\t${obj.metadata.namespace ?? ""}\n`);
  labelsMultiline(w, 0, "Labels", obj.metadata.labels);
  annotationsMultiline(w, 0, obj.metadata.annotations);
  printContent(w, 0, obj as unknown as Record<string, unknown>, "");
  describeEvents(w, events, now);
  return w.toString();
}
