import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../engine/api/types";
import { describeNetworkPolicy } from "./networkpolicy";

const np = (name: string, spec: Record<string, unknown>) =>
  ({ apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", metadata: { name, namespace: "default", uid: "u1", creationTimestamp: "2026-01-01T10:00:00Z" }, spec }) as unknown as KubeObject;

const head = (name: string) => [`Name:         ${name}`, "Namespace:    default", "Created on:   2026-01-01 10:00:00 +0000 UTC", "Labels:       <none>", "Annotations:  <none>", "Spec:"];

describe("describe networkpolicy", () => {
  it("prints each peer of an ingress rule and ip blocks with their exceptions", () => {
    const obj = np("test-network-policy", {
      podSelector: { matchLabels: { role: "db" } },
      policyTypes: ["Ingress", "Egress"],
      ingress: [
        {
          from: [{ ipBlock: { cidr: "172.17.0.0/16", except: ["172.17.1.0/24"] } }, { namespaceSelector: { matchLabels: { project: "myproject" } } }, { podSelector: { matchLabels: { role: "frontend" } } }],
          ports: [{ protocol: "TCP", port: 6379 }],
        },
      ],
      egress: [{ to: [{ ipBlock: { cidr: "10.0.0.0/24" } }], ports: [{ protocol: "TCP", port: 5978 }] }],
    });
    expect(describeNetworkPolicy(obj)).toBe(
      [
        ...head("test-network-policy"),
        "  PodSelector:     role=db",
        "  Allowing ingress traffic:",
        "    To Port: 6379/TCP",
        "    From:",
        "      IPBlock:",
        "        CIDR: 172.17.0.0/16",
        "        Except: 172.17.1.0/24",
        "    From:",
        "      NamespaceSelector: project=myproject",
        "    From:",
        "      PodSelector: role=frontend",
        "  Allowing egress traffic:",
        "    To Port: 5978/TCP",
        "    To:",
        "      IPBlock:",
        "        CIDR: 10.0.0.0/24",
        "        Except: ",
        "  Policy Types: Ingress, Egress",
        "",
      ].join("\n"),
    );
  });

  it("words a default-deny policy for every pod", () => {
    const obj = np("default-deny", { podSelector: {}, policyTypes: ["Ingress"] });
    expect(describeNetworkPolicy(obj)).toBe(
      [
        ...head("default-deny"),
        "  PodSelector:     <none> (Allowing the specific traffic to all pods in this namespace)",
        "  Allowing ingress traffic:",
        "    <none> (Selected pods are isolated for ingress connectivity)",
        "  Not affecting egress traffic",
        "  Policy Types: Ingress",
        "",
      ].join("\n"),
    );
  });

  it("separates rules, prints port ranges, named ports and combined namespace+pod selectors", () => {
    const obj = np("mixed", {
      podSelector: { matchExpressions: [{ key: "tier", operator: "NotIn", values: ["db", "cache"] }] },
      policyTypes: ["Ingress", "Egress"],
      ingress: [
        {
          from: [{ namespaceSelector: { matchLabels: { team: "a" } }, podSelector: { matchExpressions: [{ key: "app", operator: "In", values: ["web", "api"] }] } }, { namespaceSelector: {} }],
          ports: [{ port: "http" }, { port: 32000, endPort: 32768, protocol: "UDP" }],
        },
        {},
      ],
    });
    expect(describeNetworkPolicy(obj)).toBe(
      [
        ...head("mixed"),
        "  PodSelector:     tier notin (cache,db)",
        "  Allowing ingress traffic:",
        "    To Port: http/TCP",
        "    To Port Range: 32000-32768/UDP",
        "    From:",
        "      NamespaceSelector: team=a",
        "      PodSelector: app in (api,web)",
        "    From:",
        "      NamespaceSelector: <none>",
        "    ----------",
        "    To Port: <any> (traffic allowed to all ports)",
        "    From: <any> (traffic not restricted by source)",
        "  Allowing egress traffic:",
        "    <none> (Selected pods are isolated for egress connectivity)",
        "  Policy Types: Ingress, Egress",
        "",
      ].join("\n"),
    );
  });
});
