import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../engine/api/types";
import { describeEndpoints, describeEndpointSlice } from "./endpoints";

const obj = (o: Record<string, unknown>) => o as unknown as KubeObject;

describe("describe endpoints", () => {
  it("prints each subset's ready and not-ready addresses and its ports, a blank line after each", () => {
    const ep = obj({
      kind: "Endpoints",
      metadata: { name: "web", namespace: "default", labels: { app: "web" } },
      subsets: [
        { addresses: [{ ip: "10.244.1.2" }, { ip: "10.244.2.3" }], ports: [{ port: 80, protocol: "TCP" }, { name: "metrics", port: 9100, protocol: "TCP" }] },
        { notReadyAddresses: [{ ip: "10.244.1.9" }] },
      ],
    });
    expect(describeEndpoints(ep, [], 0)).toBe(
      [
        "Name:         web",
        "Namespace:    default",
        "Labels:       app=web",
        "Annotations:  <none>",
        "Subsets:",
        "  Addresses:          10.244.1.2,10.244.2.3",
        "  NotReadyAddresses:  <none>",
        "  Ports:",
        "    Name     Port  Protocol",
        "    ----     ----  --------",
        "    <unset>  80    TCP",
        "    metrics  9100  TCP",
        "",
        "  Addresses:          <none>",
        "  NotReadyAddresses:  10.244.1.9",
        "",
        "Events:  <none>",
        "",
      ].join("\n"),
    );
  });

  it("prints an empty Subsets section", () => {
    const ep = obj({ kind: "Endpoints", metadata: { name: "none", namespace: "dev" } });
    expect(describeEndpoints(ep, undefined, 0)).toBe(["Name:         none", "Namespace:    dev", "Labels:       <none>", "Annotations:  <none>", "Subsets:", ""].join("\n"));
  });
});

describe("describe endpointslice", () => {
  it("prints ports and each endpoint's conditions, hostname, target, node and zone", () => {
    const eps = obj({
      kind: "EndpointSlice",
      metadata: { name: "web-x7k2p", namespace: "default", labels: { "kubernetes.io/service-name": "web" } },
      addressType: "IPv4",
      ports: [{ name: "", port: 80, protocol: "TCP" }],
      endpoints: [
        { addresses: ["10.244.1.2"], conditions: { ready: true, serving: true, terminating: false }, targetRef: { kind: "Pod", name: "web-1", namespace: "default" }, nodeName: "node01" },
        { addresses: ["10.244.2.3"], conditions: {}, hostname: "web-2", zone: "z1" },
      ],
    });
    expect(describeEndpointSlice(eps, [], 0)).toBe(
      [
        "Name:         web-x7k2p",
        "Namespace:    default",
        "Labels:       kubernetes.io/service-name=web",
        "Annotations:  <none>",
        "AddressType:  IPv4",
        "Ports:",
        "  Name     Port  Protocol",
        "  ----     ----  --------",
        "  <unset>  80    TCP",
        "Endpoints:",
        "  - Addresses:  10.244.1.2",
        "    Conditions:",
        "      Ready:    true",
        "    Hostname:   <unset>",
        "    TargetRef:  Pod/web-1",
        "    NodeName:   node01",
        "    Zone:       <unset>",
        "  - Addresses:  10.244.2.3",
        "    Conditions:",
        "      Ready:   <unset>",
        "    Hostname:  web-2",
        "    NodeName:  <unset>",
        "    Zone:      z1",
        "Events:        <none>",
        "",
      ].join("\n"),
    );
  });

  it("words a slice without ports or endpoints", () => {
    const eps = obj({ kind: "EndpointSlice", metadata: { name: "empty", namespace: "default" }, addressType: "IPv4" });
    expect(describeEndpointSlice(eps, [], 0)).toBe(
      ["Name:         empty", "Namespace:    default", "Labels:       <none>", "Annotations:  <none>", "AddressType:  IPv4", "Ports: <unset>", "Endpoints: <none>", "Events:  <none>", ""].join("\n"),
    );
  });
});
