import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../engine/api/types";
import { describeRole, describeRoleBinding } from "./rbac";

const meta = (name: string, extra: Record<string, unknown> = {}) => ({ name, uid: `uid-${name}`, creationTimestamp: "2026-01-01T10:00:00Z", ...extra });

describe("describe role / clusterrole", () => {
  it("breaks rules down per resource, merges verbs and sorts rows by the rule's string form", () => {
    const role = {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "Role",
      metadata: meta("pod-reader", { namespace: "dev" }),
      rules: [
        { apiGroups: [""], resources: ["pods", "services"], verbs: ["get", "list", "watch"] },
        { apiGroups: ["apps"], resources: ["deployments/scale"], verbs: ["update"] },
        { apiGroups: [""], resources: ["configmaps"], resourceNames: ["cfg"], verbs: ["get"] },
      ],
    } as unknown as KubeObject;
    expect(describeRole(role)).toBe(
      [
        "Name:         pod-reader",
        "Labels:       <none>",
        "Annotations:  <none>",
        "PolicyRule:",
        "  Resources               Non-Resource URLs  Resource Names  Verbs",
        "  ---------               -----------------  --------------  -----",
        "  pods                    []                 []              [get list watch]",
        "  services                []                 []              [get list watch]",
        "  configmaps              []                 [cfg]           [get]",
        "  deployments.apps/scale  []                 []              [update]",
        "",
      ].join("\n"),
    );
  });

  it("gives each non-resource URL its own row and merges verbs given in separate rules", () => {
    const role = {
      kind: "ClusterRole",
      metadata: meta("ops", { labels: { team: "ops", "kubernetes.io/bootstrapping": "rbac-defaults" } }),
      rules: [
        { nonResourceURLs: ["/version", "/healthz"], verbs: ["get"] },
        { apiGroups: ["*"], resources: ["*"], verbs: ["*"] },
        { apiGroups: ["apps"], resources: ["deployments"], verbs: ["get"] },
        { apiGroups: ["apps"], resources: ["deployments"], verbs: ["list"] },
      ],
    } as unknown as KubeObject;
    expect(describeRole(role)).toBe(
      [
        "Name:         ops",
        "Labels:       kubernetes.io/bootstrapping=rbac-defaults",
        "              team=ops",
        "Annotations:  <none>",
        "PolicyRule:",
        "  Resources         Non-Resource URLs  Resource Names  Verbs",
        "  ---------         -----------------  --------------  -----",
        "  *.*               []                 []              [*]",
        "  deployments.apps  []                 []              [get list]",
        "                    [/healthz]         []              [get]",
        "                    [/version]         []              [get]",
        "",
      ].join("\n"),
    );
  });

  it("prints only the header when there are no rules", () => {
    const role = { kind: "ClusterRole", metadata: meta("empty", { annotations: { owner: "me" } }) } as unknown as KubeObject;
    expect(describeRole(role)).toBe(
      [
        "Name:         empty",
        "Labels:       <none>",
        "Annotations:  owner: me",
        "PolicyRule:",
        "  Resources  Non-Resource URLs  Resource Names  Verbs",
        "  ---------  -----------------  --------------  -----",
        "",
      ].join("\n"),
    );
  });
});

describe("describe rolebinding / clusterrolebinding", () => {
  it("prints the role reference and a subjects table (empty namespace cell for users)", () => {
    const rb = {
      kind: "RoleBinding",
      metadata: meta("jane-pod-reader", { namespace: "dev" }),
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "pod-reader" },
      subjects: [
        { apiGroup: "rbac.authorization.k8s.io", kind: "User", name: "jane" },
        { kind: "ServiceAccount", name: "default", namespace: "dev" },
      ],
    } as unknown as KubeObject;
    expect(describeRoleBinding(rb)).toBe(
      [
        "Name:         jane-pod-reader",
        "Labels:       <none>",
        "Annotations:  <none>",
        "Role:",
        "  Kind:  Role",
        "  Name:  pod-reader",
        "Subjects:",
        "  Kind            Name     Namespace",
        "  ----            ----     ---------",
        "  User            jane     ",
        "  ServiceAccount  default  dev",
        "",
      ].join("\n"),
    );
  });

  it("prints an empty subjects table for a binding without subjects", () => {
    const crb = { kind: "ClusterRoleBinding", metadata: meta("nobody"), roleRef: { kind: "ClusterRole", name: "view" } } as unknown as KubeObject;
    expect(describeRoleBinding(crb)).toBe(
      ["Name:         nobody", "Labels:       <none>", "Annotations:  <none>", "Role:", "  Kind:  ClusterRole", "  Name:  view", "Subjects:", "  Kind  Name  Namespace", "  ----  ----  ---------", ""].join("\n"),
    );
  });
});
