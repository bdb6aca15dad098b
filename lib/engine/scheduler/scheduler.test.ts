import { describe, expect, it } from "vitest";
import type { KubeObject } from "../api/types";
import { ManualClock } from "../clock";
import { Rand } from "../rand";
import { createCluster } from "../cluster";

const START = Date.UTC(2026, 0, 1, 9, 0, 0);
type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const pod = (name: string, spec: Obj = {}, labels?: Record<string, string>): KubeObject => ({ apiVersion: "v1", kind: "Pod", metadata: { name, labels }, spec: { containers: [{ name: "c", image: "nginx", ...(spec.container ?? {}) }], ...spec, container: undefined } });
const cpu = (c: string) => ({ container: { resources: { requests: { cpu: c } } } });
const term = (key: string, operator: string, values?: string[]) => ({ matchExpressions: [{ key, operator, ...(values ? { values } : {}) }] });
const HOST = "kubernetes.io/hostname";

interface Case {
  name: string;
  /** Node changes before the pods are created. */
  nodes?: (api: ReturnType<ReturnType<typeof createCluster>["adminClient"]>) => void;
  pods: KubeObject[];
  /** pod → node it lands on, or the FailedScheduling message. */
  want: Record<string, string>;
}

const cases: Case[] = [
  { name: "nodeSelector", nodes: (api) => api.patch("nodes", "node02", undefined, "merge", { metadata: { labels: { disk: "ssd" } } }), pods: [pod("a", { nodeSelector: { disk: "ssd" } })], want: { a: "node02" } },
  {
    name: "nothing matches the selector",
    pods: [pod("a", { nodeSelector: { disk: "ssd" } })],
    want: { a: "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling." },
  },
  { name: "toleration of the control-plane taint with nodeName-free affinity", pods: [pod("a", { tolerations: [{ key: "node-role.kubernetes.io/control-plane", operator: "Exists", effect: "NoSchedule" }], affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [term("node-role.kubernetes.io/control-plane", "Exists")] } } } })], want: { a: "controlplane" } },
  { name: "required node affinity NotIn", pods: [pod("a", { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [term(HOST, "NotIn", ["node01"])] } } } })], want: { a: "node02" } },
  { name: "preferred node affinity", pods: [pod("a", { affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 50, preference: term(HOST, "In", ["node02"]) }] } } })], want: { a: "node02" } },
  {
    name: "cordoned and tainted workers",
    nodes: (api) => {
      api.patch("nodes", "node01", undefined, "merge", { spec: { unschedulable: true } });
      api.patch("nodes", "node02", undefined, "merge", { spec: { taints: [{ key: "dedicated", value: "gpu", effect: "NoSchedule" }] } });
    },
    pods: [pod("a")],
    want: { a: "0/3 nodes are available: 1 node(s) had untolerated taint {dedicated: gpu}, 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 1 node(s) were unschedulable. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling." },
  },
  {
    name: "requests bigger than any node",
    pods: [pod("big", cpu("3"))],
    want: { big: "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod." },
  },
  {
    name: "requests add up per node",
    pods: [pod("a", cpu("1500m")), pod("b", cpu("1500m")), pod("c", cpu("1500m"))],
    want: { a: "node01", b: "node02", c: "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod." },
  },
  {
    name: "pod anti-affinity by hostname spreads, then runs out of nodes",
    pods: ["a", "b", "c"].map((n) => pod(n, { affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: "web" } }, topologyKey: HOST }] } } }, { app: "web" })),
    want: { a: "node01", b: "node02", c: "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match pod anti-affinity rules. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod." },
  },
  {
    name: "pod affinity follows the cache pod",
    pods: [pod("cache", { nodeSelector: { [HOST]: "node02" } }, { app: "cache" }), pod("web", { affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: "cache" } }, topologyKey: HOST }] } } })],
    want: { cache: "node02", web: "node02" },
  },
  {
    name: "pod affinity to nothing",
    pods: [pod("web", { affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: "db" } }, topologyKey: HOST }] } } })],
    want: { web: "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match pod affinity rules. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling." },
  },
  {
    name: "topology spread across hostnames",
    pods: ["a", "b", "c"].map((n) => pod(n, { nodeSelector: n === "c" ? undefined : { [HOST]: "node01" }, topologySpreadConstraints: [{ maxSkew: 1, topologyKey: HOST, whenUnsatisfiable: "DoNotSchedule", labelSelector: { matchLabels: { app: "s" } } }] }, { app: "s" })),
    want: { a: "node01", b: "node01", c: "node02" },
  },
];

describe("scheduler", () => {
  for (const c of cases)
    it(c.name, () => {
      const env = createCluster({ clock: new ManualClock(START), rand: new Rand(1) });
      const api = env.adminClient();
      c.nodes?.(api);
      for (const p of c.pods) {
        api.create(p);
        env.advance(1000);
      }
      const got: Record<string, string> = {};
      for (const p of c.pods) {
        const live = api.get("pods", p.metadata.name!, "default");
        got[p.metadata.name!] = live.spec.nodeName ?? live.status.conditions?.find((x: Obj) => x.type === "PodScheduled")?.message ?? "?";
      }
      expect(got).toEqual(c.want);
    });

  it("the preemptor is nominated, the victim terminates, then the preemptor runs there", () => {
    const env = createCluster({ clock: new ManualClock(START), rand: new Rand(1) });
    const api = env.adminClient();
    api.create(pod("low1", cpu("1500m")));
    api.create(pod("low2", cpu("1500m")));
    env.advance(5000);
    // Priority admission resolves the value from the class (a bare spec.priority is refused).
    api.create({ apiVersion: "scheduling.k8s.io/v1", kind: "PriorityClass", metadata: { name: "high" }, value: 1000 });
    api.create(pod("vip", { priorityClassName: "high", ...cpu("1500m") }));
    env.advance(1000);
    expect(api.get("pods", "vip", "default").status.nominatedNodeName).toBe("node01");
    env.advance(3000);
    expect(api.get("pods", "vip", "default").spec.nodeName).toBe("node01");
    expect(api.list("pods", "default").items.map((p) => p.metadata.name)).toEqual(["low2", "vip"]);
    expect(api.list("events", "default").items.find((e) => e.reason === "Preempted")?.message).toMatch(/^Preempted by pod [0-9a-f-]{36} on node node01$/);
  });
});
