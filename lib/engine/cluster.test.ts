import { describe, expect, it } from "vitest";
import { ManualClock } from "./clock";
import { Rand } from "./rand";
import { createCluster, restoreCluster } from "./cluster";
import { ConnectionError } from "./environment";
import { isStatusError } from "./api/errors";

const START = Date.UTC(2026, 0, 1, 9, 0, 0);
const fresh = (seed = 1) => createCluster({ clock: new ManualClock(START), rand: new Rand(seed) });
const admin = { name: "kubernetes-admin", groups: ["system:masters"] };

describe("a default cluster", () => {
  it("has the kubeadm nodes, namespaces and kube-system pods", () => {
    const env = fresh();
    const c = env.adminClient();
    expect(c.list("nodes").items.map((n) => n.metadata.name)).toEqual(["controlplane", "node01", "node02"]);
    expect(c.list("namespaces").items.map((n) => n.metadata.name)).toEqual(["default", "kube-node-lease", "kube-public", "kube-system"]);
    const pods = c.list("pods", "kube-system").items;
    expect(pods.map((p) => p.metadata.name).filter((n) => n!.endsWith("-controlplane"))).toEqual(["etcd-controlplane", "kube-apiserver-controlplane", "kube-controller-manager-controlplane", "kube-scheduler-controlplane"]);
    expect(pods.every((p) => p.status.phase === "Running")).toBe(true);
    expect(env.host("controlplane")!.fs.readFile("/etc/kubernetes/manifests/etcd.yaml")).toContain("--data-dir=/var/lib/etcd");
  });

  it("stores objects under the keys etcdctl shows", () => {
    const env = fresh();
    const keys = env.clusters.get("kubernetes")!.store.range("/registry/").map((kv) => kv.key);
    expect(keys).toContain("/registry/minions/node01");
    expect(keys).toContain("/registry/namespaces/kube-system");
    expect(keys).toContain("/registry/services/specs/default/kubernetes");
    expect(keys).toContain("/registry/pods/kube-system/etcd-controlplane");
  });

  it("schedules a pod to a worker and runs it after the image is pulled", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create({ apiVersion: "v1", kind: "Pod", metadata: { name: "web" }, spec: { containers: [{ name: "web", image: "nginx" }] } });
    env.advance(1000);
    const creating = c.get("pods", "web", "default");
    expect(creating.spec.nodeName).toBe("node01");
    expect(creating.status.containerStatuses[0].state).toEqual({ waiting: { reason: "ContainerCreating" } });
    env.advance(2000);
    const running = c.get("pods", "web", "default");
    expect(running.status.phase).toBe("Running");
    expect(running.status.podIP).toBe("192.168.1.2");
  });

  it("reports ErrImagePull, then ImagePullBackOff, for an image that does not exist", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create({ apiVersion: "v1", kind: "Pod", metadata: { name: "bad" }, spec: { containers: [{ name: "bad", image: "nginxx:1.0" }] } });
    env.advance(3000);
    expect(c.get("pods", "bad", "default").status.containerStatuses[0].state.waiting.reason).toBe("ErrImagePull");
    env.advance(10_000);
    expect(c.get("pods", "bad", "default").status.containerStatuses[0].state.waiting.reason).toBe("ImagePullBackOff");
  });

  it("leaves a pod Pending with the upstream FailedScheduling message when nothing fits", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create({ apiVersion: "v1", kind: "Pod", metadata: { name: "picky" }, spec: { nodeSelector: { disk: "ssd" }, containers: [{ name: "c", image: "nginx" }] } });
    env.advance(1000);
    const events = c.list("events", "default").items.filter((e) => e.reason === "FailedScheduling");
    expect(events.map((e) => e.message)).toEqual([
      "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
    ]);
  });

  it("marks a node NotReady 40 s after its kubelet stops, and Ready again when it starts", () => {
    const env = fresh();
    const c = env.adminClient();
    const ready = () => c.get("nodes", "node01").status.conditions.find((x: { type: string }) => x.type === "Ready").status;
    env.host("node01")!.systemd.stop("kubelet");
    env.advance(39_000);
    expect(ready()).toBe("True");
    env.advance(2_000);
    expect(ready()).toBe("Unknown");
    expect(c.get("nodes", "node01").spec.taints.map((t: { effect: string }) => t.effect)).toEqual(["NoSchedule", "NoExecute"]);
    env.host("node01")!.systemd.start("kubelet");
    env.advance(1_000);
    expect(ready()).toBe("True");
    expect(c.get("nodes", "node01").spec.taints).toBeUndefined();
  });

  it("deletes everything in a namespace with it", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create({ apiVersion: "v1", kind: "Namespace", metadata: { name: "prod" } });
    c.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "cfg", namespace: "prod" }, data: { a: "1" } });
    c.create({ apiVersion: "v1", kind: "Pod", metadata: { name: "p", namespace: "prod" }, spec: { containers: [{ name: "c", image: "nginx" }] } });
    c.delete("namespaces", "prod");
    // The namespace controller empties it (the pod terminates gracefully), then the namespace goes.
    env.advance(60_000);
    const left = env.clusters.get("kubernetes")!.store.range("/registry/").filter((kv) => kv.key.includes("/prod/") || kv.key.endsWith("/prod"));
    expect(left).toEqual([]);
  });
});

describe("errors", () => {
  it("answers NotFound, AlreadyExists and Invalid with upstream messages", () => {
    const c = fresh().adminClient();
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (isStatusError(e)) return `${e.reason}: ${e.message}`;
        throw e;
      }
      return "no error";
    };
    expect(err(() => c.get("pods", "nope", "default"))).toBe('NotFound: pods "nope" not found');
    expect(err(() => c.get("deployments", "nope", "default"))).toBe('NotFound: deployments.apps "nope" not found');
    expect(err(() => c.create({ apiVersion: "v1", kind: "Namespace", metadata: { name: "default" } }))).toBe('AlreadyExists: namespaces "default" already exists');
    expect(err(() => c.create({ apiVersion: "v1", kind: "Pod", metadata: { name: "x", namespace: "ghost" }, spec: { containers: [{ name: "c", image: "nginx" }] } }))).toBe('NotFound: namespaces "ghost" not found');
    expect(err(() => c.create({ apiVersion: "v1", kind: "Pod", metadata: { name: "x" }, spec: { containers: [{ name: "c" }] } }))).toBe('Invalid: Pod "x" is invalid: spec.containers[0].image: Required value');
    expect(err(() => c.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "Bad_Name" } }))).toMatch(/^Invalid: ConfigMap "Bad_Name" is invalid: metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain/);
  });
});

describe("the API server connection", () => {
  it("refuses connections when the apiserver manifest points at the wrong etcd port", () => {
    const env = fresh();
    expect(env.dial("https://172.30.1.2:6443", admin).list("nodes").items).toHaveLength(3);
    const fs = env.host("controlplane")!.fs;
    const path = "/etc/kubernetes/manifests/kube-apiserver.yaml";
    fs.writeFile(path, fs.readFile(path).replace("https://127.0.0.1:2379", "https://127.0.0.1:2380"));
    expect(() => env.dial("https://172.30.1.2:6443", admin)).toThrow(ConnectionError);
    expect(() => env.dial("https://10.0.0.1:6443", admin)).toThrow(ConnectionError);
  });
});

describe("determinism and snapshots", () => {
  const script = (env: ReturnType<typeof fresh>) => {
    const c = env.adminClient();
    c.create({ apiVersion: "v1", kind: "Pod", metadata: { generateName: "job-" }, spec: { containers: [{ name: "c", image: "busybox" }] } });
    env.advance(5000);
    env.host("node02")!.systemd.stop("kubelet");
    env.advance(60_000);
  };

  it("gives identical snapshots for the same seed and commands", () => {
    const a = fresh(7);
    const b = fresh(7);
    script(a);
    script(b);
    expect(JSON.stringify(a.snapshot())).toBe(JSON.stringify(b.snapshot()));
    const c = fresh(8);
    script(c);
    expect(JSON.stringify(c.snapshot())).not.toBe(JSON.stringify(a.snapshot()));
  });

  it("restores to an identical snapshot, and carries on identically", () => {
    const a = fresh(3);
    script(a);
    const snap = JSON.parse(JSON.stringify(a.snapshot()));
    const b = restoreCluster(snap);
    expect(b.snapshot()).toEqual(a.snapshot());
    script(a);
    script(b);
    expect(JSON.stringify(b.snapshot())).toBe(JSON.stringify(a.snapshot()));
  });

  it("rejects snapshots of another version", () => {
    expect(() => restoreCluster({ version: 99 })).toThrow("unsupported snapshot version 99");
  });
});
