import { describe, expect, it } from "vitest";
import type { KubeObject } from "../api/types";
import { policyAllows, type PolicyContext } from "./policy";

const pod = (ns: string, name: string, ip: string, labels: Record<string, string>, ports: { name: string; containerPort: number }[] = []): KubeObject => ({
  apiVersion: "v1",
  kind: "Pod",
  metadata: { name, namespace: ns, labels },
  spec: { containers: [{ name: "c", image: "nginx", ports }] },
  status: { podIP: ip },
});
const policy = (ns: string, name: string, spec: object): KubeObject => ({ apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", metadata: { name, namespace: ns }, spec });

const web = pod("prod", "web", "192.168.1.10", { app: "web" }, [{ name: "http", containerPort: 80 }]);
const frontend = pod("prod", "frontend", "192.168.1.11", { role: "frontend" });
const other = pod("prod", "other", "192.168.1.12", { role: "other" });
const monitor = pod("ops", "monitor", "192.168.2.10", { app: "monitor" });
const dns = pod("kube-system", "coredns", "192.168.0.2", { "k8s-app": "kube-dns" });
const namespaceLabels = new Map<string, Record<string, string>>([
  ["prod", { "kubernetes.io/metadata.name": "prod" }],
  ["ops", { "kubernetes.io/metadata.name": "ops", team: "ops" }],
  ["kube-system", { "kubernetes.io/metadata.name": "kube-system" }],
]);

const denyAll = policy("prod", "deny", { podSelector: {}, policyTypes: ["Ingress", "Egress"] });
const allowFrontend = policy("prod", "allow-frontend", { podSelector: { matchLabels: { app: "web" } }, policyTypes: ["Ingress"], ingress: [{ from: [{ podSelector: { matchLabels: { role: "frontend" } } }], ports: [{ protocol: "TCP", port: 80 }] }] });
const allowDns = policy("prod", "allow-dns", { podSelector: {}, policyTypes: ["Egress"], egress: [{ ports: [{ protocol: "UDP", port: 53 }, { protocol: "TCP", port: 53 }] }] });
const frontendEgress = policy("prod", "frontend-egress", { podSelector: { matchLabels: { role: "frontend" } }, policyTypes: ["Egress"], egress: [{ to: [{ podSelector: { matchLabels: { app: "web" } } }] }] });
const fromOpsNs = policy("prod", "from-ops", { podSelector: { matchLabels: { app: "web" } }, ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: "ops" } } }], ports: [{ port: "http" }] }] });
const fromCidr = policy("prod", "from-cidr", { podSelector: { matchLabels: { app: "web" } }, ingress: [{ from: [{ ipBlock: { cidr: "192.168.2.0/24", except: ["192.168.2.10/32"] } }] }] });
const nsAndPod = policy("prod", "ns-and-pod", { podSelector: { matchLabels: { app: "web" } }, ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: "ops" } }, podSelector: { matchLabels: { app: "other" } } }] }] });
const rangePorts = policy("prod", "range", { podSelector: { matchLabels: { app: "web" } }, ingress: [{ ports: [{ port: 8000, endPort: 8100 }] }] });

const cases: { name: string; policies: KubeObject[]; src: KubeObject | string; dst: KubeObject | string; port: number; protocol?: "TCP" | "UDP"; allowed: boolean }[] = [
  { name: "no policy: everything flows", policies: [], src: other, dst: web, port: 80, allowed: true },
  { name: "default deny blocks ingress", policies: [denyAll], src: frontend, dst: web, port: 80, allowed: false },
  { name: "default deny blocks egress to another namespace", policies: [denyAll], src: web, dst: monitor, port: 80, allowed: false },
  { name: "deny + allow frontend: frontend egress still denied", policies: [denyAll, allowFrontend], src: frontend, dst: web, port: 80, allowed: false },
  { name: "deny + allow frontend + frontend egress: allowed", policies: [denyAll, allowFrontend, frontendEgress], src: frontend, dst: web, port: 80, allowed: true },
  { name: "allow frontend: wrong port", policies: [allowFrontend], src: frontend, dst: web, port: 8080, allowed: false },
  { name: "allow frontend: other pod denied", policies: [allowFrontend], src: other, dst: web, port: 80, allowed: false },
  { name: "allow frontend: same pod from another namespace denied", policies: [allowFrontend], src: pod("ops", "frontend", "192.168.2.11", { role: "frontend" }), dst: web, port: 80, allowed: false },
  { name: "DNS egress on UDP 53 allowed by allow-dns", policies: [denyAll, allowDns], src: web, dst: dns, port: 53, protocol: "UDP", allowed: true },
  { name: "DNS egress without allow-dns denied", policies: [denyAll], src: web, dst: dns, port: 53, protocol: "UDP", allowed: false },
  { name: "allow-dns does not open TCP 80", policies: [denyAll, allowDns], src: web, dst: dns, port: 80, allowed: false },
  { name: "namespaceSelector + named port", policies: [fromOpsNs], src: monitor, dst: web, port: 80, allowed: true },
  { name: "namespaceSelector: pod in own namespace denied", policies: [fromOpsNs], src: other, dst: web, port: 80, allowed: false },
  { name: "ipBlock allows a node address", policies: [fromCidr], src: "192.168.2.99", dst: web, port: 80, allowed: true },
  { name: "ipBlock except", policies: [fromCidr], src: monitor, dst: web, port: 80, allowed: false },
  { name: "namespace AND pod selector: both must match", policies: [nsAndPod], src: monitor, dst: web, port: 80, allowed: false },
  { name: "namespace AND pod selector: matching pod", policies: [nsAndPod], src: pod("ops", "o", "192.168.2.12", { app: "other" }), dst: web, port: 80, allowed: true },
  { name: "endPort range", policies: [rangePorts], src: other, dst: web, port: 8050, allowed: true },
  { name: "endPort range excludes 80", policies: [rangePorts], src: other, dst: web, port: 80, allowed: false },
  { name: "policy in another namespace does not apply", policies: [policy("ops", "deny", { podSelector: {} })], src: other, dst: web, port: 80, allowed: true },
  { name: "host source ignored by podSelector peers", policies: [allowFrontend], src: "172.30.2.2", dst: web, port: 80, allowed: false },
];

describe("NetworkPolicy evaluation", () => {
  for (const c of cases) {
    it(c.name, () => {
      const ctx: PolicyContext = { policies: c.policies, namespaceLabels };
      const peer = (x: KubeObject | string) => (typeof x === "string" ? { ip: x } : { ip: x.status.podIP, pod: x });
      expect(policyAllows(ctx, peer(c.src), peer(c.dst), c.port, c.protocol ?? "TCP")).toBe(c.allowed);
    });
  }
});
