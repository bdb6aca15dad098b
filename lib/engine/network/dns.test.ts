import { describe, expect, it } from "vitest";
import { ManualClock } from "../clock";
import { Rand } from "../rand";
import { createCluster } from "../cluster";
import { answer, clusterCorefile } from "./dns";
import { candidates, podResolvConf, renderResolvConf, resolveHost } from "./resolv";
import { connect, sourceOfPod } from "./connect";
import { parseCorefile } from "./corefile";

function world() {
  const env = createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9, 0, 0)), rand: new Rand(3) });
  const api = env.adminClient();
  api.create({ apiVersion: "v1", kind: "Namespace", metadata: { name: "prod" } });
  api.create({ apiVersion: "v1", kind: "Pod", metadata: { name: "web", namespace: "prod", labels: { app: "web" } }, spec: { hostname: "web-0", subdomain: "web-h", containers: [{ name: "web", image: "nginx" }] } });
  api.create({ apiVersion: "v1", kind: "Pod", metadata: { name: "client", namespace: "prod" }, spec: { containers: [{ name: "c", image: "busybox", command: ["sleep", "3600"] }] } });
  api.create({ apiVersion: "v1", kind: "Service", metadata: { name: "web", namespace: "prod" }, spec: { selector: { app: "web" }, ports: [{ port: 80 }] } });
  api.create({ apiVersion: "v1", kind: "Service", metadata: { name: "web-h", namespace: "prod" }, spec: { clusterIP: "None", selector: { app: "web" }, ports: [{ port: 80 }] } });
  env.advance(10_000);
  return { env, api };
}

describe("cluster DNS", () => {
  const { env, api } = world();
  const view = env.netView();
  const corefile = clusterCorefile(view);
  const webIp = api.get("pods", "web", "prod").status.podIP as string;
  const svcIp = api.get("services", "web", "prod").spec.clusterIP as string;
  const table: [string, "A" | "PTR", string, string[]][] = [
    ["web.prod.svc.cluster.local", "A", "NOERROR", [svcIp]],
    ["WEB.prod.svc.cluster.local.", "A", "NOERROR", [svcIp]],
    ["web-h.prod.svc.cluster.local", "A", "NOERROR", [webIp]],
    ["web-0.web-h.prod.svc.cluster.local", "A", "NOERROR", [webIp]],
    [`${webIp.replaceAll(".", "-")}.prod.pod.cluster.local`, "A", "NOERROR", [webIp]],
    ["1-2-3-4.prod.pod.cluster.local", "A", "NOERROR", ["1.2.3.4"]],
    ["web.other.svc.cluster.local", "A", "NXDOMAIN", []],
    ["web.prod.cluster.local", "A", "NXDOMAIN", []],
    ["web.prod", "A", "NXDOMAIN", []],
    ["kubernetes.default.svc.cluster.local", "A", "NOERROR", ["10.96.0.1"]],
    ["10.0.96.10.in-addr.arpa", "PTR", "NOERROR", ["kube-dns.kube-system.svc.cluster.local"]],
  ];
  for (const [name, type, rcode, answers] of table) {
    it(`${type} ${name}`, () => expect(answer(view, corefile, name, type)).toEqual({ rcode, answers }));
  }

  it("pods verified / disabled", () => {
    expect(answer(view, parseCorefile(".:53 {\n kubernetes cluster.local {\n  pods verified\n }\n}\n"), "1-2-3-4.prod.pod.cluster.local", "A").rcode).toBe("NXDOMAIN");
    expect(answer(view, parseCorefile(".:53 {\n kubernetes cluster.local\n}\n"), `${webIp.replaceAll(".", "-")}.prod.pod.cluster.local`, "A").rcode).toBe("NXDOMAIN");
  });

  it("writes the pod's resolv.conf and walks the search list", () => {
    const client = api.get("pods", "client", "prod");
    const conf = podResolvConf(client);
    expect(renderResolvConf(conf)).toBe("search prod.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n");
    expect(candidates("web", conf)).toEqual(["web.prod.svc.cluster.local", "web.svc.cluster.local", "web.cluster.local", "web"]);
    expect(candidates("a.b.c.d.e.f", conf)[0]).toBe("a.b.c.d.e.f");
    expect(resolveHost(view, sourceOfPod(view, client), "web", conf)).toEqual({ ip: svcIp, fqdn: "web.prod.svc.cluster.local" });
    expect(resolveHost(view, sourceOfPod(view, client), "kubernetes.default", conf)).toEqual({ ip: "10.96.0.1", fqdn: "kubernetes.default.svc.cluster.local" });
    expect(resolveHost(view, sourceOfPod(view, client), "nope", conf)).toEqual({ error: "nxdomain" });
  });

  it("rejects a broken Corefile", () => {
    expect(parseCorefile(".:53 {\n    errors\n    kubernets cluster.local\n}\n").error).toBe("/etc/coredns/Corefile:3 - Error during parsing: Unknown directive 'kubernets'");
    expect(parseCorefile(".:53 {\n    errors\n").ok).toBe(false);
  });

  it("words plugin setup errors as CoreDNS does", () => {
    const corefile = (forward: string, extra = "") => `.:53 {\n    errors\n    kubernetes cluster.local {\n       pods insecure${extra}\n    }\n    ${forward}\n}\n`;
    const cases: [string, string | undefined][] = [
      [corefile("forward . /etc/resolv.conf"), undefined],
      [corefile("forward . 8.8.8.8 tls://1.1.1.1:853 [::1]:53"), undefined],
      [corefile("forward . 8.8.8.888"), 'plugin/forward: not an IP address or file: "8.8.8.888"'],
      [corefile("forward . dns.google"), 'plugin/forward: not an IP address or file: "dns.google"'],
      [corefile("forward . /etc/resolv.cnf"), 'plugin/forward: not an IP address or file: "/etc/resolv.cnf"'],
      [corefile("forward ."), "plugin/forward: /etc/coredns/Corefile:6 - Error during parsing: Wrong argument count or unexpected line ending after '.'"],
      [corefile("forward . 8.8.8.8 {\n       max_concurent 10\n    }"), "plugin/forward: /etc/coredns/Corefile:7 - Error during parsing: unknown property 'max_concurent'"],
      [corefile("forward . 8.8.8.8\n    forward . 1.1.1.1"), "plugin/forward: this plugin can only be used once per Server Block"],
      [corefile("forward . 8.8.8.8", "\n       upstream"), "plugin/kubernetes: /etc/coredns/Corefile:5 - Error during parsing: unknown property 'upstream'"],
    ];
    for (const [text, error] of cases) expect(parseCorefile(text).error).toBe(error);
  });
});

describe("connections", () => {
  it("service → endpoint, refused on a closed port, timeout when kube-proxy is gone, policy drops", () => {
    const { env, api } = world();
    const client = () => sourceOfPod(env.netView(), api.get("pods", "client", "prod"));
    const svcIp = api.get("services", "web", "prod").spec.clusterIP as string;
    const webIp = api.get("pods", "web", "prod").status.podIP as string;
    expect(connect(env.netView(), client(), svcIp, 80)).toMatchObject({ ok: true, ip: webIp, port: 80 });
    expect(connect(env.netView(), client(), webIp, 81)).toEqual({ ok: false, error: "refused", detail: "pod prod/web listens on 80, not 81" });
    expect(connect(env.netView(), client(), "192.168.9.9", 80)).toMatchObject({ ok: false, error: "timeout" });
    api.create({ apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", metadata: { name: "deny", namespace: "prod" }, spec: { podSelector: {} } });
    expect(connect(env.netView(), client(), svcIp, 80)).toMatchObject({ ok: false, error: "timeout" });
    api.delete("networkpolicies", "deny", "prod");
    const node = api.get("pods", "client", "prod").spec.nodeName;
    for (const p of api.list("pods", "kube-system").items.filter((p) => p.metadata.labels?.["k8s-app"] === "kube-proxy" && p.spec.nodeName === node)) api.delete("pods", p.metadata.name!, "kube-system");
    expect(connect(env.netView(), client(), svcIp, 80)).toMatchObject({ ok: false, error: "timeout", detail: `service prod/web is not reachable: no kube-proxy runs on ${node}` });
    expect(connect(env.netView(), client(), webIp, 80)).toMatchObject({ ok: true });
  });

  it("a broken Corefile: running CoreDNS keeps serving, restarted CoreDNS crash-loops and DNS times out", () => {
    const { env, api } = world();
    const cm = api.get("configmaps", "coredns", "kube-system");
    api.update({ ...cm, data: { Corefile: ".:53 {\n    kubernets cluster.local\n}\n" } });
    env.advance(3000);
    const resolve = () => {
      const view = env.netView();
      const client = api.get("pods", "client", "prod");
      return resolveHost(view, sourceOfPod(view, client), "web", podResolvConf(client));
    };
    expect(resolve()).toMatchObject({ fqdn: "web.prod.svc.cluster.local" });
    for (const p of api.list("pods", "kube-system").items.filter((p) => p.metadata.labels?.["k8s-app"] === "kube-dns")) api.delete("pods", p.metadata.name!, "kube-system");
    env.advance(30_000);
    const pods = api.list("pods", "kube-system").items.filter((p) => p.metadata.labels?.["k8s-app"] === "kube-dns");
    expect(pods.map((p) => p.status.containerStatuses[0].state.waiting?.reason ?? Object.keys(p.status.containerStatuses[0].state)[0])).toEqual(["CrashLoopBackOff", "CrashLoopBackOff"]);
    expect(api.logs(pods[0].metadata.name!, "kube-system", {})).toBe("/etc/coredns/Corefile:2 - Error during parsing: Unknown directive 'kubernets'\n");
    expect(resolve()).toMatchObject({ error: "timeout" });
  });
});
