import type { KubeObject } from "../../engine/api/types";
import { annotationsMultiline, DescribeWriter, labelsMultiline } from "./writer";

// Models describe.go RoleDescriber, ClusterRoleDescriber, RoleBindingDescriber and
// ClusterRoleBindingDescriber, with kubectl's pkg/util/rbac rule breakdown and compaction.

interface PolicyRule {
  verbs?: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

/** Go's %v of a []string: `[a b c]`, `[]` when empty. */
const goList = (xs: string[] | undefined) => `[${(xs ?? []).join(" ")}]`;

/** One rule per (group, resource, verb, resource name) and per (non-resource URL, verb). */
function breakdown(rule: PolicyRule): PolicyRule[] {
  const out: PolicyRule[] = [];
  for (const group of rule.apiGroups ?? [])
    for (const resource of rule.resources ?? [])
      for (const verb of rule.verbs ?? []) {
        if (rule.resourceNames?.length) for (const name of rule.resourceNames) out.push({ apiGroups: [group], resources: [resource], verbs: [verb], resourceNames: [name] });
        else out.push({ apiGroups: [group], resources: [resource], verbs: [verb] });
      }
  for (const url of rule.nonResourceURLs ?? []) for (const verb of rule.verbs ?? []) out.push({ nonResourceURLs: [url], verbs: [verb] });
  return out;
}

/** Merges the verbs of broken-down rules that name the same group, resource and resource name. */
function compact(rules: PolicyRule[]): PolicyRule[] {
  const out: PolicyRule[] = [];
  const simple = new Map<string, PolicyRule>();
  for (const r of rules) {
    if (r.nonResourceURLs?.length) {
      out.push(r);
      continue;
    }
    const key = JSON.stringify([r.apiGroups![0], r.resources![0], r.resourceNames?.[0] ?? null]);
    const seen = simple.get(key);
    if (seen) seen.verbs = [...(seen.verbs ?? []), ...(r.verbs ?? [])];
    else simple.set(key, { ...r, verbs: [...(r.verbs ?? [])] });
  }
  return [...out, ...simple.values()];
}

/** The generated PolicyRule.String() kubectl sorts the rows by (so verbs decide the order first). */
const ruleString = (r: PolicyRule) =>
  `&PolicyRule{Verbs:${goList(r.verbs)},APIGroups:${goList(r.apiGroups)},Resources:${goList(r.resources)},ResourceNames:${goList(r.resourceNames)},NonResourceURLs:${goList(r.nonResourceURLs)},}`;

const byteCompare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `pods`, `deployments.apps`, `deployments.apps/scale`: the Resources column. */
function resourceWithGroup(resources: string[] | undefined, groups: string[] | undefined): string {
  if (!resources?.length) return "";
  const [res, sub] = resources[0].split(/\/(.*)/s);
  let out = res;
  if (groups?.length && groups[0] !== "") out += `.${groups[0]}`;
  if (sub !== undefined) out += `/${sub}`;
  return out;
}

/** The PolicyRule table of `describe role` / `describe clusterrole`. */
export function describeRole(role: KubeObject): string {
  const w = new DescribeWriter();
  const rules = compact(((role.rules ?? []) as PolicyRule[]).flatMap(breakdown))
    .map((r) => ({ r, key: ruleString(r) }))
    .sort((a, b) => byteCompare(a.key, b.key))
    .map(({ r }) => r);
  w.write(0, `Name:\t${role.metadata.name}\n`);
  labelsMultiline(w, 0, "Labels", role.metadata.labels);
  annotationsMultiline(w, 0, role.metadata.annotations);
  w.write(0, "PolicyRule:\n");
  w.write(1, "Resources\tNon-Resource URLs\tResource Names\tVerbs\n");
  w.write(1, "---------\t-----------------\t--------------\t-----\n");
  for (const r of rules) w.write(1, `${resourceWithGroup(r.resources, r.apiGroups)}\t${goList(r.nonResourceURLs)}\t${goList(r.resourceNames)}\t${goList(r.verbs)}\n`);
  return w.toString();
}

/** `describe rolebinding` / `describe clusterrolebinding`: the role reference and the subjects table. */
export function describeRoleBinding(binding: KubeObject): string {
  const w = new DescribeWriter();
  const ref = (binding.roleRef ?? {}) as { kind?: string; name?: string };
  w.write(0, `Name:\t${binding.metadata.name}\n`);
  labelsMultiline(w, 0, "Labels", binding.metadata.labels);
  annotationsMultiline(w, 0, binding.metadata.annotations);
  w.write(0, "Role:\n");
  w.write(1, `Kind:\t${ref.kind ?? ""}\n`);
  w.write(1, `Name:\t${ref.name ?? ""}\n`);
  w.write(0, "Subjects:\n");
  w.write(1, "Kind\tName\tNamespace\n");
  w.write(1, "----\t----\t---------\n");
  for (const s of (binding.subjects ?? []) as { kind?: string; name?: string; namespace?: string }[]) w.write(1, `${s.kind ?? ""}\t${s.name ?? ""}\t${s.namespace ?? ""}\n`);
  return w.toString();
}
