import { describe, expect, it } from "vitest";
import { IMAGES } from "./images";
import { runProcess } from "./program";

const START = Date.UTC(2026, 0, 1, 9, 0, 0);
const run = (argv: string[], horizonMs = 60_000, image = "busybox", memoryLimitMi?: number) =>
  runProcess({ argv, image: IMAGES[image], env: { NAME: "web" }, hostname: "pod-1", startMs: START, horizonMs, memoryLimitMi });
const logs = (r: ReturnType<typeof run>) => r.lines.map((l) => `${l.at / 1000}s ${l.text}`);

describe("container processes", () => {
  const cases: { name: string; argv: string[]; horizon?: number; image?: string; limit?: number; logs: string[]; exit?: { at: number; code: number; oom?: boolean }; startError?: string }[] = [
    { name: "echo exits 0", argv: ["echo", "hello"], logs: ["0s hello"], exit: { at: 0, code: 0 } },
    { name: "false exits 1", argv: ["false"], logs: [], exit: { at: 0, code: 1 } },
    { name: "busybox cat of a missing file", argv: ["cat", "/nonexistent"], logs: ["0s cat: can't open '/nonexistent': No such file or directory"], exit: { at: 0, code: 1 } },
    { name: "GNU cat of a missing file", argv: ["cat", "/nonexistent"], image: "nginx", logs: ["0s cat: /nonexistent: No such file or directory"], exit: { at: 0, code: 1 } },
    { name: "sleep then exit N", argv: ["sh", "-c", "echo start $NAME; sleep 5; exit 3"], logs: ["0s start web"], exit: { at: 5000, code: 3 } },
    { name: "sleep keeps running", argv: ["sleep", "3600"], logs: [], exit: undefined },
    { name: "sleep ends", argv: ["sleep", "30"], logs: [], exit: { at: 30_000, code: 0 } },
    { name: "loop with date", argv: ["sh", "-c", "while true; do echo tick $(date); sleep 10; done"], horizon: 25_000, logs: ["0s tick Thu Jan 1 09:00:00 UTC 2026", "10s tick Thu Jan 1 09:00:10 UTC 2026", "20s tick Thu Jan 1 09:00:20 UTC 2026"] },
    { name: "for loop, files and tests", argv: ["sh", "-c", "for i in 1 2; do echo $i >> /tmp/n; done; cat /tmp/n; [ -f /tmp/x ] && echo yes || echo no"], logs: ["0s 1", "0s 2", "0s no"], exit: { at: 0, code: 0 } },
    { name: "arithmetic while", argv: ["sh", "-c", 'i=0; while [ $i -lt 2 ]; do i=$((i+1)); echo "n=$i"; done'], logs: ["0s n=1", "0s n=2"], exit: { at: 0, code: 0 } },
    { name: "unknown command in sh", argv: ["sh", "-c", "foo"], logs: ["0s sh: foo: not found"], exit: { at: 0, code: 127 } },
    { name: "syntax error", argv: ["sh", "-c", "echo 'open"], logs: ["0s sh: syntax error: unterminated quoted string"], exit: { at: 0, code: 2 } },
    { name: "a shell without -c exits at once", argv: ["sh"], logs: [], exit: { at: 0, code: 0 } },
    {
      name: "missing binary cannot start",
      argv: ["nginxx"],
      image: "nginx",
      logs: [],
      startError: 'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "nginxx": executable file not found in $PATH: unknown',
    },
    { name: "bash is not in busybox", argv: ["bash", "-c", "echo hi"], logs: [], startError: 'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "bash": executable file not found in $PATH: unknown' },
    { name: "the image's server", argv: ["nginx", "-g", "daemon off;"], image: "nginx", horizon: 1000, logs: IMAGES.nginx.startupLogs!.map((l) => `0s ${l}`) },
    { name: "stress past the memory limit", argv: ["stress", "--vm", "1", "--vm-bytes", "250M"], image: "busybox", limit: 100, logs: ["0s stress: info: [1] dispatching hogs: 0 cpu, 0 io, 1 vm, 0 hdd"], exit: { at: 0, code: 137, oom: true } },
  ];
  for (const c of cases)
    it(c.name, () => {
      const r = run(c.argv, c.horizon, c.image, c.limit);
      expect({ logs: logs(r), exit: r.exit, startError: r.startError }).toEqual({ logs: c.logs, exit: c.exit, startError: c.startError });
    });

  it("skips whole periods of a long loop so a week of logs stays cheap", () => {
    const r = run(["sh", "-c", "while true; do echo tick; sleep 1; done"], 7 * 86_400_000);
    expect(r.lines.length).toBeLessThan(2_000);
    expect(r.lines[r.lines.length - 1].at).toBe(7 * 86_400_000);
  });

  it("shows files as they are at the horizon (the liveness example)", () => {
    const argv = ["sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"];
    expect(run(argv, 10_000).files.has("/tmp/healthy")).toBe(true);
    expect(run(argv, 40_000).files.has("/tmp/healthy")).toBe(false);
  });
});
