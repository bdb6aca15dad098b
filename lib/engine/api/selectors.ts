import { badRequest } from "./errors";
import { matchesRequirement, parseLabels, SelectorParseError, type LabelRequirement } from "./label-selector";
import { convertFieldLabels, matchesTerm, parseFields, type FieldTerm } from "./field-selector";

/** Label selector requirement as `kubectl -l` parses it: `a=b`, `a!=b`, `a in (x,y)`, `!a`, `a`, `a>1`. */
type Requirement = LabelRequirement;

const parsedLabels = new Map<string, Requirement[]>();

/** labels.Parse with apimachinery's errors (as a BadRequest Status); parsed selectors are cached. */
export function parseLabelSelector(selector: string): Requirement[] {
  const hit = parsedLabels.get(selector);
  if (hit) return hit;
  let reqs: Requirement[];
  try {
    reqs = parseLabels(selector);
  } catch (e) {
    if (e instanceof SelectorParseError) throw badRequest(e.message);
    throw e;
  }
  if (parsedLabels.size > 500) parsedLabels.clear();
  parsedLabels.set(selector, reqs);
  return reqs;
}

export function matchesLabels(selector: string | undefined, labels: Record<string, string> | undefined): boolean {
  if (!selector) return true;
  const l = labels ?? {};
  return parseLabelSelector(selector).every((r) => matchesRequirement(r, l));
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

function fieldTerms(selector: string): FieldTerm[] {
  try {
    return parseFields(selector);
  } catch (e) {
    if (e instanceof SelectorParseError) throw badRequest(e.message);
    throw e;
  }
}

/** Field selectors: `metadata.name=x`, `metadata.namespace!=y`, `spec.nodeName=node01`, `status.phase=Running`. */
export function matchesFields(selector: string | undefined, obj: unknown): boolean {
  if (!selector) return true;
  return fieldTerms(selector).every((t) => matchesTerm(t, obj));
}

/**
 * A list request's `labelSelector` and `fieldSelector`, parsed and checked once as the API server's
 * list handler does (a bad selector is a BadRequest even when nothing would match), as one predicate.
 */
export function listSelector(opts: { labelSelector?: string; fieldSelector?: string }, kind: { group: string; kind: string; namespaced: boolean; custom?: boolean }): (obj: { metadata: { labels?: Record<string, string> } }) => boolean {
  const labels = opts.labelSelector ? parseLabelSelector(opts.labelSelector) : [];
  let fields: FieldTerm[] = [];
  if (opts.fieldSelector) {
    try {
      fields = convertFieldLabels(fieldTerms(opts.fieldSelector), kind);
    } catch (e) {
      if (e instanceof SelectorParseError) throw badRequest(e.message);
      throw e;
    }
  }
  if (!labels.length && !fields.length) return () => true;
  return (obj) => labels.every((r) => matchesRequirement(r, obj.metadata.labels ?? {})) && fields.every((t) => matchesTerm(t, obj));
}
