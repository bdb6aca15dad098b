import { describe, expect, it } from "vitest";
import { ManualClock } from "../clock";
import { Rand } from "../rand";
import { createCluster } from "../cluster";
import { isStatusError } from "../api/errors";
import type { KubeObject } from "../api/types";
import { forbiddenMessage, ruleAllows } from "./rbac-authorizer";

const RBAC = "rbac.authorization.k8s.io/v1";
const env = createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9, 0, 0)), rand: new Rand(1) });
const admin = env.adminClient();
admin.create({ apiVersion: "v1", kind: "Namespace", metadata: { name: "dev" } });
const objects: KubeObject[] = [
  { apiVersion: RBAC, kind: "Role", metadata: { name: "pod-reader", namespace: "dev" }, rules: [{ apiGroups: [""], resources: ["pods", "pods/log"], verbs: ["get", "list"] }] },
  { apiVersion: RBAC, kind: "RoleBinding", metadata: { name: "jane-reads", namespace: "dev" }, roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "pod-reader" }, subjects: [{ apiGroup: "rbac.authorization.k8s.io", kind: "User", name: "jane" }] },
  { apiVersion: RBAC, kind: "RoleBinding", metadata: { name: "ops-edit", namespace: "dev" }, roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "edit" }, subjects: [{ apiGroup: "rbac.authorization.k8s.io", kind: "Group", name: "ops" }] },
  { apiVersion: RBAC, kind: "ClusterRole", metadata: { name: "node-viewer" }, rules: [{ apiGroups: [""], resources: ["nodes"], verbs: ["get", "list"], resourceNames: [] }] },
  { apiVersion: RBAC, kind: "ClusterRoleBinding", metadata: { name: "bot-nodes" }, roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "node-viewer" }, subjects: [{ kind: "ServiceAccount", name: "bot", namespace: "dev" }] },
  { apiVersion: RBAC, kind: "RoleBinding", metadata: { name: "dangling", namespace: "dev" }, roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "missing" }, subjects: [{ apiGroup: "rbac.authorization.k8s.io", kind: "User", name: "sam" }] },
];
for (const o of objects) admin.create(o);

const as = (name: string, groups: string[] = []) => env.adminClient().impersonate({ name, groups });

describe("RBAC authorizer", () => {
  it.each([
    ["jane", [], "get", "pods", "dev", undefined, true],
    ["jane", [], "list", "pods", "default", undefined, false],
    ["jane", [], "delete", "pods", "dev", undefined, false],
    ["jane", [], "get", "pods", "dev", "log", true],
    ["jane", [], "get", "pods", "dev", "exec", false],
    ["bob", ["ops"], "create", "deployments.apps", "dev", undefined, true],
    ["bob", ["ops"], "create", "roles.rbac.authorization.k8s.io", "dev", undefined, false],
    ["bob", ["ops"], "get", "secrets", "dev", undefined, true],
    ["system:serviceaccount:dev:bot", [], "list", "nodes", undefined, undefined, true],
    ["system:serviceaccount:dev:other", [], "list", "nodes", undefined, undefined, false],
    ["kubernetes-admin", ["kubeadm:cluster-admins"], "delete", "nodes", undefined, undefined, true],
    ["anyone", [], "create", "selfsubjectaccessreviews.authorization.k8s.io", undefined, undefined, true],
    ["anyone", [], "get", "/healthz", undefined, undefined, true],
    ["anyone", [], "get", "/metrics", undefined, undefined, false],
  ] as const)("%s %j may %s %s in %s (sub %s): %s", (user, groups, verb, resource, ns, sub, want) => {
    expect(as(user, [...groups]).canI(verb, resource, ns, undefined, sub)).toBe(want);
  });

  it("edit aggregates view: a new aggregate-to-view role reaches view and edit", () => {
    admin.create({ apiVersion: RBAC, kind: "ClusterRole", metadata: { name: "widgets-view", labels: { "rbac.authorization.k8s.io/aggregate-to-view": "true" } }, rules: [{ apiGroups: ["example.com"], resources: ["widgets"], verbs: ["get"] }] });
    env.advance(1000);
    const names = (r: string) => JSON.stringify(admin.get("clusterroles", r).rules);
    expect([names("view").includes("widgets"), names("edit").includes("widgets"), names("admin").includes("widgets")]).toEqual([true, true, true]);
  });

  it.each([
    [{ resource: "pods", group: "", verb: "list", namespace: "default" }, "", 'pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "default"'],
    [{ resource: "pods", group: "", verb: "get", namespace: "dev", name: "web", subresource: "log" }, "", 'pods "web" is forbidden: User "jane" cannot get resource "pods/log" in API group "" in the namespace "dev"'],
    [{ resource: "nodes", group: "", verb: "list" }, "", 'nodes is forbidden: User "jane" cannot list resource "nodes" in API group "" at the cluster scope'],
    [{ resource: "deployments", group: "apps", verb: "create", namespace: "dev" }, 'RBAC: role.rbac.authorization.k8s.io "missing" not found', 'deployments.apps is forbidden: User "jane" cannot create resource "deployments" in API group "apps" in the namespace "dev": RBAC: role.rbac.authorization.k8s.io "missing" not found'],
  ])("forbidden message %#", (attrs, reason, want) => {
    expect(forbiddenMessage({ user: { name: "jane", groups: [] }, ...attrs }, reason)).toBe(want);
  });

  it("a denied call throws Forbidden with the reason of a dangling binding", () => {
    try {
      as("sam").list("pods", "dev");
      expect.unreachable();
    } catch (e) {
      expect(isStatusError(e, "Forbidden") && e.message).toBe('pods is forbidden: User "sam" cannot list resource "pods" in API group "" in the namespace "dev": RBAC: role.rbac.authorization.k8s.io "missing" not found');
    }
  });

  it.each([
    [{ verbs: ["get"], apiGroups: [""], resources: ["pods"], resourceNames: ["a"] }, { verb: "get", resource: "pods", group: "", name: "a" }, true],
    [{ verbs: ["get"], apiGroups: [""], resources: ["pods"], resourceNames: ["a"] }, { verb: "list", resource: "pods", group: "" }, false],
    [{ verbs: ["*"], apiGroups: ["*"], resources: ["*/scale"] }, { verb: "update", resource: "deployments", group: "apps", subresource: "scale" }, true],
    [{ verbs: ["get"], nonResourceURLs: ["/healthz/*"] }, { verb: "get", resource: "", group: "", path: "/healthz/etcd" }, true],
  ])("rule %j allows %j: %s", (rule, attrs, want) => expect(ruleAllows(rule, attrs)).toBe(want));
});
