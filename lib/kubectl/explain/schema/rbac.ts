/** rbac.authorization.k8s.io/v1: Role, ClusterRole and their bindings (Kubernetes v1.32 field set). */
const API = (scope: string) => `
  apiVersion string: Version of the API schema this object uses, such as rbac.authorization.k8s.io/v1.
  kind string: Kind of object this is, in CamelCase. Fixed for each resource type.
  metadata ObjectMeta: Name${scope}, labels, annotations and other metadata of the object.`;

export default `
Role: A Role is a namespaced set of permissions (rules) that a RoleBinding grants to users, groups or service accounts.${API(", namespace")}
  rules []PolicyRule: The permissions the Role grants.
ClusterRole: A ClusterRole is a cluster-wide set of permissions, granted across the cluster by a ClusterRoleBinding or within one namespace by a RoleBinding.
  aggregationRule AggregationRule: Build the rules from other ClusterRoles selected by label; the controller overwrites rules.${API("")}
  rules []PolicyRule: The permissions the ClusterRole grants.
RoleBinding: A RoleBinding grants the permissions of a Role, or of a ClusterRole limited to this namespace, to a list of subjects.${API(", namespace")}
  roleRef! RoleRef: The Role or ClusterRole granted. Cannot be changed; delete and recreate the binding instead.
  subjects []Subject: Users, groups and service accounts that receive the permissions.
ClusterRoleBinding: A ClusterRoleBinding grants the permissions of a ClusterRole in every namespace and on cluster-scoped resources.${API("")}
  roleRef! RoleRef: The ClusterRole granted. Cannot be changed; delete and recreate the binding instead.
  subjects []Subject: Users, groups and service accounts that receive the permissions.
PolicyRule: One permission: verbs allowed on resources (or on non-resource URLs).
  apiGroups []string: API groups of the resources; "" is the core group and "*" all groups.
  nonResourceURLs []string: URL paths such as /healthz, for ClusterRoles only; "*" may end a path.
  resourceNames []string: Restrict the rule to objects with these names.
  resources []string: Resources the rule covers, such as pods or deployments/scale; "*" means all.
  verbs! []string: Allowed verbs, such as get, list, watch, create, update, patch, delete; "*" means all.
AggregationRule: Selects ClusterRoles whose rules are merged into an aggregated ClusterRole.
  clusterRoleSelectors []LabelSelector: Label selectors; ClusterRoles matching any of them are included.
RoleRef: The role a binding grants.
  apiGroup! string: API group of the role: rbac.authorization.k8s.io.
  kind string: Role or ClusterRole.
  name! string: Name of the role.
Subject: Who a binding grants permissions to.
  apiGroup string: "" for ServiceAccount, rbac.authorization.k8s.io for User and Group.
  kind string: User, Group or ServiceAccount.
  name! string: Name of the user, group or service account.
  namespace string: Namespace of a ServiceAccount; empty for users and groups.
`;
