import { describe, expect, it } from "vitest";
import { ManualClock } from "../clock";
import { Rand } from "../rand";
import { createCluster } from "../cluster";

const fresh = () => createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9, 0, 0)), rand: new Rand(1) });
const shape = (o: Record<string, unknown> & { metadata: { labels?: unknown } }) => {
  const { metadata, apiVersion, kind, ...rest } = o;
  return { apiVersion, kind, labels: metadata.labels, ...rest };
};

describe("the kubernetes Service's endpoints (kube-apiserver's endpoint reconciler)", () => {
  it("points the Endpoints and EndpointSlice at the control plane's secure port from the start", () => {
    const c = fresh().adminClient();
    expect(shape(c.get("endpoints", "kubernetes", "default"))).toEqual({
      apiVersion: "v1",
      kind: "Endpoints",
      labels: { "endpointslice.kubernetes.io/skip-mirror": "true" },
      subsets: [{ addresses: [{ ip: "172.30.1.2" }], ports: [{ name: "https", port: 6443, protocol: "TCP" }] }],
    });
    expect(shape(c.get("endpointslices", "kubernetes", "default"))).toEqual({
      apiVersion: "discovery.k8s.io/v1",
      kind: "EndpointSlice",
      labels: { "kubernetes.io/service-name": "kubernetes" },
      addressType: "IPv4",
      endpoints: [{ addresses: ["172.30.1.2"], conditions: { ready: true } }],
      ports: [{ name: "https", port: 6443, protocol: "TCP" }],
    });
  });

  it("recreates deleted objects and resets edited ones while the API server runs", () => {
    const env = fresh();
    const c = env.adminClient();
    c.delete("endpoints", "kubernetes", "default");
    const slice = c.get("endpointslices", "kubernetes", "default");
    c.update({ ...slice, endpoints: [{ addresses: ["10.0.0.9"], conditions: { ready: true } }] });
    env.advance(1_000);
    expect(c.get("endpoints", "kubernetes", "default").subsets).toEqual([{ addresses: [{ ip: "172.30.1.2" }], ports: [{ name: "https", port: 6443, protocol: "TCP" }] }]);
    expect(c.get("endpointslices", "kubernetes", "default").endpoints).toEqual([{ addresses: ["172.30.1.2"], conditions: { ready: true } }]);
  });

  it("leaves them alone while the endpoints controllers run", () => {
    const env = fresh();
    const c = env.adminClient();
    const before = c.get("endpointslices", "kubernetes", "default").metadata.resourceVersion;
    env.advance(60_000);
    expect(c.get("endpointslices", "kubernetes", "default").metadata.resourceVersion).toBe(before);
  });
});
