import { describe, expect, it } from "vitest";
import { ManualClock } from "../clock";
import { Rand } from "../rand";
import { createCluster, restoreCluster } from "../cluster";
import type { SimEnvironment } from "../cluster";
import { diffLayer, layeredFiles, layerTable } from "./container-layer";

const START = Date.UTC(2026, 0, 1, 9, 0, 0);
const fresh = (seed = 1) => createCluster({ clock: new ManualClock(START), rand: new Rand(seed) });
const pod = (name: string, command: string[], volumes = false) => ({
  apiVersion: "v1",
  kind: "Pod",
  metadata: { name },
  spec: {
    containers: [{ name: "c", image: "busybox:1.36", command, ...(volumes ? { volumeMounts: [{ name: "scratch", mountPath: "/scratch" }] } : {}) }],
    ...(volumes ? { volumes: [{ name: "scratch", emptyDir: {} }] } : {}),
  },
});
const sh = (env: SimEnvironment, name: string, script: string) => env.adminClient().exec(name, "default", undefined, ["sh", "-c", script]);
const layers = (env: SimEnvironment) => layerTable(env, "kubernetes", false) ?? {};

describe("the container's writable layer", () => {
  it("keeps what one exec writes for the next, and costs nothing until written", () => {
    const env = fresh();
    env.adminClient().create(pod("box", ["sleep", "86400"]));
    env.advance(20_000);
    expect(sh(env, "box", "cat /etc/hostname").stdout).toBe("box\n");
    expect(layerTable(env, "kubernetes", false)).toBeUndefined();
    sh(env, "box", "echo x > /tmp/f; mkdir -p /data/a");
    expect(sh(env, "box", "cat /tmp/f; ls /data").stdout).toBe("x\na\n");
    expect(Object.values(layers(env))).toEqual([{ files: { "/tmp/f": "x\n" }, dirs: ["/data", "/data/a"] }]);
    sh(env, "box", "rm /tmp/f; rm /etc/resolv.conf");
    expect(Object.values(layers(env))).toEqual([{ dirs: ["/data", "/data/a"], gone: ["/etc/resolv.conf"] }]);
  });

  it("leaves writes under a volume mount to the volume", () => {
    const env = fresh();
    env.adminClient().create(pod("vol", ["sleep", "86400"], true));
    env.advance(20_000);
    sh(env, "vol", "echo v > /scratch/v; echo l > /tmp/l");
    expect(Object.values(layers(env))).toEqual([{ files: { "/tmp/l": "l\n" } }]);
  });

  it("keeps what commands write into an emptyDir with the volume, for sessions and plain execs alike", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create(pod("vol", ["sleep", "86400"], true));
    env.advance(20_000);
    let session = c.exec("vol", "default", undefined, ["sh", "-c", "echo a >> /scratch/x"], undefined, { cwd: "/", vars: {}, files: {} }).session!;
    const r = c.exec("vol", "default", undefined, ["sh", "-c", "echo b >> /scratch/x; cat /scratch/x"], undefined, session);
    session = r.session!;
    expect(r.stdout).toBe("a\nb\n");
    expect(session.files).toEqual({});
    expect(sh(env, "vol", "cat /scratch/x").stdout).toBe("a\nb\n");
    c.delete("pods", "vol", "default", { gracePeriodSeconds: 0 });
    env.advance(5_000);
    expect((env.controllerState.kubelet as Record<string, { volumes?: object }>).kubernetes.volumes).toEqual({});
  });

  it("is dropped when the container restarts: the new instance starts from its image", () => {
    const env = fresh();
    env.adminClient().create(pod("short", ["sleep", "60"]));
    env.advance(20_000);
    sh(env, "short", "echo x > /tmp/f");
    expect(sh(env, "short", "cat /tmp/f").stdout).toBe("x\n");
    env.advance(60_000);
    expect(env.adminClient().get("pods", "short", "default").status.containerStatuses[0].restartCount).toBe(1);
    expect(layers(env)).toEqual({});
    const r = sh(env, "short", "cat /tmp/f");
    expect(r.stderr).toBe("cat: can't open '/tmp/f': No such file or directory\n");
  });

  it("is dropped with its pod", () => {
    const env = fresh();
    env.adminClient().create(pod("gone", ["sleep", "86400"]));
    env.advance(20_000);
    sh(env, "gone", "echo x > /tmp/f");
    env.adminClient().delete("pods", "gone", "default", { gracePeriodSeconds: 0 });
    env.advance(5_000);
    expect(layers(env)).toEqual({});
  });

  it("survives snapshot and restore, which stay identical", () => {
    const run = (env: SimEnvironment) => {
      env.adminClient().create(pod("box", ["sleep", "86400"]));
      env.advance(20_000);
      sh(env, "box", "echo x > /tmp/f; mkdir /d; rm /etc/resolv.conf");
    };
    const a = fresh(3);
    const b = fresh(3);
    run(a);
    run(b);
    expect(JSON.stringify(a.snapshot())).toBe(JSON.stringify(b.snapshot()));
    const restored = restoreCluster(JSON.parse(JSON.stringify(a.snapshot())));
    expect(restored.snapshot()).toEqual(a.snapshot());
    const r = sh(restored, "box", "cat /tmp/f; ls /d && echo d; cat /etc/resolv.conf");
    expect([r.stdout, r.stderr]).toEqual(["x\nd\n", "cat: can't open '/etc/resolv.conf': No such file or directory\n"]);
  });
});

describe("layer arithmetic", () => {
  const base = { "/etc/hostname": "h\n", "/usr/share/nginx/html/index.html": "welcome", "/etc/app/k": "v" };

  it("is the difference from the starting files, outside the mounts", () => {
    const after = new Map([["/etc/hostname", "h\n"], ["/etc/app/k", "changed"], ["/tmp/x", "1"], ["/usr/share/nginx/html/index.html", "mine"]]);
    expect(diffLayer(base, after, ["/", "/tmp", "/etc", "/etc/app", "/srv"], ["/etc/app"])).toEqual({ files: { "/tmp/x": "1", "/usr/share/nginx/html/index.html": "mine" }, dirs: ["/srv"] });
    expect(diffLayer(base, new Map(Object.entries(base)), ["/"], [])).toBeUndefined();
  });

  it("applies whiteouts and written files over the starting files", () => {
    expect(layeredFiles(base, { files: { "/tmp/x": "1" }, gone: ["/usr/share/nginx/html/index.html"] })).toEqual({ "/etc/hostname": "h\n", "/etc/app/k": "v", "/tmp/x": "1" });
    expect(layeredFiles(base, undefined)).toBe(base);
  });
});
