import type { KubeObject } from "../api/types";
import { rfc3339 } from "../clock";
import { seededBytes } from "../pki/issue";
import { storageKey, strategyForKind } from "../registry/registry";
import type { ApiServer } from "./apiserver";
import type { PolicyRule } from "./rbac-authorizer";

/**
 * The RBAC objects a kubeadm v1.32 cluster starts with: kube-apiserver's bootstrap policy (models
 * plugin/pkg/auth/authorizer/rbac/bootstrappolicy, testdata/cluster-roles.yaml) plus what kubeadm,
 * kube-proxy, CoreDNS and Calico add. admin/edit/view carry an aggregationRule; their rules are
 * filled by the clusterrole-aggregation controller.
 */

const RBAC = "rbac.authorization.k8s.io";
const R = ["get", "list", "watch"];
const W = ["create", "delete", "deletecollection", "patch", "update"];
const RW = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];

const rule = (apiGroups: string[], resources: string[], verbs: string[], resourceNames?: string[]): PolicyRule => ({ apiGroups, resources, ...(resourceNames ? { resourceNames } : {}), verbs });
const urls = (nonResourceURLs: string[], verbs: string[]): PolicyRule => ({ nonResourceURLs, verbs });

const DEFAULTS = { labels: { "kubernetes.io/bootstrapping": "rbac-defaults" }, annotations: { "rbac.authorization.kubernetes.io/autoupdate": "true" } };

interface RoleDef {
  name: string;
  rules: PolicyRule[];
  labels?: Record<string, string>;
  aggregateFrom?: string;
  /** Not part of the apiserver's bootstrap policy (kubeadm, addons): no bootstrapping label. */
  plain?: boolean;
}

const aggregate = (to: string) => ({ [`${RBAC}/aggregate-to-${to}`]: "true" });

const CLUSTER_ROLES: RoleDef[] = [
  { name: "admin", rules: [], aggregateFrom: "admin" },
  { name: "cluster-admin", rules: [rule(["*"], ["*"], ["*"]), urls(["*"], ["*"])] },
  { name: "edit", rules: [], aggregateFrom: "edit", labels: aggregate("admin") },
  { name: "view", rules: [], aggregateFrom: "view", labels: aggregate("edit") },
  { name: "system:aggregate-to-admin", labels: aggregate("admin"), rules: [rule(["authorization.k8s.io"], ["localsubjectaccessreviews"], ["create"]), rule([RBAC], ["rolebindings", "roles"], RW)] },
  {
    name: "system:aggregate-to-edit",
    labels: aggregate("edit"),
    rules: [
      rule([""], ["pods/attach", "pods/exec", "pods/portforward", "pods/proxy", "secrets", "services/proxy"], R),
      rule([""], ["serviceaccounts"], ["impersonate"]),
      rule([""], ["pods", "pods/attach", "pods/exec", "pods/portforward", "pods/proxy"], W),
      rule([""], ["pods/eviction"], ["create"]),
      rule([""], ["configmaps", "events", "persistentvolumeclaims", "replicationcontrollers", "replicationcontrollers/scale", "secrets", "serviceaccounts", "services", "services/proxy"], W),
      rule([""], ["serviceaccounts/token"], ["create"]),
      rule(["apps"], ["daemonsets", "deployments", "deployments/rollback", "deployments/scale", "replicasets", "replicasets/scale", "statefulsets", "statefulsets/scale"], W),
      rule(["autoscaling"], ["horizontalpodautoscalers"], W),
      rule(["batch"], ["cronjobs", "jobs"], W),
      rule(["extensions"], ["daemonsets", "deployments", "deployments/rollback", "deployments/scale", "ingresses", "networkpolicies", "replicasets", "replicasets/scale", "replicationcontrollers/scale"], W),
      rule(["policy"], ["poddisruptionbudgets"], W),
      rule(["networking.k8s.io"], ["ingresses", "networkpolicies"], W),
      rule(["coordination.k8s.io"], ["leases"], RW),
    ],
  },
  {
    name: "system:aggregate-to-view",
    labels: aggregate("view"),
    rules: [
      rule([""], ["configmaps", "endpoints", "persistentvolumeclaims", "persistentvolumeclaims/status", "pods", "replicationcontrollers", "replicationcontrollers/scale", "serviceaccounts", "services", "services/status"], R),
      rule([""], ["bindings", "events", "limitranges", "namespaces/status", "pods/log", "pods/status", "replicationcontrollers/status", "resourcequotas", "resourcequotas/status"], R),
      rule([""], ["namespaces"], R),
      rule(["discovery.k8s.io"], ["endpointslices"], R),
      rule(["apps"], ["controllerrevisions", "daemonsets", "daemonsets/status", "deployments", "deployments/scale", "deployments/status", "replicasets", "replicasets/scale", "replicasets/status", "statefulsets", "statefulsets/scale", "statefulsets/status"], R),
      rule(["autoscaling"], ["horizontalpodautoscalers", "horizontalpodautoscalers/status"], R),
      rule(["batch"], ["cronjobs", "cronjobs/status", "jobs", "jobs/status"], R),
      rule(["extensions"], ["daemonsets", "daemonsets/status", "deployments", "deployments/scale", "deployments/status", "ingresses", "ingresses/status", "networkpolicies", "replicasets", "replicasets/scale", "replicasets/status", "replicationcontrollers/scale"], R),
      rule(["policy"], ["poddisruptionbudgets", "poddisruptionbudgets/status"], R),
      rule(["networking.k8s.io"], ["ingresses", "ingresses/status", "networkpolicies"], R),
    ],
  },
  { name: "system:auth-delegator", rules: [rule(["authentication.k8s.io"], ["tokenreviews"], ["create"]), rule(["authorization.k8s.io"], ["subjectaccessreviews"], ["create"])] },
  { name: "system:basic-user", rules: [rule(["authorization.k8s.io"], ["selfsubjectaccessreviews", "selfsubjectrulesreviews"], ["create"]), rule(["authentication.k8s.io"], ["selfsubjectreviews"], ["create"])] },
  { name: "system:certificates.k8s.io:certificatesigningrequests:nodeclient", rules: [rule(["certificates.k8s.io"], ["certificatesigningrequests/nodeclient"], ["create"])] },
  { name: "system:certificates.k8s.io:certificatesigningrequests:selfnodeclient", rules: [rule(["certificates.k8s.io"], ["certificatesigningrequests/selfnodeclient"], ["create"])] },
  ...["kube-apiserver-client", "kube-apiserver-client-kubelet", "kubelet-serving", "legacy-unknown"].map((s) => ({ name: `system:certificates.k8s.io:${s}-approver`, rules: [rule(["certificates.k8s.io"], ["signers"], ["approve"], [`kubernetes.io/${s}`])] })),
  { name: "system:discovery", rules: [urls(["/api", "/api/*", "/apis", "/apis/*", "/healthz", "/livez", "/openapi", "/openapi/*", "/readyz", "/version", "/version/"], ["get"])] },
  { name: "system:heapster", rules: [rule([""], ["events", "namespaces", "nodes", "pods"], R), rule(["extensions"], ["deployments"], R)] },
  { name: "system:kube-aggregator", rules: [rule([""], ["endpoints", "services"], R)] },
  {
    name: "system:kube-controller-manager",
    rules: [
      rule(["", "events.k8s.io"], ["events"], ["create", "patch", "update"]),
      rule(["coordination.k8s.io"], ["leases"], ["create"]),
      rule(["coordination.k8s.io"], ["leases"], ["get", "update"], ["kube-controller-manager"]),
      rule([""], ["secrets", "serviceaccounts"], ["create"]),
      rule([""], ["secrets"], ["delete"]),
      rule([""], ["configmaps", "namespaces", "secrets", "serviceaccounts"], ["get"]),
      rule([""], ["secrets", "serviceaccounts"], ["update"]),
      rule(["authentication.k8s.io"], ["tokenreviews"], ["create"]),
      rule(["authorization.k8s.io"], ["subjectaccessreviews"], ["create"]),
      rule(["*"], ["*"], ["list", "watch"]),
      rule([""], ["serviceaccounts/token"], ["create"]),
    ],
  },
  { name: "system:kube-dns", rules: [rule([""], ["endpoints", "services"], ["list", "watch"])] },
  {
    name: "system:kube-scheduler",
    rules: [
      rule(["", "events.k8s.io"], ["events"], ["create", "patch", "update"]),
      rule(["coordination.k8s.io"], ["leases"], ["create"]),
      rule(["coordination.k8s.io"], ["leases"], ["get", "update"], ["kube-scheduler"]),
      rule([""], ["nodes"], R),
      rule([""], ["pods"], ["delete", "get", "list", "watch"]),
      rule([""], ["bindings", "pods/binding"], ["create"]),
      rule([""], ["pods/status"], ["patch", "update"]),
      rule([""], ["replicationcontrollers", "services"], R),
      rule(["apps", "extensions"], ["replicasets"], R),
      rule(["apps"], ["statefulsets"], R),
      rule(["policy"], ["poddisruptionbudgets"], R),
      rule([""], ["persistentvolumeclaims", "persistentvolumes"], R),
      rule(["authentication.k8s.io"], ["tokenreviews"], ["create"]),
      rule(["authorization.k8s.io"], ["subjectaccessreviews"], ["create"]),
      rule(["storage.k8s.io"], ["csinodes"], R),
      rule([""], ["namespaces"], R),
      rule(["storage.k8s.io"], ["csidrivers"], R),
      rule(["storage.k8s.io"], ["csistoragecapacities"], R),
    ],
  },
  { name: "system:kubelet-api-admin", rules: [rule([""], ["nodes"], R), rule([""], ["nodes"], ["proxy"]), rule([""], ["nodes/log", "nodes/metrics", "nodes/proxy", "nodes/stats"], ["*"])] },
  { name: "system:monitoring", rules: [urls(["/healthz", "/healthz/*", "/livez", "/livez/*", "/metrics", "/metrics/slis", "/readyz", "/readyz/*"], ["get"])] },
  {
    name: "system:node",
    rules: [
      rule(["authentication.k8s.io"], ["tokenreviews"], ["create"]),
      rule(["authorization.k8s.io"], ["localsubjectaccessreviews", "subjectaccessreviews"], ["create"]),
      rule([""], ["services"], R),
      rule([""], ["nodes"], ["create", "get", "list", "watch"]),
      rule([""], ["nodes/status"], ["patch", "update"]),
      rule([""], ["nodes"], ["patch", "update"]),
      rule([""], ["events"], ["create", "patch", "update"]),
      rule([""], ["pods"], R),
      rule([""], ["pods"], ["create", "delete"]),
      rule([""], ["pods/status"], ["patch", "update"]),
      rule([""], ["pods/eviction"], ["create"]),
      rule([""], ["configmaps", "secrets"], R),
      rule([""], ["persistentvolumeclaims", "persistentvolumes"], ["get"]),
      rule([""], ["endpoints"], ["get"]),
      rule(["certificates.k8s.io"], ["certificatesigningrequests"], ["create", "get", "list", "watch"]),
      rule(["coordination.k8s.io"], ["leases"], ["create", "delete", "get", "patch", "update"]),
      rule(["storage.k8s.io"], ["volumeattachments"], ["get"]),
      rule([""], ["serviceaccounts/token"], ["create"]),
      rule([""], ["persistentvolumeclaims/status"], ["get", "patch", "update"]),
      rule(["storage.k8s.io"], ["csidrivers"], R),
      rule(["storage.k8s.io"], ["csinodes"], ["create", "delete", "get", "patch", "update"]),
      rule(["node.k8s.io"], ["runtimeclasses"], R),
    ],
  },
  { name: "system:node-bootstrapper", rules: [rule(["certificates.k8s.io"], ["certificatesigningrequests"], ["create", "get", "list", "watch"])] },
  { name: "system:node-problem-detector", rules: [rule([""], ["nodes"], ["get"]), rule([""], ["nodes/status"], ["patch"]), rule(["", "events.k8s.io"], ["events"], ["create", "patch", "update"])] },
  { name: "system:node-proxier", rules: [rule([""], ["endpoints", "services"], ["list", "watch"]), rule([""], ["nodes"], R), rule(["", "events.k8s.io"], ["events"], ["create", "patch", "update"]), rule(["discovery.k8s.io"], ["endpointslices"], ["list", "watch"])] },
  { name: "system:persistent-volume-provisioner", rules: [rule([""], ["persistentvolumes"], ["create", "delete", "get", "list", "watch"]), rule([""], ["persistentvolumeclaims"], ["get", "list", "update", "watch"]), rule(["storage.k8s.io"], ["storageclasses"], R), rule([""], ["events"], ["watch"]), rule(["", "events.k8s.io"], ["events"], ["create", "patch", "update"])] },
  { name: "system:public-info-viewer", rules: [urls(["/healthz", "/livez", "/readyz", "/version", "/version/"], ["get"])] },
  { name: "system:service-account-issuer-discovery", rules: [urls(["/.well-known/openid-configuration", "/openid/v1/jwks"], ["get"])] },
  { name: "system:volume-scheduler", rules: [rule([""], ["persistentvolumes"], ["get", "list", "patch", "update", "watch"]), rule(["storage.k8s.io"], ["storageclasses"], R), rule([""], ["persistentvolumeclaims"], ["get", "list", "patch", "update", "watch"])] },
  // kubeadm and addons
  { name: "kubeadm:get-nodes", plain: true, rules: [rule([""], ["nodes"], ["get"])] },
  { name: "system:coredns", plain: true, rules: [rule([""], ["endpoints", "services", "pods", "namespaces"], ["list", "watch"]), rule(["discovery.k8s.io"], ["endpointslices"], ["list", "watch"])] },
  { name: "calico-node", plain: true, rules: [rule([""], ["pods", "nodes", "namespaces"], ["get"]), rule([""], ["endpoints", "services"], R), rule([""], ["nodes/status"], ["patch", "update"]), rule(["crd.projectcalico.org"], ["*"], ["*"])] },
  { name: "calico-kube-controllers", plain: true, rules: [rule([""], ["nodes"], R), rule([""], ["pods"], ["get", "list", "watch"]), rule(["crd.projectcalico.org"], ["*"], ["*"])] },
];

/** kube-controller-manager's per-controller roles (`--use-service-account-credentials`), each bound to its service account. */
const CONTROLLERS: [string, PolicyRule[]][] = [
  ["attachdetach-controller", [rule([""], ["persistentvolumeclaims", "persistentvolumes"], R), rule([""], ["nodes"], ["get", "list", "watch"]), rule([""], ["nodes/status"], ["patch", "update"]), rule(["storage.k8s.io"], ["volumeattachments"], ["create", "delete", "get", "list", "watch"])]],
  ["certificate-controller", [rule(["certificates.k8s.io"], ["certificatesigningrequests"], ["delete", "get", "list", "watch"]), rule(["certificates.k8s.io"], ["certificatesigningrequests/approval", "certificatesigningrequests/status"], ["update"]), rule(["certificates.k8s.io"], ["signers"], ["approve"], ["kubernetes.io/kube-apiserver-client-kubelet", "kubernetes.io/legacy-unknown"])]],
  ["clusterrole-aggregation-controller", [rule([RBAC], ["clusterroles"], ["escalate", "get", "list", "patch", "update", "watch"])]],
  ["cronjob-controller", [rule(["batch"], ["cronjobs"], ["get", "list", "update", "watch"]), rule(["batch"], ["jobs"], ["create", "delete", "get", "list", "patch", "update", "watch"]), rule(["batch"], ["cronjobs/status"], ["update"])]],
  ["daemon-set-controller", [rule(["apps", "extensions"], ["daemonsets"], R), rule(["apps", "extensions"], ["daemonsets/status"], ["update"]), rule([""], ["pods"], ["create", "delete", "list", "patch", "watch"]), rule([""], ["pods/binding"], ["create"])]],
  ["deployment-controller", [rule(["apps", "extensions"], ["deployments"], ["get", "list", "update", "watch"]), rule(["apps", "extensions"], ["deployments/status"], ["update"]), rule(["apps", "extensions"], ["replicasets"], ["create", "delete", "get", "list", "patch", "update", "watch"]), rule([""], ["pods"], ["get", "list", "update", "watch"])]],
  ["disruption-controller", [rule(["apps", "extensions"], ["deployments", "replicasets", "statefulsets"], R), rule(["policy"], ["poddisruptionbudgets"], R), rule(["policy"], ["poddisruptionbudgets/status"], ["update"])]],
  ["endpoint-controller", [rule([""], ["pods", "services"], R), rule([""], ["endpoints"], ["create", "delete", "get", "list", "update"]), rule([""], ["endpoints/restricted"], ["create"])]],
  ["endpointslice-controller", [rule([""], ["nodes", "pods", "services"], R), rule(["discovery.k8s.io"], ["endpointslices"], ["create", "delete", "get", "list", "update"])]],
  ["endpointslicemirroring-controller", [rule([""], ["endpoints", "services"], R), rule(["discovery.k8s.io"], ["endpointslices"], ["create", "delete", "get", "list", "update"])]],
  ["ephemeral-volume-controller", [rule([""], ["pods"], ["get", "list", "watch"]), rule([""], ["pods/finalizers"], ["update"]), rule([""], ["persistentvolumeclaims"], ["create", "get", "list", "watch"])]],
  ["expand-controller", [rule([""], ["persistentvolumes"], ["get", "list", "patch", "update", "watch"]), rule([""], ["persistentvolumeclaims/status"], ["patch", "update"]), rule([""], ["persistentvolumeclaims"], R)]],
  ["generic-garbage-collector", [rule(["*"], ["*"], ["delete", "get", "list", "patch", "update", "watch"])]],
  ["horizontal-pod-autoscaler", [rule(["autoscaling"], ["horizontalpodautoscalers"], R), rule(["autoscaling"], ["horizontalpodautoscalers/status"], ["update"]), rule(["*"], ["*/scale"], ["get", "update"]), rule([""], ["pods"], ["list"]), rule(["metrics.k8s.io"], ["pods"], ["list"])]],
  ["job-controller", [rule(["batch"], ["jobs"], ["get", "list", "patch", "update", "watch"]), rule(["batch"], ["jobs/status"], ["update"]), rule(["batch"], ["jobs/finalizers"], ["update"]), rule([""], ["pods"], ["create", "delete", "list", "patch", "watch"])]],
  ["legacy-service-account-token-cleaner", [rule([""], ["configmaps"], ["get"], ["kube-apiserver-legacy-service-account-token-tracking"]), rule([""], ["secrets"], ["delete", "patch"])]],
  ["namespace-controller", [rule([""], ["namespaces"], ["delete", "get", "list", "watch"]), rule([""], ["namespaces/finalize", "namespaces/status"], ["update"]), rule(["*"], ["*"], ["delete", "deletecollection", "get", "list"])]],
  ["node-controller", [rule([""], ["nodes"], ["delete", "get", "list", "patch", "update"]), rule([""], ["nodes/status"], ["patch", "update"]), rule([""], ["pods/status"], ["patch", "update"]), rule([""], ["pods"], ["delete", "list"])]],
  ["persistent-volume-binder", [rule([""], ["persistentvolumes"], ["create", "delete", "get", "list", "update", "watch"]), rule([""], ["persistentvolumes/status"], ["update"]), rule([""], ["persistentvolumeclaims"], ["get", "list", "update", "watch"]), rule([""], ["persistentvolumeclaims/status"], ["update"]), rule([""], ["pods"], ["create", "delete", "get", "list", "watch"]), rule(["storage.k8s.io"], ["storageclasses"], R)]],
  ["pod-garbage-collector", [rule([""], ["pods"], ["delete", "list", "watch"]), rule([""], ["nodes"], ["get", "list"]), rule([""], ["pods/status"], ["patch"])]],
  ["pv-protection-controller", [rule([""], ["persistentvolumes"], ["get", "list", "update", "watch"])]],
  ["pvc-protection-controller", [rule([""], ["persistentvolumeclaims"], ["get", "list", "update", "watch"]), rule([""], ["pods"], ["get", "list", "watch"])]],
  ["replicaset-controller", [rule(["apps", "extensions"], ["replicasets"], ["get", "list", "update", "watch"]), rule(["apps", "extensions"], ["replicasets/status"], ["update"]), rule(["apps", "extensions"], ["replicasets/finalizers"], ["update"]), rule([""], ["pods"], ["create", "delete", "list", "patch", "watch"])]],
  ["replication-controller", [rule([""], ["replicationcontrollers"], ["get", "list", "update", "watch"]), rule([""], ["replicationcontrollers/status"], ["update"]), rule([""], ["replicationcontrollers/finalizers"], ["update"]), rule([""], ["pods"], ["create", "delete", "list", "patch", "watch"])]],
  ["resourcequota-controller", [rule(["*"], ["*"], ["list", "watch"]), rule([""], ["resourcequotas/status"], ["update"])]],
  ["root-ca-cert-publisher", [rule([""], ["configmaps"], ["create", "update"])]],
  ["route-controller", [rule([""], ["nodes"], ["list", "watch"]), rule([""], ["nodes/status"], ["patch"])]],
  ["service-account-controller", [rule([""], ["serviceaccounts"], ["create"])]],
  ["service-controller", [rule([""], ["services"], R), rule([""], ["services/status"], ["patch", "update"]), rule([""], ["nodes"], ["list", "watch"])]],
  ["statefulset-controller", [rule([""], ["pods"], ["list", "watch"]), rule(["apps"], ["statefulsets"], R), rule(["apps"], ["statefulsets/status"], ["update"]), rule(["apps"], ["statefulsets/finalizers"], ["update"]), rule([""], ["pods"], ["create", "delete", "get", "patch", "update"]), rule(["apps"], ["controllerrevisions"], ["create", "delete", "get", "list", "patch", "update", "watch"]), rule([""], ["persistentvolumeclaims"], ["create", "get"])]],
  ["ttl-after-finished-controller", [rule(["batch"], ["jobs"], ["delete", "get", "list", "watch"])]],
  ["ttl-controller", [rule([""], ["nodes"], ["list", "patch", "update", "watch"])]],
  ["validatingadmissionpolicy-status-controller", [rule(["admissionregistration.k8s.io"], ["validatingadmissionpolicies"], R), rule(["admissionregistration.k8s.io"], ["validatingadmissionpolicies/status"], ["get", "patch", "update"])]],
];

interface Subj {
  kind: "User" | "Group" | "ServiceAccount";
  name: string;
  namespace?: string;
}
const user = (name: string): Subj => ({ kind: "User", name });
const group = (name: string): Subj => ({ kind: "Group", name });
const sa = (namespace: string, name: string): Subj => ({ kind: "ServiceAccount", name, namespace });
const NODE_TOKEN = "system:bootstrappers:kubeadm:default-node-token";

/** [binding name, cluster role, subjects, bootstrap-policy labelled?] */
const CLUSTER_ROLE_BINDINGS: [string, string, Subj[], boolean][] = [
  ["calico-kube-controllers", "calico-kube-controllers", [sa("kube-system", "calico-kube-controllers")], false],
  ["calico-node", "calico-node", [sa("kube-system", "calico-node")], false],
  ["cluster-admin", "cluster-admin", [group("system:masters")], true],
  ["kubeadm:cluster-admins", "cluster-admin", [group("kubeadm:cluster-admins")], false],
  ["kubeadm:get-nodes", "kubeadm:get-nodes", [group(NODE_TOKEN)], false],
  ["kubeadm:kubelet-bootstrap", "system:node-bootstrapper", [group(NODE_TOKEN)], false],
  ["kubeadm:node-autoapprove-bootstrap", "system:certificates.k8s.io:certificatesigningrequests:nodeclient", [group(NODE_TOKEN)], false],
  ["kubeadm:node-autoapprove-certificate-rotation", "system:certificates.k8s.io:certificatesigningrequests:selfnodeclient", [group("system:nodes")], false],
  ["kubeadm:node-proxier", "system:node-proxier", [sa("kube-system", "kube-proxy")], false],
  ["system:basic-user", "system:basic-user", [group("system:authenticated")], true],
  ...CONTROLLERS.map(([c]): [string, string, Subj[], boolean] => [`system:controller:${c}`, `system:controller:${c}`, [sa("kube-system", c)], true]),
  ["system:coredns", "system:coredns", [sa("kube-system", "coredns")], false],
  ["system:discovery", "system:discovery", [group("system:authenticated")], true],
  ["system:kube-controller-manager", "system:kube-controller-manager", [user("system:kube-controller-manager")], true],
  ["system:kube-dns", "system:kube-dns", [sa("kube-system", "kube-dns")], true],
  ["system:kube-scheduler", "system:kube-scheduler", [user("system:kube-scheduler")], true],
  ["system:monitoring", "system:monitoring", [group("system:monitoring")], true],
  ["system:node", "system:node", [], true],
  ["system:node-proxier", "system:node-proxier", [user("system:kube-proxy")], true],
  ["system:public-info-viewer", "system:public-info-viewer", [group("system:authenticated"), group("system:unauthenticated")], true],
  ["system:service-account-issuer-discovery", "system:service-account-issuer-discovery", [group("system:serviceaccounts")], true],
  ["system:volume-scheduler", "system:volume-scheduler", [user("system:kube-scheduler")], true],
];

/** [namespace, role, rules, bound subjects (binding of the same name), bootstrap-policy labelled?] */
const ROLES: [string, string, PolicyRule[], Subj[], boolean][] = [
  ["kube-public", "kubeadm:bootstrap-signer-clusterinfo", [rule([""], ["configmaps"], ["get"], ["cluster-info"])], [user("system:anonymous")], false],
  ["kube-public", "system:controller:bootstrap-signer", [rule([""], ["configmaps"], R), rule([""], ["configmaps"], ["update"], ["cluster-info"]), rule(["", "events.k8s.io"], ["events"], ["create", "patch", "update"])], [sa("kube-system", "bootstrap-signer")], true],
  ["kube-system", "extension-apiserver-authentication-reader", [rule([""], ["configmaps"], R, ["extension-apiserver-authentication"])], [user("system:kube-controller-manager"), user("system:kube-scheduler")], true],
  ["kube-system", "kube-proxy", [rule([""], ["configmaps"], ["get"], ["kube-proxy"])], [group(NODE_TOKEN)], false],
  ["kube-system", "kubeadm:kubelet-config", [rule([""], ["configmaps"], ["get"], ["kubelet-config"])], [group("system:nodes"), group(NODE_TOKEN)], false],
  ["kube-system", "kubeadm:nodes-kubeadm-config", [rule([""], ["configmaps"], ["get"], ["kubeadm-config"])], [group(NODE_TOKEN), group("system:nodes")], false],
  ["kube-system", "system::leader-locking-kube-controller-manager", [rule([""], ["configmaps"], ["watch"]), rule([""], ["configmaps"], ["get", "update"], ["kube-controller-manager"])], [user("system:kube-controller-manager"), sa("kube-system", "kube-controller-manager")], true],
  ["kube-system", "system::leader-locking-kube-scheduler", [rule([""], ["configmaps"], ["watch"]), rule([""], ["configmaps"], ["get", "update"], ["kube-scheduler"])], [user("system:kube-scheduler"), sa("kube-system", "kube-scheduler")], true],
  ["kube-system", "system:controller:bootstrap-signer", [rule([""], ["secrets"], R)], [sa("kube-system", "bootstrap-signer")], true],
  ["kube-system", "system:controller:cloud-provider", [rule([""], ["configmaps"], ["create", "get", "list", "watch"])], [sa("kube-system", "cloud-provider")], true],
  ["kube-system", "system:controller:token-cleaner", [rule([""], ["secrets"], ["delete", "get", "list", "watch"]), rule(["", "events.k8s.io"], ["events"], ["create", "patch", "update"])], [sa("kube-system", "token-cleaner")], true],
];

const subject = (s: Subj) => (s.kind === "ServiceAccount" ? { kind: s.kind, name: s.name, namespace: s.namespace } : { apiGroup: RBAC, kind: s.kind, name: s.name });
const meta = (name: string, labelled: boolean, extraLabels?: Record<string, string>, namespace?: string) => ({
  name,
  ...(namespace ? { namespace } : {}),
  ...(labelled ? { annotations: { ...DEFAULTS.annotations }, labels: { ...DEFAULTS.labels, ...extraLabels } } : extraLabels ? { labels: extraLabels } : {}),
});

/** Every RBAC object of a fresh kubeadm cluster, cluster roles first (for the apiserver to create in order). */
export function bootstrapPolicy(): KubeObject[] {
  const out: KubeObject[] = [];
  const v = `${RBAC}/v1`;
  const roles: RoleDef[] = [...CLUSTER_ROLES, ...CONTROLLERS.map(([c, rules]) => ({ name: `system:controller:${c}`, rules }))];
  for (const r of roles) {
    const o: KubeObject = { apiVersion: v, kind: "ClusterRole", metadata: meta(r.name, !r.plain, r.labels) };
    if (r.aggregateFrom) o.aggregationRule = { clusterRoleSelectors: [{ matchLabels: aggregate(r.aggregateFrom) }] };
    o.rules = r.rules;
    out.push(o);
  }
  for (const [name, role, subjects, labelled] of CLUSTER_ROLE_BINDINGS)
    out.push({ apiVersion: v, kind: "ClusterRoleBinding", metadata: meta(name, labelled), roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: role }, ...(subjects.length ? { subjects: subjects.map(subject) } : {}) });
  for (const [ns, name, rules, subjects, labelled] of ROLES) {
    out.push({ apiVersion: v, kind: "Role", metadata: meta(name, labelled, undefined, ns), rules });
    out.push({ apiVersion: v, kind: "RoleBinding", metadata: meta(name, labelled, undefined, ns), roleRef: { apiGroup: RBAC, kind: "Role", name }, subjects: subjects.map(subject) });
  }
  return out;
}

/** A v4-shaped UID derived from a name (bootstrap objects must not consume the session's Rand). */
function seededUid(seed: string): string {
  const h = seededBytes(`uid:${seed}`, 16).map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${"89ab"[parseInt(h[16], 16) & 3]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Writes the bootstrap policy as kube-apiserver's post-start hook does. Aggregated roles are filled by the caller. */
export function installBootstrapPolicy(api: ApiServer, nowMs: number): void {
  for (const obj of bootstrapPolicy()) {
    const s = strategyForKind(obj.apiVersion, obj.kind)!;
    const key = storageKey(s, obj.metadata.namespace, obj.metadata.name!);
    obj.metadata = { ...obj.metadata, uid: seededUid(key), creationTimestamp: rfc3339(nowMs) };
    api.store.put(key, JSON.stringify(obj));
  }
}
