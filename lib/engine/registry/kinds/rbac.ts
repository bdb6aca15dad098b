import type { KubeObject } from "../../api/types";
import type { FieldCause } from "../../api/errors";
import { stdVerbs, type KindStrategy } from "../strategy";

/** Role, ClusterRole, RoleBinding, ClusterRoleBinding. Models pkg/apis/rbac/validation/validation.go. */

const GROUP = "rbac.authorization.k8s.io";
const required = (field: string): FieldCause => ({ field, reason: "FieldValueRequired", message: "Required value" });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Rule = Record<string, any>;

function validateRules(obj: KubeObject, clusterScoped: boolean): FieldCause[] {
  const causes: FieldCause[] = [];
  ((obj.rules ?? []) as Rule[]).forEach((r, i) => {
    const at = `rules[${i}]`;
    if (!r.verbs?.length) causes.push(required(`${at}.verbs`));
    const urls = r.nonResourceURLs?.length ?? 0;
    if (urls && !clusterScoped) causes.push({ field: `${at}.nonResourceURLs`, reason: "FieldValueInvalid", message: "Invalid value: []string{" + (r.nonResourceURLs as string[]).map((u) => `"${u}"`).join(", ") + "}: namespaced rules cannot apply to non-resource URLs" });
    if (urls && (r.apiGroups?.length || r.resources?.length)) causes.push({ field: `${at}.nonResourceURLs`, reason: "FieldValueInvalid", message: "Invalid value: []string{" + (r.nonResourceURLs as string[]).map((u) => `"${u}"`).join(", ") + "}: rules cannot apply to both regular resources and non-resource URLs" });
    if (!urls) {
      if (!r.apiGroups?.length) causes.push({ field: `${at}.apiGroups`, reason: "FieldValueRequired", message: "Required value: resource rules must supply at least one api group" });
      if (!r.resources?.length) causes.push({ field: `${at}.resources`, reason: "FieldValueRequired", message: "Required value: resource rules must supply at least one resource" });
    }
  });
  return causes;
}

function validateBinding(obj: KubeObject, namespaced: boolean): FieldCause[] {
  const causes: FieldCause[] = [];
  const ref: Rule = (obj.roleRef as Rule) ?? {};
  if (ref.apiGroup !== GROUP) causes.push({ field: "roleRef.apiGroup", reason: "FieldValueNotSupported", message: `Unsupported value: "${ref.apiGroup ?? ""}": supported values: "${GROUP}"` });
  const kinds = namespaced ? ["Role", "ClusterRole"] : ["ClusterRole"];
  if (!kinds.includes(ref.kind)) causes.push({ field: "roleRef.kind", reason: "FieldValueNotSupported", message: `Unsupported value: "${ref.kind ?? ""}": supported values: ${kinds.map((k) => `"${k}"`).join(", ")}` });
  if (!ref.name) causes.push(required("roleRef.name"));
  ((obj.subjects ?? []) as Rule[]).forEach((s, i) => {
    const at = `subjects[${i}]`;
    if (!s.name) causes.push(required(`${at}.name`));
    if (!["User", "Group", "ServiceAccount"].includes(s.kind)) causes.push({ field: `${at}.kind`, reason: "FieldValueNotSupported", message: `Unsupported value: "${s.kind ?? ""}": supported values: "ServiceAccount", "User", "Group"` });
    else if (s.kind === "ServiceAccount") {
      if (s.apiGroup) causes.push({ field: `${at}.apiGroup`, reason: "FieldValueNotSupported", message: `Unsupported value: "${s.apiGroup}": supported values: ""` });
      if (!namespaced && !s.namespace) causes.push(required(`${at}.namespace`));
    } else if (s.apiGroup !== GROUP) causes.push({ field: `${at}.apiGroup`, reason: "FieldValueNotSupported", message: `Unsupported value: "${s.apiGroup ?? ""}": supported values: "${GROUP}"` });
  });
  return causes;
}

const goRoleRef = (r: Rule) => `rbac.RoleRef{APIGroup:"${r?.apiGroup ?? ""}", Kind:"${r?.kind ?? ""}", Name:"${r?.name ?? ""}"}`;

function roleRefImmutable(obj: KubeObject, old: KubeObject): FieldCause[] {
  return JSON.stringify(obj.roleRef) === JSON.stringify(old.roleRef) ? [] : [{ field: "roleRef", reason: "FieldValueInvalid", message: `Invalid value: ${goRoleRef(obj.roleRef as Rule)}: cannot change roleRef` }];
}

const info = (resource: string, kind: string, namespaced: boolean) => ({ resource, singular: resource.slice(0, -1), kind, group: GROUP, version: "v1", namespaced, shortNames: [], verbs: stdVerbs });
/** kube-apiserver keeps RBAC objects at /registry/<resource>/… (no group segment). */

export const roleStrategy: KindStrategy = {
  storageSegment: "roles",
  info: info("roles", "Role", true),
  validate: (obj) => validateRules(obj, false),
};

export const clusterRoleStrategy: KindStrategy = {
  storageSegment: "clusterroles",
  info: info("clusterroles", "ClusterRole", false),
  validate: (obj) => validateRules(obj, true),
};

export const roleBindingStrategy: KindStrategy = {
  storageSegment: "rolebindings",
  info: info("rolebindings", "RoleBinding", true),
  defaults(obj) {
    for (const s of (obj.subjects as Rule[]) ?? []) if (s.kind === "ServiceAccount") s.namespace ??= obj.metadata.namespace;
  },
  validate: (obj) => validateBinding(obj, true),
  validateUpdate: roleRefImmutable,
};

export const clusterRoleBindingStrategy: KindStrategy = {
  storageSegment: "clusterrolebindings",
  info: info("clusterrolebindings", "ClusterRoleBinding", false),
  validate: (obj) => validateBinding(obj, false),
  validateUpdate: roleRefImmutable,
};
