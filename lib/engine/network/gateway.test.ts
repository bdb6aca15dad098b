import { describe, expect, it } from "vitest";
import YAML from "yaml";
import type { KubeObject } from "../api/types";
import { ManualClock } from "../clock";
import { Rand } from "../rand";
import { createCluster } from "../cluster";
import { connect, sourceOfNode } from "./connect";
import { serveHttp } from "./http-server";
import { gatewayApiCrds } from "./gateway-crds";
import { GATEWAY_CONTROLLER } from "./gateway-attach";

const docs = (yaml: string) => YAML.parseAllDocuments(yaml).map((d) => d.toJS() as KubeObject);

const deployment = (ns: string, name: string, image: string, args?: string[]): KubeObject => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name, namespace: ns },
  spec: { replicas: 1, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name, image, ...(args ? { args } : {}) }] } } },
});
/** NGINX Gateway Fabric 1.x's control plane arguments, as its manifests pass them to the image's /usr/bin/gateway entrypoint. */
const NGF_ARGS = ["static-mode", `--gateway-ctlr-name=${GATEWAY_CONTROLLER}`, "--gatewayclass=nginx", "--config=nginx-gateway-config", "--service=nginx-gateway"];
const service = (ns: string, name: string, port: number, targetPort = 80, extra: object = {}): KubeObject => ({ apiVersion: "v1", kind: "Service", metadata: { name, namespace: ns }, spec: { selector: { app: name }, ports: [{ port, targetPort }], ...extra } });

function world() {
  const env = createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9, 0, 0)), rand: new Rand(7) });
  const api = env.adminClient();
  for (const crd of docs(gatewayApiCrds())) api.create(crd);
  for (const ns of ["nginx-gateway", "shop", "other"]) api.create({ apiVersion: "v1", kind: "Namespace", metadata: { name: ns } });
  api.create(deployment("nginx-gateway", "nginx-gateway", "ghcr.io/nginx/nginx-gateway-fabric:1.6.2", NGF_ARGS));
  api.create(service("nginx-gateway", "nginx-gateway", 80, 80, { type: "NodePort", ports: [{ port: 80, targetPort: 80, nodePort: 30080 }] }));
  api.create({ apiVersion: "gateway.networking.k8s.io/v1", kind: "GatewayClass", metadata: { name: "nginx" }, spec: { controllerName: GATEWAY_CONTROLLER } });
  api.create({ apiVersion: "gateway.networking.k8s.io/v1", kind: "Gateway", metadata: { name: "gw", namespace: "shop" }, spec: { gatewayClassName: "nginx", listeners: [{ name: "http", protocol: "HTTP", port: 80 }] } });
  api.create(deployment("shop", "web", "httpd:2.4"));
  api.create(service("shop", "web", 80));
  api.create(deployment("shop", "api", "nginx:1.27"));
  api.create(service("shop", "api", 8080));
  const route = (name: string, ns: string, spec: object) => api.create({ apiVersion: "gateway.networking.k8s.io/v1", kind: "HTTPRoute", metadata: { name, namespace: ns }, spec: { parentRefs: [{ name: "gw", namespace: "shop" }], ...spec } });
  route("shop", "shop", {
    hostnames: ["shop.example.com"],
    rules: [
      { matches: [{ path: { type: "PathPrefix", value: "/api" } }], filters: [{ type: "URLRewrite", urlRewrite: { path: { type: "ReplacePrefixMatch", replacePrefixMatch: "/" } } }], backendRefs: [{ name: "api", port: 8080 }] },
      { matches: [{ path: { type: "Exact", value: "/api/raw" } }], backendRefs: [{ name: "api", port: 8080 }] },
      { backendRefs: [{ name: "web", port: 80 }] },
    ],
  });
  route("split", "shop", { hostnames: ["split.example.com"], rules: [{ backendRefs: [{ name: "web", port: 80, weight: 0 }, { name: "api", port: 8080, weight: 1 }] }] });
  route("missing", "shop", { hostnames: ["missing.example.com"], rules: [{ backendRefs: [{ name: "nope", port: 80 }] }] });
  route("foreign", "other", { hostnames: ["foreign.example.com"], rules: [{ backendRefs: [{ name: "web", port: 80 }] }] });
  env.advance(20_000);
  return { env, api };
}

describe("Gateway API with NGINX Gateway Fabric", () => {
  const { env, api } = world();
  const get = (resource: string, name: string, ns?: string) => api.get(resource, name, ns);
  const cond = (conds: { type: string; status: string; reason: string; message?: string }[] | undefined, type: string) => conds?.find((c) => c.type === type);

  it("accepts the GatewayClass and programs the Gateway with the data plane's address", () => {
    expect(cond(get("gatewayclasses", "nginx").status.conditions, "Accepted")).toMatchObject({ status: "True", reason: "Accepted" });
    const gw = get("gateways", "gw", "shop");
    const pod = api.list("pods", "nginx-gateway").items[0];
    expect(gw.status.addresses).toEqual([{ type: "IPAddress", value: pod.status.podIP }]);
    expect(cond(gw.status.conditions, "Programmed")).toMatchObject({ status: "True", reason: "Programmed" });
    expect(gw.status.listeners[0].attachedRoutes).toBe(3);
  });

  const parents: [string, string, string, string, string][] = [
    ["shop", "shop", "True/Accepted", "True/ResolvedRefs", ""],
    ["missing", "shop", "True/Accepted", "False/BackendNotFound", 'spec.rules[0].backendRefs[0].name: Not found: "nope"'],
    ["foreign", "other", "False/NotAllowedByListeners", "False/BackendNotFound", 'spec.rules[0].backendRefs[0].name: Not found: "web"'],
  ];
  for (const [name, ns, accepted, resolved, message] of parents) {
    it(`reports route ${ns}/${name} as ${accepted}, ${resolved}`, () => {
      const p = get("httproutes", name, ns).status.parents[0];
      expect(p.controllerName).toBe(GATEWAY_CONTROLLER);
      const a = cond(p.conditions, "Accepted")!;
      const r = cond(p.conditions, "ResolvedRefs")!;
      expect(`${a.status}/${a.reason}`).toBe(accepted);
      expect(`${r.status}/${r.reason}`).toBe(resolved);
      if (message) expect(r.message).toBe(message);
    });
  }

  const node = env.netView().nodes[0];
  const fetch = (host: string, path: string) => {
    const view = env.netView();
    const conn = connect(view, sourceOfNode(node), node.ip, 30080);
    if (!conn.ok) throw new Error(`no connection: ${conn.error}`);
    const out = serveHttp(view, conn, { method: "GET", host, path }, env.clock.now());
    if (!("response" in out)) throw new Error("empty reply");
    return `${out.response.status} ${out.response.body.includes("It works!") ? "web" : out.response.body.includes("Welcome to nginx!") ? "api" : (out.response.headers.find(([k]) => k === "Server")?.[1] ?? "")}`;
  };
  const requests: [string, string, string][] = [
    ["shop.example.com", "/", "200 web"],
    ["shop.example.com", "/index.html", "200 web"],
    ["shop.example.com", "/api", "200 api"],
    ["shop.example.com", "/api/", "200 api"],
    ["shop.example.com:30080", "/api/index.html", "200 api"],
    ["shop.example.com", "/apix", "404 Apache/2.4.63 (Unix)"],
    ["shop.example.com", "/api/raw", "404 nginx/1.27.5"],
    ["other.example.com", "/", "404 nginx"],
    ["split.example.com", "/", "200 api"],
    ["missing.example.com", "/", "500 nginx"],
    ["foreign.example.com", "/", "404 nginx"],
  ];
  for (const [host, path, want] of requests) it(`routes ${host}${path} → ${want}`, () => expect(fetch(host, path)).toBe(want));
});

describe("the NGINX Gateway Fabric container", () => {
  const cases: { name: string; args?: string[]; state: string; logs: string }[] = [
    { name: "runs the control plane with its manifest's args", args: NGF_ARGS, state: "running", logs: "" },
    { name: "prints its usage and exits without a subcommand", state: "waiting CrashLoopBackOff", logs: "Usage:\n  gateway [command]\n\nCommands: controller (static-mode before 2.0), provisioner-mode, initialize, generate-certs\n" },
    { name: "fails without the controller name and GatewayClass", args: ["static-mode"], state: "waiting CrashLoopBackOff", logs: 'Error: required flag(s) "gateway-ctlr-name", "gatewayclass" not set\n' },
  ];
  for (const c of cases)
    it(c.name, () => {
      const env = createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9, 0, 0)), rand: new Rand(7) });
      const api = env.adminClient();
      api.create({ apiVersion: "v1", kind: "Namespace", metadata: { name: "nginx-gateway" } });
      api.create(deployment("nginx-gateway", "nginx-gateway", "ghcr.io/nginx/nginx-gateway-fabric:1.6.2", c.args));
      env.advance(60_000);
      const pod = api.list("pods", "nginx-gateway").items[0];
      const cs = pod.status.containerStatuses[0];
      expect(cs.state.running ? "running" : `waiting ${cs.state.waiting?.reason}`).toBe(c.state);
      expect(api.logs(pod.metadata.name!, "nginx-gateway", { previous: !cs.state.running })).toBe(c.logs);
    });
});
