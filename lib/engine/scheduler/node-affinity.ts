import type { KubeObject } from "../api/types";

type Requirement = { key: string; operator: string; values?: string[] };
type Term = { matchExpressions?: Requirement[]; matchFields?: Requirement[] };

function requirementMatches(r: Requirement, value: string | undefined): boolean {
  const has = value !== undefined;
  const values = r.values ?? [];
  switch (r.operator) {
    case "In":
      return has && values.includes(value);
    case "NotIn":
      return !has || !values.includes(value);
    case "Exists":
      return has;
    case "DoesNotExist":
      return !has;
    case "Gt":
      return has && Number(value) > Number(values[0]);
    case "Lt":
      return has && Number(value) < Number(values[0]);
    default:
      return false;
  }
}

/** One node selector term: all label expressions and all field expressions (only metadata.name exists). */
function termMatches(term: Term, node: KubeObject): boolean {
  const labels = node.metadata.labels ?? {};
  const exprs = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (!exprs.length && !fields.length) return false;
  return exprs.every((r) => requirementMatches(r, labels[r.key])) && fields.every((r) => requirementMatches(r, r.key === "metadata.name" ? node.metadata.name : undefined));
}

/**
 * Whether a node satisfies a pod's nodeSelector and required node affinity (terms are ORed).
 * Models component-helpers/scheduling/corev1/nodeaffinity.
 */
export function matchesNodeSelectorAndAffinity(pod: KubeObject, node: KubeObject): boolean {
  const labels = node.metadata.labels ?? {};
  if (!Object.entries((pod.spec?.nodeSelector ?? {}) as Record<string, string>).every(([k, v]) => labels[k] === v)) return false;
  const terms: Term[] | undefined = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  if (!terms) return true;
  return terms.some((t) => termMatches(t, node));
}
