import { badRequest } from "./errors";

/** Label selector requirement as `kubectl -l` parses it: `a=b`, `a!=b`, `a in (x,y)`, `!a`, `a`. */
type Requirement =
  | { key: string; op: "=" | "!="; value: string }
  | { key: string; op: "in" | "notin"; values: string[] }
  | { key: string; op: "exists" | "!exists" };

/** Splits on commas that are not inside parentheses. */
function splitTerms(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of s) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === "," && depth === 0) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out.map((t) => t.trim()).filter(Boolean);
}

export function parseLabelSelector(selector: string): Requirement[] {
  return splitTerms(selector).map((term) => {
    let m = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term);
    if (m) return { key: m[1], op: m[2] as "in" | "notin", values: m[3].split(",").map((v) => v.trim()) };
    m = /^([\w./-]+)\s*(==|=|!=)\s*([\w.-]*)$/.exec(term);
    if (m) return { key: m[1], op: m[2] === "!=" ? "!=" : "=", value: m[3] };
    m = /^(!?)([\w./-]+)$/.exec(term);
    if (m) return { key: m[2], op: m[1] ? "!exists" : "exists" };
    throw badRequest(`unable to parse requirement: found '${term}', expected: in, notin, =, ==, !=, gt, lt`);
  });
}

export function matchesLabels(selector: string | undefined, labels: Record<string, string> | undefined): boolean {
  if (!selector) return true;
  const l = labels ?? {};
  return parseLabelSelector(selector).every((r) => {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    switch (r.op) {
      case "=":
        return has && l[r.key] === r.value;
      case "!=":
        return !has || l[r.key] !== r.value;
      case "in":
        return has && r.values.includes(l[r.key]);
      case "notin":
        return !has || !r.values.includes(l[r.key]);
      case "exists":
        return has;
      case "!exists":
        return !has;
    }
  });
}

/** A `matchLabels`/`matchExpressions` selector object (Deployment, Service) against labels. */
export function matchesSelectorObject(sel: { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values?: string[] }[] } | undefined, labels: Record<string, string> | undefined): boolean {
  if (!sel) return false;
  const l = labels ?? {};
  const okLabels = Object.entries(sel.matchLabels ?? {}).every(([k, v]) => l[k] === v);
  const okExprs = (sel.matchExpressions ?? []).every((e) => {
    const has = Object.prototype.hasOwnProperty.call(l, e.key);
    if (e.operator === "In") return has && (e.values ?? []).includes(l[e.key]);
    if (e.operator === "NotIn") return !has || !(e.values ?? []).includes(l[e.key]);
    if (e.operator === "Exists") return has;
    if (e.operator === "DoesNotExist") return !has;
    return false;
  });
  return okLabels && okExprs;
}

/** Field selectors: `metadata.name=x`, `metadata.namespace!=y`, `spec.nodeName=node01`, `status.phase=Running`. */
export function matchesFields(selector: string | undefined, obj: unknown): boolean {
  if (!selector) return true;
  return splitTerms(selector).every((term) => {
    const m = /^([\w.]+)\s*(==|=|!=)\s*(.*)$/.exec(term);
    if (!m) throw badRequest(`invalid selector: '${selector}'; can't understand '${term}'`);
    let v: unknown = obj;
    for (const part of m[1].split(".")) v = v && typeof v === "object" ? (v as Record<string, unknown>)[part] : undefined;
    const actual = v === undefined || v === null ? "" : String(v);
    return m[2] === "!=" ? actual !== m[3] : actual === m[3];
  });
}
