import type { KubeObject } from "../../engine/api/types";
import { annotationsMultiline, describeEvents, DescribeWriter, labelsMultiline } from "./writer";

/**
 * kubectl's generic describer, used for custom resources and kinds kubectl has no typed describer
 * for (CustomResourceDefinitions): the header, then every field sorted by key with smart labels.
 * Models staging/src/k8s.io/kubectl/pkg/describe/describe.go genericDescriber.
 */

const ACRONYMS = ["API", "URL", "UID", "OSB", "GUID"];

/** fatih/camelcase's Split: runs of lower, upper, digit and other characters; `HTTPServer` → HTTP, Server. */
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

/** `creationTimestamp` → `Creation Timestamp`, `apiVersion` → `API Version`; names with digits or symbols stay as they are. */
export function smartLabelFor(field: string): string {
  if ([...field].some((c) => !/\p{L}/u.test(c) && c !== "-")) return field;
  return camelSplit(field)
    .filter((p) => p !== "_")
    .map((p) => (ACRONYMS.includes(p.toUpperCase()) ? p.toUpperCase() : p.charAt(0).toUpperCase() + p.slice(1).toLowerCase()))
    .join(" ");
}

const SKIP = [".metadata.managedFields", ".metadata.name", ".metadata.namespace", ".metadata.labels", ".metadata.annotations"];

const scalar = (v: unknown) => (v === null ? "<nil>" : String(v));

function content(w: DescribeWriter, level: number, obj: Record<string, unknown>, prefix: string): void {
  for (const field of Object.keys(obj).sort()) {
    const value = obj[field];
    const path = `${prefix}.${field}`;
    if (SKIP.includes(path)) continue;
    if (value && typeof value === "object" && !Array.isArray(value)) {
      w.write(level, `${smartLabelFor(field)}:\n`);
      content(w, level + 1, value as Record<string, unknown>, path);
    } else if (Array.isArray(value)) {
      w.write(level, `${smartLabelFor(field)}:\n`);
      for (const child of value) {
        if (child && typeof child === "object" && !Array.isArray(child)) content(w, level + 1, child as Record<string, unknown>, path);
        else w.write(level + 1, `${Array.isArray(child) ? `[${child.map(scalar).join(" ")}]` : scalar(child)}\n`);
      }
    } else w.write(level, `${smartLabelFor(field)}:\t${scalar(value)}\n`);
  }
}

export function describeUnstructured(obj: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${obj.metadata.name ?? ""}\n`);
  w.write(0, `Namespace:\t${obj.metadata.namespace ?? ""}\n`);
  labelsMultiline(w, 0, "Labels", obj.metadata.labels);
  annotationsMultiline(w, 0, obj.metadata.annotations);
  content(w, 0, obj as Record<string, unknown>, "");
  describeEvents(w, events, now);
  return w.toString();
}
