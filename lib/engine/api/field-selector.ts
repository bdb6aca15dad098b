import { SelectorParseError } from "./label-selector";

/**
 * Field selectors as apimachinery's fields.ParseSelector reads them, and the field labels each kind
 * lets the API server select on (its ConvertFieldLabel step), with their exact error texts.
 * Models staging/src/k8s.io/apimachinery/pkg/fields/selector.go and the AddFieldLabelConversionFunc
 * tables in pkg/apis/{core,batch,certificates}/v1/conversion.go.
 */

export interface FieldTerm {
  field: string;
  op: "=" | "!=";
  value: string;
}

/** Splits on commas not escaped with a backslash. */
function splitTerms(s: string): string[] {
  if (s === "") return [];
  const terms: string[] = [];
  let start = 0;
  let slash = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (slash) slash = false;
    else if (c === "\\") slash = true;
    else if (c === ",") {
      terms.push(s.slice(start, i));
      start = i + 1;
    }
  }
  terms.push(s.slice(start));
  return terms;
}

/** The first `!=`, `==` or `=` in the term splits it. */
function splitTerm(term: string): [string, "=" | "!=", string] | undefined {
  for (let i = 0; i < term.length; i++) {
    for (const op of ["!=", "==", "="]) if (term.startsWith(op, i)) return [term.slice(0, i), op === "!=" ? "!=" : "=", term.slice(i + op.length)];
  }
  return undefined;
}

function unescapeValue(s: string): string {
  if (!/[\\,=]/.test(s)) return s;
  let out = "";
  let slash = false;
  for (const c of s) {
    if (slash) {
      if (c !== "\\" && c !== "," && c !== "=") throw new SelectorParseError(`invalid field selector: invalid escape sequence: \\${c}`);
      out += c;
      slash = false;
    } else if (c === "\\") slash = true;
    else if (c === "," || c === "=") throw new SelectorParseError(`invalid field selector: unescaped character in value: ${c.codePointAt(0)}`);
    else out += c;
  }
  if (slash) throw new SelectorParseError("invalid field selector: invalid escape sequence: \\");
  return out;
}

/** fields.ParseSelector: terms in sorted order (Go's byte order), empty terms skipped. */
export function parseFields(selector: string): FieldTerm[] {
  const terms: FieldTerm[] = [];
  for (const part of splitTerms(selector).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (part === "") continue;
    const t = splitTerm(part);
    if (!t) throw new SelectorParseError(`invalid selector: '${selector}'; can't understand '${part}'`);
    terms.push({ field: t[0], op: t[1], value: unescapeValue(t[2]) });
  }
  return terms;
}

const NOT_SUPPORTED = (label: string) => `field label not supported: ${label}`;
const CORE_NAMESPACED = ["metadata.name", "metadata.namespace"];

interface FieldLabels {
  labels: string[];
  error: (label: string) => string;
  /** Old names the server still accepts. */
  aliases?: Record<string, string>;
}

const jobLike = (kind: string): FieldLabels => ({ labels: [...CORE_NAMESPACED, "status.successful"], error: (l) => `field label "${l}" not supported for "${kind}"` });

/** Keyed by `group/Kind` (`/Pod` for the core group). */
const FIELD_LABELS: Record<string, FieldLabels> = {
  "/Pod": {
    labels: [...CORE_NAMESPACED, "spec.nodeName", "spec.restartPolicy", "spec.schedulerName", "spec.serviceAccountName", "spec.hostNetwork", "status.phase", "status.podIP", "status.podIPs", "status.nominatedNodeName"],
    error: NOT_SUPPORTED,
    aliases: { "spec.host": "spec.nodeName" },
  },
  "/Node": { labels: ["metadata.name", "spec.unschedulable"], error: NOT_SUPPORTED },
  "/ReplicationController": { labels: [...CORE_NAMESPACED, "status.replicas"], error: NOT_SUPPORTED },
  "/Event": {
    labels: ["involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid", "involvedObject.apiVersion", "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason", "reportingComponent", "source", "type", ...CORE_NAMESPACED],
    error: NOT_SUPPORTED,
  },
  "/Namespace": { labels: ["status.phase", "metadata.name"], error: NOT_SUPPORTED },
  "/Secret": { labels: ["type", ...CORE_NAMESPACED], error: NOT_SUPPORTED },
  "/Service": { labels: [...CORE_NAMESPACED, "spec.clusterIP", "spec.type"], error: NOT_SUPPORTED },
  "batch/Job": jobLike("Job"),
  "batch/CronJob": jobLike("CronJob"),
  "certificates.k8s.io/CertificateSigningRequest": { labels: ["metadata.name", "spec.signerName"], error: NOT_SUPPORTED },
};

const DEFAULT_LABELS: FieldLabels = { labels: CORE_NAMESPACED, error: (l) => `"${l}" is not a known field selector: only "metadata.name", "metadata.namespace"` };

/**
 * The server's ConvertFieldLabel over each term (in sorted order, the first failure wins).
 * Custom resources accept metadata.name and, when namespaced, metadata.namespace.
 */
export function convertFieldLabels(terms: FieldTerm[], kind: { group: string; kind: string; namespaced: boolean; custom?: boolean }): FieldTerm[] {
  const table = kind.custom ? { labels: kind.namespaced ? CORE_NAMESPACED : ["metadata.name"], error: NOT_SUPPORTED } : (FIELD_LABELS[`${kind.group}/${kind.kind}`] ?? DEFAULT_LABELS);
  return terms.map((t) => {
    const alias = table.aliases?.[t.field];
    if (alias) return { ...t, field: alias };
    if (!table.labels.includes(t.field)) throw new SelectorParseError(table.error(t.field));
    return t;
  });
}

/** The value an object shows for a field label (what the registry's selectable fields hold). */
export function fieldValue(obj: unknown, field: string): string {
  const o = obj as { spec?: { hostNetwork?: boolean; unschedulable?: boolean }; status?: { podIPs?: { ip: string }[] }; source?: { component?: string } };
  if (field === "spec.hostNetwork") return String(o.spec?.hostNetwork ?? false);
  if (field === "spec.unschedulable") return String(o.spec?.unschedulable ?? false);
  if (field === "status.podIPs") return (o.status?.podIPs ?? []).map((p) => p.ip).join(",");
  if (field === "source") return o.source?.component ?? "";
  let v: unknown = obj;
  for (const part of field.split(".")) v = v && typeof v === "object" ? (v as Record<string, unknown>)[part] : undefined;
  return v === undefined || v === null ? "" : String(v);
}

export const matchesTerm = (t: FieldTerm, obj: unknown): boolean => (t.op === "!=" ? fieldValue(obj, t.field) !== t.value : fieldValue(obj, t.field) === t.value);
