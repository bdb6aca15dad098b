import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../engine/api/types";
import { describeGeneric, smartLabelFor } from "./generic";

const obj = (o: Record<string, unknown>) => o as unknown as KubeObject;

describe("generic describer (kinds without their own layout)", () => {
  it("prints every field sorted, with smart labels, nested blocks and the events line", () => {
    const lease = obj({
      apiVersion: "coordination.k8s.io/v1",
      kind: "Lease",
      metadata: {
        name: "node01",
        namespace: "kube-node-lease",
        uid: "abc",
        resourceVersion: "42",
        creationTimestamp: "2026-01-01T09:00:00Z",
        ownerReferences: [{ apiVersion: "v1", kind: "Node", name: "node01", uid: "n1" }],
        managedFields: [{ manager: "kubelet" }],
      },
      spec: { holderIdentity: "node01", leaseDurationSeconds: 40, renewTime: "2026-01-01T10:00:00.000000Z" },
    });
    expect(describeGeneric(lease, [], 0)).toBe(
      [
        "Name:         node01",
        "Namespace:    kube-node-lease",
        "Labels:       <none>",
        "Annotations:  <none>",
        "API Version:  coordination.k8s.io/v1",
        "Kind:         Lease",
        "Metadata:",
        "  Creation Timestamp:  2026-01-01T09:00:00Z",
        "  Owner References:",
        "    API Version:     v1",
        "    Kind:            Node",
        "    Name:            node01",
        "    UID:             n1",
        "  Resource Version:  42",
        "  UID:               abc",
        "Spec:",
        "  Holder Identity:         node01",
        "  Lease Duration Seconds:  40",
        "  Renew Time:              2026-01-01T10:00:00.000000Z",
        "Events:                    <none>",
        "",
      ].join("\n"),
    );
  });

  it("keeps keys with other characters verbatim and prints lists of scalars, booleans and nulls the Go way", () => {
    const w = obj({
      apiVersion: "example.com/v1",
      kind: "Widget",
      metadata: { name: "w", namespace: "default" },
      spec: { size2: 3, ports: [80, 443], podIPs: [{ ip: "10.0.0.1" }], nothing: null, enabled: true, baseURL: "http://a", "app.kubernetes.io/name": "x" },
    });
    expect(describeGeneric(w, undefined, 0)).toBe(
      [
        "Name:         w",
        "Namespace:    default",
        "Labels:       <none>",
        "Annotations:  <none>",
        "API Version:  example.com/v1",
        "Kind:         Widget",
        "Metadata:",
        "Spec:",
        "  app.kubernetes.io/name:  x",
        "  Base URL:                http://a",
        "  Enabled:                 true",
        "  Nothing:                 <nil>",
        "  Pod I Ps:",
        "    Ip:  10.0.0.1",
        "  Ports:",
        "    80",
        "    443",
        "  size2:  3",
        "",
      ].join("\n"),
    );
  });

  it("labels camelCase fields like kubectl's smartLabelFor", () => {
    expect(smartLabelFor("apiVersion")).toBe("API Version");
    expect(smartLabelFor("uid")).toBe("UID");
    expect(smartLabelFor("PDFLoader")).toBe("PDF Loader");
    expect(smartLabelFor("revision")).toBe("Revision");
    expect(smartLabelFor("x-forwarded")).toBe("X - Forwarded");
  });
});
