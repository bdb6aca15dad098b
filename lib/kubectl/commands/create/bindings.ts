import type { Kubectl } from "../../context";
import { generator, helpText, meta } from "./generator";

const RBAC = "rbac.authorization.k8s.io";

/** Subjects in kubectl's order: users, groups, then service accounts (`ns:name`). */
function subjects(k: Kubectl): Record<string, string>[] | string {
  const out: Record<string, string>[] = [];
  for (const u of k.list("user")) out.push({ kind: "User", apiGroup: RBAC, name: u });
  for (const g of k.list("group")) out.push({ kind: "Group", apiGroup: RBAC, name: g });
  for (const sa of k.list("serviceaccount")) {
    const parts = sa.split(":");
    if (parts.length !== 2 || !parts[0] || !parts[1]) return "serviceaccount must be <namespace>:<name>";
    out.push({ kind: "ServiceAccount", name: parts[1], namespace: parts[0] });
  }
  return out;
}

const SUBJECT_FLAGS = [
  { name: "user", type: "array" as const },
  { name: "group", type: "array" as const },
  { name: "serviceaccount", type: "array" as const },
];

export const createRoleBinding = generator({
  name: "rolebinding",
  summary: "Create a role binding for a particular role or cluster role",
  kind: "RoleBinding",
  group: RBAC,
  namespaced: true,
  flags: [{ name: "role", type: "string" }, { name: "clusterrole", type: "string" }, ...SUBJECT_FLAGS],
  help: helpText("Bind a Role or ClusterRole to users, groups or service accounts within one namespace.", "kubectl create rolebinding NAME --clusterrole=NAME|--role=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]", ["kubectl create rolebinding dev-view --clusterrole=view --user=jane -n dev"], [["--role=''", "Role to bind."], ["--clusterrole=''", "ClusterRole to bind."], ["--user=[]", "Users."], ["--group=[]", "Groups."], ["--serviceaccount=[]", "namespace:name service accounts."]]),
  build(k, name) {
    const [role, clusterrole] = [k.str("role"), k.str("clusterrole")];
    if (!!role === !!clusterrole) return "exactly one of clusterrole or role must be specified";
    const subs = subjects(k);
    if (typeof subs === "string") return subs;
    return { kind: "RoleBinding", apiVersion: `${RBAC}/v1`, metadata: meta(k, name, true), ...(subs.length ? { subjects: subs } : {}), roleRef: { apiGroup: RBAC, kind: role ? "Role" : "ClusterRole", name: (role ?? clusterrole)! } };
  },
});

export const createClusterRoleBinding = generator({
  name: "clusterrolebinding",
  summary: "Create a cluster role binding for a particular cluster role",
  kind: "ClusterRoleBinding",
  group: RBAC,
  namespaced: false,
  flags: [{ name: "clusterrole", type: "string", required: true }, ...SUBJECT_FLAGS],
  help: helpText("Bind a ClusterRole cluster-wide to users, groups or service accounts.", "kubectl create clusterrolebinding NAME --clusterrole=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]", ["kubectl create clusterrolebinding ops-admin --clusterrole=cluster-admin --group=ops"], [["--clusterrole=''", "ClusterRole to bind."], ["--user=[]", "Users."], ["--group=[]", "Groups."], ["--serviceaccount=[]", "namespace:name service accounts."]]),
  build(k, name) {
    const subs = subjects(k);
    if (typeof subs === "string") return subs;
    return { kind: "ClusterRoleBinding", apiVersion: `${RBAC}/v1`, metadata: meta(k, name, false), ...(subs.length ? { subjects: subs } : {}), roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: k.str("clusterrole")! } };
  },
});
