import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import type { KubeObject } from "../api/types";
import { ManualClock } from "../clock";
import { Rand } from "../rand";
import { createCluster } from "../cluster";

const START = Date.UTC(2026, 0, 1, 9, 0, 0);
const fresh = () => createCluster({ clock: new ManualClock(START), rand: new Rand(1) });

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** One line per container: `name state(reason) restarts ready`, plus the pod phase. */
function summary(pod: KubeObject): string {
  const one = (cs: Obj) => {
    const [state, detail] = Object.entries(cs.state ?? {})[0] ?? ["?", {}];
    const d = detail as Obj;
    const why = d.reason ?? "";
    return `${cs.name}=${state}${why ? `(${why}${d.exitCode !== undefined ? `:${d.exitCode}` : ""})` : ""}/${cs.restartCount}${cs.ready ? "/ready" : ""}`;
  };
  return [pod.status.phase, ...(pod.status.initContainerStatuses ?? []).map((c: Obj) => `init:${one(c)}`), ...(pod.status.containerStatuses ?? []).map(one)].join(" ");
}

const pod = (name: string, spec: Obj): KubeObject => ({ apiVersion: "v1", kind: "Pod", metadata: { name }, spec: { nodeName: "node01", ...spec } });
const c = (o: Obj) => ({ name: "app", image: "busybox", ...o });

describe("kubelet pod lifecycle", () => {
  const cases: { name: string; pod: KubeObject; at: [number, string][] }[] = [
    {
      name: "nginx runs",
      pod: pod("web", { containers: [c({ image: "nginx" })] }),
      at: [
        [2, "Pending app=waiting(ContainerCreating)/0"],
        [3, "Running app=running/0/ready"],
      ],
    },
    {
      name: "imagePullPolicy Never without the image on the node",
      pod: pod("never", { containers: [c({ image: "redis", imagePullPolicy: "Never" })] }),
      at: [
        [3, "Pending app=waiting(ErrImageNeverPull)/0"],
        [30, "Pending app=waiting(ErrImageNeverPull)/0"],
      ],
    },
    {
      name: "exit 0 with restartPolicy Never completes",
      pod: pod("done", { restartPolicy: "Never", containers: [c({ command: ["echo", "hi"] })] }),
      at: [[3, "Succeeded app=terminated(Completed:0)/0"]],
    },
    {
      name: "exit 1 with restartPolicy Never fails",
      pod: pod("fail", { restartPolicy: "Never", containers: [c({ command: ["false"] })] }),
      at: [[3, "Failed app=terminated(Error:1)/0"]],
    },
    {
      name: "OnFailure restarts a failure, then stops after success",
      pod: pod("retry", { restartPolicy: "OnFailure", containers: [c({ command: ["sh", "-c", "sleep 5; exit 0"] })] }),
      at: [
        [7, "Running app=running/0/ready"],
        [8, "Succeeded app=terminated(Completed:0)/0"],
      ],
    },
    {
      name: "crash loop: immediate first restart, then 10 s, 20 s, 40 s back-off",
      pod: pod("crash", { containers: [c({ command: ["sh", "-c", "exit 2"] })] }),
      at: [
        [3, "Running app=terminated(Error:2)/0"],
        [4, "Running app=waiting(CrashLoopBackOff)/1"],
        [13, "Running app=waiting(CrashLoopBackOff)/1"],
        [14, "Running app=waiting(CrashLoopBackOff)/2"],
        [34, "Running app=waiting(CrashLoopBackOff)/3"],
        [73, "Running app=waiting(CrashLoopBackOff)/3"],
        [74, "Running app=waiting(CrashLoopBackOff)/4"],
        [600, "Running app=waiting(CrashLoopBackOff)/6"],
      ],
    },
    {
      name: "a command that cannot start",
      pod: pod("nobin", { containers: [c({ image: "nginx", command: ["nginxx"] })] }),
      at: [
        [3, "Running app=terminated(StartError:128)/0"],
        [4, "Running app=waiting(CrashLoopBackOff)/1"],
      ],
    },
    {
      name: "memory past the limit is OOMKilled",
      pod: pod("oom", { restartPolicy: "Never", containers: [c({ command: ["stress", "--vm", "1", "--vm-bytes", "200M"], resources: { limits: { memory: "100Mi" } } })] }),
      at: [[3, "Failed app=terminated(OOMKilled:137)/0"]],
    },
    {
      name: "missing ConfigMap key",
      pod: pod("cfg", { containers: [c({ command: ["sleep", "1d"], env: [{ name: "X", valueFrom: { configMapKeyRef: { name: "nope", key: "k" } } }] })] }),
      at: [[3, "Pending app=waiting(CreateContainerConfigError)/0"]],
    },
    {
      name: "init containers run in order before the app",
      pod: pod("init", { initContainers: [c({ name: "one", command: ["sleep", "3"] }), c({ name: "two", command: ["echo", "ok"] })], containers: [c({ command: ["sleep", "1d"] })] }),
      at: [
        [2, "Pending init:one=waiting(PodInitializing)/0 init:two=waiting(PodInitializing)/0 app=waiting(PodInitializing)/0"],
        [3, "Pending init:one=running/0 init:two=waiting(PodInitializing)/0 app=waiting(PodInitializing)/0"],
        [6, "Running init:one=terminated(Completed:0)/0 init:two=terminated(Completed:0)/0 app=running/0/ready"],
      ],
    },
    {
      name: "a failing init container crash-loops",
      pod: pod("initfail", { initContainers: [c({ name: "wait", command: ["sh", "-c", "exit 1"] })], containers: [c({ command: ["sleep", "1d"] })] }),
      at: [
        [3, "Pending init:wait=terminated(Error:1)/0 app=waiting(PodInitializing)/0"],
        [4, "Pending init:wait=waiting(CrashLoopBackOff)/1 app=waiting(PodInitializing)/0"],
      ],
    },
    {
      name: "a native sidecar starts first and keeps running",
      pod: pod("side", { initContainers: [c({ name: "log", restartPolicy: "Always", command: ["sh", "-c", "tail -f /dev/null"] })], containers: [c({ command: ["sleep", "1d"] })] }),
      at: [[3, "Running init:log=running/0/ready app=running/0/ready"]],
    },
    {
      name: "liveness exec probe restarts the container (docs example)",
      pod: pod("live", {
        terminationGracePeriodSeconds: 0,
        containers: [c({ args: ["/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"], livenessProbe: { exec: { command: ["cat", "/tmp/healthy"] }, initialDelaySeconds: 5, periodSeconds: 5 } })],
      }),
      at: [
        [30, "Running app=running/0/ready"],
        [43, "Running app=running/0/ready"],
        [44, "Running app=running/1/ready"],
      ],
    },
    {
      name: "readiness on a port nothing listens on keeps the pod unready",
      pod: pod("ready", { containers: [c({ image: "nginx", readinessProbe: { tcpSocket: { port: 8080 }, periodSeconds: 5 } })] }),
      at: [[30, "Running app=running/0"]],
    },
    {
      name: "readiness httpGet on nginx passes",
      pod: pod("readyok", { containers: [c({ image: "nginx", readinessProbe: { httpGet: { path: "/", port: 80 } } })] }),
      at: [
        [3, "Running app=running/0/ready"],
      ],
    },
  ];
  for (const tc of cases)
    it(tc.name, () => {
      const env = fresh();
      const api = env.adminClient();
      api.create(tc.pod);
      let t = 0;
      const seen: [number, string][] = [];
      for (const [at] of tc.at) {
        env.advance((at - t) * 1000);
        t = at;
        seen.push([at, summary(api.get("pods", tc.pod.metadata.name!, "default"))]);
      }
      expect(seen).toEqual(tc.at);
    });
});

describe("imagePullPolicy Never", () => {
  it("reports the missing image with the kubelet's message and never pulls", () => {
    const env = fresh();
    const api = env.adminClient();
    api.create(pod("never", { containers: [c({ image: "redis:7", imagePullPolicy: "Never" })] }));
    env.advance(30_000);
    const events = api.list("events", "default").items.filter((e) => (e.involvedObject as { name?: string } | undefined)?.name === "never" && e.type === "Warning");
    expect(events.map((e) => `${e.reason} ${e.message}`).sort()).toEqual(['ErrImageNeverPull Container image "redis:7" is not present with pull policy of Never', "Failed Error: ErrImageNeverPull"].sort());
    expect(api.get("pods", "never", "default").status.containerStatuses[0].state.waiting.message).toBe('Container image "redis:7" is not present with pull policy of Never');
  });
});

describe("logs through the API server", () => {
  it("serves current and previous instances, tail and since", () => {
    const env = fresh();
    const api = env.adminClient();
    api.create(pod("crash", { containers: [c({ command: ["sh", "-c", "echo one; echo two; exit 1"] })] }));
    env.advance(3000);
    expect(() => api.logs("crash", "default", { previous: true })).toThrow('previous terminated container "app" in pod "crash" not found');
    expect(api.logs("crash", "default", {})).toBe("one\ntwo\n");
    env.advance(5000);
    expect(api.logs("crash", "default", { previous: true, tailLines: 1 })).toBe("two\n");
    expect(api.logs("crash", "default", { timestamps: true })).toBe("2026-01-01T09:00:04.000000000Z one\n2026-01-01T09:00:04.000000000Z two\n");
    expect(api.logs("crash", "default", { sinceSeconds: 1 })).toBe("");
  });

  it("says why a waiting container has no logs", () => {
    const env = fresh();
    const api = env.adminClient();
    api.create(pod("bad", { containers: [c({ image: "nginxx" })] }));
    env.advance(2000);
    expect(() => api.logs("bad", "default", {})).toThrow('container "app" in pod "bad" is waiting to start: ContainerCreating');
    env.advance(2000);
    expect(() => api.logs("bad", "default", {})).toThrow(`container "app" in pod "bad" is waiting to start: image can't be pulled`);
  });
});

/** Golden pod objects after each stage, with times as `<Now±Ns>` relative to the pod's creation. */
describe("golden pod objects", () => {
  const dir = path.join(import.meta.dirname, "testdata");
  const scenarios: { file: string; pod: KubeObject; stages: number[] }[] = [
    { file: "crashloop.yaml", pod: pod("crash", { containers: [c({ command: ["sh", "-c", "echo bye; exit 1"] })] }), stages: [1, 2, 3, 13] },
    { file: "init-sidecar.yaml", pod: pod("init", { initContainers: [c({ name: "setup", command: ["echo", "ready"] }), c({ name: "log", restartPolicy: "Always", command: ["tail", "-f", "/dev/null"] })], containers: [c({ command: ["sleep", "1d"] })] }), stages: [1, 2, 3] },
  ];
  for (const s of scenarios)
    it(s.file, () => {
      const env = fresh();
      const api = env.adminClient();
      api.create(s.pod);
      const docs: string[] = [];
      let t = 0;
      for (const at of s.stages) {
        env.advance((at - t) * 1000);
        t = at;
        const p = api.get("pods", s.pod.metadata.name!, "default");
        const text = YAML.stringify({ stage: `+${at}s`, status: p.status }, { sortMapEntries: true })
          .replace(/"?(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)"?/g, (_, iso) => {
            const d = (Date.parse(iso) - START) / 1000;
            return `<Now${d ? `+${d}s` : ""}>`;
          })
          .replace(/containerd:\/\/[0-9a-f]{64}/g, "containerd://<id>")
          .replace(/\([0-9a-f-]{36}\)/g, "(<uid>)");
        docs.push(text);
      }
      const got = docs.join("---\n");
      const file = path.join(dir, s.file);
      if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, got);
      expect(got).toBe(readFileSync(file, "utf8"));
    });
});

describe("static pods", () => {
  const manifest = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: static-web\n  labels:\n    role: static\nspec:\n  containers:\n  - name: web\n    image: nginx\n";
  it("posts a mirror pod <name>-<node> for a manifest on a worker, and removes it with the file", () => {
    const env = fresh();
    const api = env.adminClient();
    env.host("node01")!.fs.put("/etc/kubernetes/manifests/static-web.yaml", manifest);
    env.advance(4000);
    const p = api.get("pods", "static-web-node01", "default");
    expect(summary(p)).toBe("Running web=running/0/ready");
    expect(p.metadata.ownerReferences?.[0]).toMatchObject({ kind: "Node", name: "node01" });
    expect(p.metadata.annotations?.["kubernetes.io/config.source"]).toBe("file");
    env.host("node01")!.fs.remove("/etc/kubernetes/manifests/static-web.yaml");
    env.advance(1000);
    expect(api.list("pods", "default").items).toEqual([]);
  });

  it("posts a deleted mirror pod again, and recreates it when the manifest changes", () => {
    const env = fresh();
    const api = env.adminClient();
    env.host("node02")!.fs.put("/etc/kubernetes/manifests/static-web.yaml", manifest);
    env.advance(4000);
    const uid = api.get("pods", "static-web-node02", "default").metadata.uid;
    api.delete("pods", "static-web-node02", "default");
    env.advance(1000);
    const again = api.get("pods", "static-web-node02", "default");
    expect(again.metadata.uid).not.toBe(uid);
    expect(summary(again)).toBe("Running web=running/0/ready");
    env.host("node02")!.fs.put("/etc/kubernetes/manifests/static-web.yaml", manifest.replace("image: nginx", "image: nginx:1.27"));
    env.advance(1000);
    expect(api.get("pods", "static-web-node02", "default").spec.containers[0].image).toBe("nginx:1.27");
  });

  it("runs a broken control-plane manifest as the kubelet would: the wrong binary crash-loops", () => {
    const env = fresh();
    const api = env.adminClient();
    const fs = env.host("controlplane")!.fs;
    env.advance(1000);
    fs.put("/etc/kubernetes/manifests/kube-scheduler.yaml", fs.readFile("/etc/kubernetes/manifests/kube-scheduler.yaml").replace("- kube-scheduler\n", "- kube-schedulerr\n"));
    env.advance(4000);
    expect(summary(api.get("pods", "kube-scheduler-controlplane", "kube-system"))).toBe("Running kube-scheduler=waiting(CrashLoopBackOff)/1");
  });
});
