import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../engine/api/types";
import { describeIngress, describeIngressClass, type BackendLookup } from "./ingress";
import { formatEndpointSlices } from "./endpoint-slices";

const obj = (o: Record<string, unknown>) => o as unknown as KubeObject;

const slice = (port: { name: string; port: number }, eps: [string, boolean | undefined][]) =>
  obj({ kind: "EndpointSlice", metadata: { name: "s" }, ports: [{ ...port, protocol: "TCP" }], endpoints: eps.map(([ip, ready]) => ({ addresses: [ip], conditions: ready === undefined ? {} : { ready } })) });

const SERVICES: Record<string, KubeObject> = {
  web: obj({ kind: "Service", metadata: { name: "web" }, spec: { ports: [{ port: 80, targetPort: 8080, protocol: "TCP" }] } }),
  api: obj({ kind: "Service", metadata: { name: "api" }, spec: { ports: [{ name: "http", port: 80, targetPort: 8000, protocol: "TCP" }] } }),
};
const SLICES: Record<string, KubeObject[]> = {
  web: [slice({ name: "", port: 8080 }, [["10.244.1.2", true], ["10.244.2.3", false]])],
  api: [slice({ name: "http", port: 8000 }, [1, 2, 3, 4, 5].map((i) => [`10.244.1.${i}`, true]))],
};
const lookup: BackendLookup = {
  service: (name) => (SERVICES[name] ? { service: SERVICES[name] } : { error: `services "${name}" not found` }),
  slices: (name) => SLICES[name] ?? [],
};

describe("describe ingress", () => {
  it("lays out TLS, the rules table with per-host paths and each backend's endpoints", () => {
    const ing = obj({
      kind: "Ingress",
      metadata: { name: "web", namespace: "default", labels: { app: "web" }, annotations: { "nginx.ingress.kubernetes.io/rewrite-target": "/" } },
      spec: {
        ingressClassName: "nginx",
        tls: [{ hosts: ["foo.com", "bar.com"], secretName: "tls-cert" }, { hosts: ["sni.com"] }],
        rules: [
          {
            host: "foo.com",
            http: {
              paths: [
                { path: "/", pathType: "Prefix", backend: { service: { name: "web", port: { number: 80 } } } },
                { path: "/api", pathType: "Prefix", backend: { service: { name: "api", port: { name: "http" } } } },
              ],
            },
          },
          { host: "nohttp.com" },
          { http: { paths: [{ path: "/missing", pathType: "Exact", backend: { service: { name: "nope", port: { number: 8080 } } } }] } },
        ],
      },
      status: { loadBalancer: { ingress: [{ ip: "192.168.1.10" }, { hostname: "lb.example.com" }, { ip: "192.168.1.10" }] } },
    });
    expect(describeIngress(ing, [], 0, lookup)).toBe(
      [
        "Name:             web",
        "Labels:           app=web",
        "Namespace:        default",
        "Address:          192.168.1.10,lb.example.com",
        "Ingress Class:    nginx",
        "Default backend:  <default>",
        "TLS:",
        "  tls-cert terminates foo.com,bar.com",
        "  SNI routes sni.com",
        "Rules:",
        "  Host        Path  Backends",
        "  ----        ----  --------",
        "  foo.com     ",
        "              /      web:80 (10.244.1.2:8080)",
        "              /api   api:http (10.244.1.1:8000,10.244.1.2:8000,10.244.1.3:8000 + 2 more...)",
        "  *           ",
        '              /missing   nope:8080 (<error: services "nope" not found>)',
        "Annotations:  nginx.ingress.kubernetes.io/rewrite-target: /",
        "Events:       <none>",
        "",
      ].join("\n"),
    );
  });

  it("shows the default backend in the rules table when no rule has paths", () => {
    const ing = obj({
      kind: "Ingress",
      metadata: { name: "static", namespace: "default" },
      spec: { defaultBackend: { resource: { apiGroup: "k8s.example.com", kind: "StorageBucket", name: "static-assets" } } },
    });
    expect(describeIngress(ing, undefined, 0, lookup)).toBe(
      [
        "Name:             static",
        "Labels:           <none>",
        "Namespace:        default",
        "Address:          ",
        "Ingress Class:    <none>",
        "Default backend:  APIGroup: k8s.example.com, Kind: StorageBucket, Name: static-assets",
        "Rules:",
        "  Host        Path  Backends",
        "  ----        ----  --------",
        "  *           *     APIGroup: k8s.example.com, Kind: StorageBucket, Name: static-assets",
        "Annotations:  <none>",
        "",
      ].join("\n"),
    );
  });

  it("describes a service default backend with its endpoints", () => {
    const ing = obj({ kind: "Ingress", metadata: { name: "d", namespace: "default" }, spec: { defaultBackend: { service: { name: "web", port: { number: 80 } } } } });
    expect(describeIngress(ing, undefined, 0, lookup).split("\n")[5]).toBe("Default backend:  web:80 (10.244.1.2:8080)");
  });
});

describe("formatEndpointSlices", () => {
  it("is <none> without slices, skips not-ready endpoints and lists headless addresses without ports", () => {
    expect(formatEndpointSlices([], "")).toBe("<none>");
    expect(formatEndpointSlices(SLICES.web, "other")).toBe("");
    const headless = obj({ endpoints: [{ addresses: ["10.0.0.1"] }, { addresses: ["fd00::1"], conditions: { ready: true } }] });
    expect(formatEndpointSlices([headless], "")).toBe("10.0.0.1,fd00::1");
    expect(formatEndpointSlices([slice({ name: "", port: 80 }, [["fd00::2", true]])], "")).toBe("[fd00::2]:80");
  });
});

describe("describe ingressclass", () => {
  it("prints the controller and the parameters reference", () => {
    const ic = obj({
      kind: "IngressClass",
      metadata: { name: "nginx", labels: { "app.kubernetes.io/component": "controller" }, annotations: { "ingressclass.kubernetes.io/is-default-class": "true" } },
      spec: { controller: "k8s.io/ingress-nginx", parameters: { apiGroup: "k8s.example.com", kind: "IngressParameters", name: "external-lb", scope: "Cluster" } },
    });
    expect(describeIngressClass(ic, [], 0)).toBe(
      [
        "Name:         nginx",
        "Labels:       app.kubernetes.io/component=controller",
        "Annotations:  ingressclass.kubernetes.io/is-default-class: true",
        "Controller:   k8s.io/ingress-nginx",
        "Parameters:",
        "  APIGroup:  k8s.example.com",
        "  Kind:      IngressParameters",
        "  Name:      external-lb",
        "Events:      <none>",
        "",
      ].join("\n"),
    );
  });
});
