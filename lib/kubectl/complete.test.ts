import { describe, expect, it } from "vitest";
import { ManualClock } from "../engine/clock";
import { Rand } from "../engine/rand";
import { createCluster } from "../engine/cluster";
import { completeKubectl } from "./complete";

describe("completeKubectl", () => {
  const env = createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1)), rand: new Rand(1) });
  const client = env.dial("https://172.30.1.2:6443", { name: "kubernetes-admin", groups: ["system:masters", "system:authenticated"] });
  const api = { client, namespace: "kube-system" };

  it("completes verbs and nested commands", () => {
    expect(completeKubectl(["de"])).toEqual(["debug", "delete", "describe"]);
    expect(completeKubectl(["rollout", "st"])).toEqual(["status"]);
    expect(completeKubectl(["create", "secret", ""])).toEqual(["docker-registry", "generic", "tls"]);
  });
  it("completes flags of the command", () => {
    expect(completeKubectl(["get", "pods", "--sh"])).toEqual(["--show-kind", "--show-labels"]);
  });
  it("completes resource types and names from the cluster", () => {
    expect(completeKubectl(["get", "dep"], api)).toEqual(["deploy", "deployments"]);
    expect(completeKubectl(["get", "pods", "etcd"], api)).toEqual(["etcd-controlplane"]);
    expect(completeKubectl(["logs", "kube-sch"], api)).toEqual(["kube-scheduler-controlplane"]);
  });
});
