import type { KubeObject, UserInfo } from "../api/types";
import type { MvccStore } from "../store/mvcc";

/**
 * The RBAC authorizer (models plugin/pkg/auth/authorizer/rbac/rbac.go), preceded by the privileged
 * group check every kube-apiserver has (system:masters may do anything) and a small Node authorizer
 * (kubelets in system:nodes get the system:node rules). Roles and bindings are indexed once and the
 * index is rebuilt only when an RBAC key in the store changed, so the admin path stays cheap.
 */

export interface PolicyRule {
  verbs: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

export interface Attributes {
  user: UserInfo;
  verb: string;
  /** Plural resource ("" with `path` for a non-resource request). */
  resource: string;
  group: string;
  subresource?: string;
  namespace?: string;
  name?: string;
  /** Non-resource URL such as /healthz. */
  path?: string;
}

export interface Decision {
  allowed: boolean;
  /** Appended to the Forbidden message (`RBAC: role.rbac.authorization.k8s.io "x" not found`). */
  reason: string;
}

interface Subject {
  kind: string;
  name: string;
  namespace?: string;
}

interface Binding {
  namespace?: string;
  subjects: Subject[];
  roleRef: { kind: string; name: string };
}

interface Index {
  clusterRoles: Map<string, PolicyRule[]>;
  roles: Map<string, PolicyRule[]>;
  clusterRoleBindings: Binding[];
  roleBindings: Map<string, Binding[]>;
}

export const RBAC_PREFIXES = ["/registry/clusterroles/", "/registry/roles/", "/registry/clusterrolebindings/", "/registry/rolebindings/"];

/** Whether any key under `prefixes` changed after `revision` (true when the change log cannot tell). */
export function changedSince(store: MvccStore, revision: number, prefixes: string[]): boolean {
  if (store.revision === revision) return false;
  let changes;
  try {
    changes = store.changesSince(revision);
  } catch {
    return true;
  }
  if (!changes.length || changes[0].kv.modRevision !== revision + 1) return true;
  return changes.some((c) => prefixes.some((p) => c.kv.key.startsWith(p)));
}

const has = (list: string[] | undefined, v: string) => !!list && (list.includes(v) || list.includes("*"));

function resourceMatches(rule: PolicyRule, resource: string, subresource?: string): boolean {
  const combined = subresource ? `${resource}/${subresource}` : resource;
  for (const r of rule.resources ?? []) {
    if (r === "*" || r === combined) return true;
    if (subresource && r === `*/${subresource}`) return true;
    if (r.endsWith("/*") && combined.startsWith(r.slice(0, -1))) return true;
  }
  return false;
}

function urlMatches(rule: PolicyRule, path: string): boolean {
  return (rule.nonResourceURLs ?? []).some((u) => u === "*" || u === path || (u.endsWith("*") && path.startsWith(u.slice(0, -1))));
}

export function ruleAllows(rule: PolicyRule, a: Omit<Attributes, "user">): boolean {
  if (!has(rule.verbs, a.verb)) return false;
  if (a.path !== undefined) return urlMatches(rule, a.path);
  if (!has(rule.apiGroups, a.group) || !resourceMatches(rule, a.resource, a.subresource)) return false;
  return !rule.resourceNames?.length || (!!a.name && rule.resourceNames.includes(a.name));
}

function subjectMatches(s: Subject, user: UserInfo, bindingNamespace?: string): boolean {
  if (s.kind === "User") return s.name === user.name;
  if (s.kind === "Group") return user.groups.includes(s.name);
  if (s.kind === "ServiceAccount") return user.name === `system:serviceaccount:${s.namespace || bindingNamespace || ""}:${s.name}`;
  return false;
}

export class RbacAuthorizer {
  private index?: Index;
  private revision = -1;

  constructor(private readonly store: MvccStore) {}

  private load(): Index {
    if (this.index && !changedSince(this.store, this.revision, RBAC_PREFIXES)) {
      this.revision = this.store.revision;
      return this.index;
    }
    const objs = (prefix: string) => this.store.range(prefix).map((kv) => JSON.parse(kv.value) as KubeObject);
    const binding = (o: KubeObject): Binding => ({ namespace: o.metadata.namespace, subjects: (o.subjects as Subject[]) ?? [], roleRef: o.roleRef as Binding["roleRef"] });
    const index: Index = { clusterRoles: new Map(), roles: new Map(), clusterRoleBindings: [], roleBindings: new Map() };
    for (const o of objs(RBAC_PREFIXES[0])) index.clusterRoles.set(o.metadata.name!, (o.rules as PolicyRule[]) ?? []);
    for (const o of objs(RBAC_PREFIXES[1])) index.roles.set(`${o.metadata.namespace}/${o.metadata.name}`, (o.rules as PolicyRule[]) ?? []);
    for (const o of objs(RBAC_PREFIXES[2])) index.clusterRoleBindings.push(binding(o));
    for (const o of objs(RBAC_PREFIXES[3])) {
      const list = index.roleBindings.get(o.metadata.namespace!) ?? [];
      list.push(binding(o));
      index.roleBindings.set(o.metadata.namespace!, list);
    }
    this.index = index;
    this.revision = this.store.revision;
    return index;
  }

  /**
   * Every rule that applies to `user` in `namespace` (cluster-wide ones first), with the errors met
   * on the way (bindings to missing roles), as SelfSubjectRulesReview and the authorizer see them.
   */
  rulesFor(user: UserInfo, namespace?: string): { rules: PolicyRule[]; errors: string[] } {
    const idx = this.load();
    const rules: PolicyRule[] = [];
    const errors: string[] = [];
    const resolve = (b: Binding) => {
      const found = b.roleRef.kind === "ClusterRole" ? idx.clusterRoles.get(b.roleRef.name) : idx.roles.get(`${b.namespace}/${b.roleRef.name}`);
      if (found) rules.push(...found);
      else errors.push(`${b.roleRef.kind === "ClusterRole" ? "clusterrole" : "role"}.rbac.authorization.k8s.io "${b.roleRef.name}" not found`);
    };
    if (user.groups.includes("system:masters")) rules.push({ verbs: ["*"], apiGroups: ["*"], resources: ["*"] }, { verbs: ["*"], nonResourceURLs: ["*"] });
    if (user.groups.includes("system:nodes")) rules.push(...(idx.clusterRoles.get("system:node") ?? []));
    for (const b of idx.clusterRoleBindings) if (b.subjects.some((s) => subjectMatches(s, user))) resolve(b);
    if (namespace) for (const b of idx.roleBindings.get(namespace) ?? []) if (b.subjects.some((s) => subjectMatches(s, user, b.namespace))) resolve(b);
    return { rules, errors };
  }

  authorize(a: Attributes): Decision {
    if (a.user.groups.includes("system:masters")) return { allowed: true, reason: "" };
    const { rules, errors } = this.rulesFor(a.user, a.namespace);
    if (rules.some((r) => ruleAllows(r, a))) return { allowed: true, reason: "" };
    return { allowed: false, reason: errors.length ? `RBAC: ${errors.join(", ")}` : "" };
  }
}

/**
 * The Forbidden message kube-apiserver writes (models endpoints/handlers/responsewriters/errors.go
 * forbiddenMessage and apierrors.NewForbidden).
 */
export function forbiddenMessage(a: Attributes, reason: string): string {
  const who = `User "${a.user.name}"`;
  const tail = reason ? `: ${reason}` : "";
  if (a.path !== undefined) return `forbidden: ${who} cannot ${a.verb} path "${a.path}"${tail}`;
  const gr = a.group ? `${a.resource}.${a.group}` : a.resource;
  const what = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
  const scope = a.namespace ? `in the namespace "${a.namespace}"` : "at the cluster scope";
  const head = a.name ? `${gr} "${a.name}" is forbidden` : `${gr} is forbidden`;
  return `${head}: ${who} cannot ${a.verb} resource "${what}" in API group "${a.group}" ${scope}${tail}`;
}
