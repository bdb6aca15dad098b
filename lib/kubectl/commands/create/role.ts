import { PlainError, type Kubectl } from "../../context";
import { generator, helpText, meta } from "./generator";

const RBAC = "rbac.authorization.k8s.io";
const VERBS = ["*", "get", "list", "watch", "create", "update", "patch", "delete", "deletecollection", "use", "bind", "escalate", "impersonate"];

/** Policy rules from --verb/--resource/--resource-name, one rule per API group (groups sorted). */
function rules(k: Kubectl): Record<string, unknown>[] | string {
  const verbs = k.list("verb");
  if (!verbs.length) return "at least one verb must be specified";
  for (const v of verbs) if (!VERBS.includes(v)) k.err(`Warning: '${v}' is not a standard resource verb\n`);
  const byGroup = new Map<string, string[]>();
  for (const r of k.list("resource")) {
    const [typ, sub] = r.split("/");
    if (typ === "*") {
      byGroup.set("", [...(byGroup.get("") ?? []), sub ? `*/${sub}` : "*"]);
      continue;
    }
    k.discoveryRetries = 2;
    const info = k.client().resolve(typ);
    if (!info) throw new RoleError(`the server doesn't have a resource type "${typ}"`);
    byGroup.set(info.group, [...(byGroup.get(info.group) ?? []), sub ? `${info.resource}/${sub}` : info.resource]);
  }
  const names = k.list("resource-name");
  const out: Record<string, unknown>[] = [...byGroup.keys()].sort().map((g) => ({ verbs, apiGroups: [g], resources: byGroup.get(g), ...(names.length ? { resourceNames: names } : {}) }));
  const urls = k.list("non-resource-url");
  if (urls.length) out.push({ verbs, nonResourceURLs: urls });
  if (!out.length) return "at least one resource must be specified";
  return out;
}

/** A server lookup failure that kubectl prints without the `error:` prefix. */
export class RoleError extends PlainError {}

const FLAGS = [
  { name: "verb", type: "slice" as const },
  { name: "resource", type: "slice" as const },
  { name: "resource-name", type: "array" as const },
];

function buildRole(kind: "Role" | "ClusterRole") {
  return (k: Kubectl, name: string) => {
    const r = rules(k);
    if (typeof r === "string") return r;
    return { kind, apiVersion: `${RBAC}/v1`, metadata: meta(k, name, kind === "Role"), rules: r };
  };
}

export const createRole = generator({
  name: "role",
  summary: "Create a role with single rule",
  kind: "Role",
  group: RBAC,
  namespaced: true,
  flags: FLAGS,
  help: helpText("Create a Role allowing the given verbs on the given resources in one namespace.", "kubectl create role NAME --verb=verb --resource=resource.group/subresource [--resource-name=resourcename] [--dry-run=server|client|none] [options]", ["kubectl create role pod-reader --verb=get,list,watch --resource=pods"], [["--verb=[]", "Verbs, comma-separated."], ["--resource=[]", "Resources (resource.group/subresource)."], ["--resource-name=[]", "Restrict to these object names."]]),
  build: buildRole("Role"),
});

export const createClusterRole = generator({
  name: "clusterrole",
  summary: "Create a cluster role",
  kind: "ClusterRole",
  group: RBAC,
  namespaced: false,
  flags: [...FLAGS, { name: "non-resource-url", type: "slice" }, { name: "aggregation-rule", type: "string" }],
  help: helpText("Create a ClusterRole allowing the given verbs on the given resources cluster-wide.", "kubectl create clusterrole NAME --verb=verb --resource=resource.group [--resource-name=resourcename] [--dry-run=server|client|none] [options]", ["kubectl create clusterrole node-reader --verb=get,list --resource=nodes"], [["--verb=[]", "Verbs."], ["--resource=[]", "Resources."], ["--non-resource-url=[]", "Non-resource URLs such as /healthz."]]),
  build: buildRole("ClusterRole"),
});
