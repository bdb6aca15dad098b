import { describe, expect, it } from "vitest";
import type { KubeObject } from "../api/types";
import { ManualClock } from "../clock";
import { Rand } from "../rand";
import { createCluster } from "../cluster";

const START = Date.UTC(2026, 0, 1, 9, 0, 0);

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A cluster with one pod whose container is a shell reading an open stdin (what `kubectl run -it` creates). */
function withShellPod(restartPolicy: string, image = "busybox") {
  const env = createCluster({ clock: new ManualClock(START), rand: new Rand(1) });
  const client = env.adminClient();
  const pod: KubeObject = { apiVersion: "v1", kind: "Pod", metadata: { name: "box", namespace: "default" }, spec: { nodeName: "node01", restartPolicy, containers: [{ name: "box", image, args: ["sh"], stdin: true, stdinOnce: true, tty: true }] } };
  client.create(pod);
  env.advance(5000);
  const get = () => client.get("pods", "box", "default");
  const main = () => get().status.containerStatuses[0] as Obj;
  return { env, client, get, main };
}

describe("the end of an attached shell (pods/attach)", () => {
  it("runs forever while stdin is open, and exits with the shell's status when the session ends", () => {
    const { env, client, get, main } = withShellPod("Never");
    env.advance(60_000);
    expect(main().state.running).toBeDefined();
    client.endAttach("box", "default", "box", 3);
    // The kubelet sees the exit at once: no clock tick is needed.
    expect(main().state.terminated).toMatchObject({ exitCode: 3, reason: "Error", finishedAt: "2026-01-01T09:01:05Z" });
    expect(get().status.phase).toBe("Failed");
  });

  it("exit 0 under restartPolicy Never completes the pod", () => {
    const { client, get } = withShellPod("Never");
    client.endAttach("box", "default", "box", 0);
    expect(get().status.phase).toBe("Succeeded");
    expect(get().status.containerStatuses[0].state.terminated.reason).toBe("Completed");
  });

  it("under restartPolicy Always the container restarts with a fresh shell that keeps running", () => {
    const { env, client, get, main } = withShellPod("Always");
    client.endAttach("box", "default", "box", 0);
    expect(main().state.terminated.reason).toBe("Completed");
    expect(get().status.phase).toBe("Running");
    env.advance(2000);
    expect(main()).toMatchObject({ restartCount: 1, lastState: { terminated: { reason: "Completed", exitCode: 0 } } });
    env.advance(600_000);
    expect(main().state.running).toBeDefined();
    expect(main().restartCount).toBe(1);
  });

  it("changes nothing for a container that is not running or a pod the kubelet does not know", () => {
    const { env, client, main } = withShellPod("Never");
    client.endAttach("box", "default", "box", 0);
    const ended = JSON.stringify(main());
    env.advance(1000);
    client.endAttach("box", "default", "box", 7);
    expect(JSON.stringify(main())).toBe(ended);
    expect(() => client.endAttach("ghost", "default", "box", 0)).toThrow(/not found/);
  });

  it("keeps what the terminal showed as the instance's log, and a restarted instance starts a new one", () => {
    const { env, client } = withShellPod("Always");
    client.attachOutput("box", "default", "box", "/ # echo hi\nhi\n");
    env.advance(1000);
    client.attachOutput("box", "default", "box", "/ # exit\n");
    client.endAttach("box", "default", "box", 0);
    expect(client.logs("box", "default", { container: "box", timestamps: true })).toBe("2026-01-01T09:00:05.000000000Z / # echo hi\n2026-01-01T09:00:05.000000000Z hi\n2026-01-01T09:00:06.000000000Z / # exit\n");
    env.advance(2000);
    expect(client.logs("box", "default", { container: "box" })).toBe("");
    expect(client.logs("box", "default", { container: "box", previous: true })).toBe("/ # echo hi\nhi\n/ # exit\n");
  });

  it("needs create on pods/attach", () => {
    const { env } = withShellPod("Never");
    const viewer = env.adminClient().impersonate({ name: "jane", groups: ["system:authenticated"] });
    expect(() => viewer.endAttach("box", "default", "box", 0)).toThrow(/pods\/attach/);
    expect(() => viewer.attachOutput("box", "default", "box", "x\n")).toThrow(/pods\/attach/);
  });
});

describe("ephemeral containers", () => {
  function debugged(container: Obj) {
    const s = withShellPod("Always", "nginx");
    const pod = s.get();
    s.client.updateEphemeralContainers({ ...pod, spec: { ...pod.spec, ephemeralContainers: [{ name: "debugger", image: "busybox", ...container }] } });
    s.env.advance(1000);
    const eph = () => s.get().status.ephemeralContainerStatuses[0] as Obj;
    return { ...s, eph };
  }

  it("start once the kubelet sees them and are reported as the kubelet reports them", () => {
    const { eph, env } = debugged({ stdin: true, tty: true });
    expect(eph()).toEqual({
      name: "debugger",
      image: "docker.io/library/busybox:latest",
      imageID: expect.stringMatching(/^docker\.io\/library\/busybox@sha256:[0-9a-f]{64}$/),
      containerID: expect.stringMatching(/^containerd:\/\/[0-9a-f]{64}$/),
      lastState: {},
      ready: false,
      restartCount: 0,
      state: { running: { startedAt: "2026-01-01T09:00:06Z" } },
    });
    const events = env.adminClient().list("events", "default").items.filter((e) => String(e.message).includes("debugger") || String(e.message).includes('"busybox"'));
    expect(events.map((e) => e.reason)).toEqual(expect.arrayContaining(["Pulled", "Created", "Started"]));
  });

  it("end with their attached session and are never restarted", () => {
    const { client, eph, env, get } = debugged({ stdin: true, tty: true });
    client.endAttach("box", "default", "debugger", 0);
    env.advance(600_000);
    expect(eph().state.terminated).toMatchObject({ exitCode: 0, reason: "Completed" });
    expect(eph().restartCount).toBe(0);
    expect(get().status.phase).toBe("Running");
  });

  it("a command that ends on its own terminates the container; the pod keeps running", () => {
    const { eph, env, get } = debugged({ command: ["sh", "-c", "echo hi; exit 2"] });
    env.advance(5000);
    expect(eph().state.terminated).toMatchObject({ exitCode: 2, reason: "Error" });
    expect(get().status.containerStatuses[0].ready).toBe(true);
    expect(env.adminClient().logs("box", "default", { container: "debugger" })).toBe("hi\n");
  });

  it("are stopped when the pod is deleted (sleep as PID 1 ignores SIGTERM: the grace period runs out)", () => {
    const { client, env, get } = debugged({ command: ["sleep", "3600"] });
    client.delete("pods", "box", "default");
    env.advance(1000);
    expect(get().status.ephemeralContainerStatuses[0].state.running).toBeDefined();
    env.advance(30_000);
    const killing = env.adminClient().list("events", "default").items.filter((e) => e.reason === "Killing").map((e) => e.message);
    expect(killing).toContain("Stopping container debugger");
    expect(() => get()).toThrow(/not found/);
  });
});
