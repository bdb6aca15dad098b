import type { CommandContext } from "../types";
import { nodeRuntime, pidFor, type RtContainer } from "./runtime";
import { kubeletArgv as engineKubeletArgv } from "../../engine/nodes/kubelet-unit";

/** The node's process table: systemd services, the kubelet with its real flags, containerd shims and every running container. */

export interface Proc {
  user: string;
  pid: number;
  ppid: number;
  cpu: number;
  mem: number;
  vsz: number;
  rss: number;
  tty: string;
  stat: string;
  startMs: number;
  cpuSeconds: number;
  argv: string[];
  /** The name ss and ps -o comm show (15 chars at most). */
  comm: string;
  container?: RtContainer;
}

/** Resource figures by program, so the table looks like a node that has been up a while. */
const FIGURES: Record<string, [number, number, number, number]> = {
  "kube-apiserver": [2.6, 8.1, 1581236, 331468],
  etcd: [1.4, 2.3, 11742528, 94120],
  "kube-controller": [0.9, 2.6, 1310528, 106804],
  "kube-scheduler": [0.3, 1.5, 1292880, 61976],
  kubelet: [1.7, 2.1, 2349104, 86460],
  containerd: [0.6, 1.2, 2017900, 50724],
  "containerd-shim": [0.0, 0.3, 1238284, 13180],
  "kube-proxy": [0.0, 1.3, 1285436, 53376],
  "calico-node": [0.6, 1.9, 1939360, 77336],
  coredns: [0.2, 1.1, 1285136, 47488],
  pause: [0.0, 0.0, 1020, 512],
};

const DAEMONS: { argv: string[]; comm: string; user?: string; stat: string; fig: [number, number, number, number] }[] = [
  { argv: ["/usr/lib/systemd/systemd-journald"], comm: "systemd-journal", stat: "Ss", fig: [0.0, 0.4, 48592, 16640] },
  { argv: ["/usr/lib/systemd/systemd-udevd"], comm: "systemd-udevd", stat: "Ss", fig: [0.0, 0.1, 25624, 6528] },
  { argv: ["/usr/lib/systemd/systemd-networkd"], comm: "systemd-network", user: "systemd+", stat: "Ss", fig: [0.0, 0.2, 91004, 8320] },
  { argv: ["/usr/lib/systemd/systemd-resolved"], comm: "systemd-resolve", user: "systemd+", stat: "Ss", fig: [0.0, 0.3, 21452, 12672] },
  { argv: ["/usr/sbin/cron", "-f", "-P"], comm: "cron", stat: "Ss", fig: [0.0, 0.0, 7332, 2688] },
  { argv: ["sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups"], comm: "sshd", stat: "Ss", fig: [0.0, 0.2, 12020, 7936] },
];

/** The kubelet's argv as systemd builds it from the unit's drop-in and environment files. */
export function kubeletArgv(ctx: CommandContext): string[] {
  return engineKubeletArgv(ctx.host.fs);
}

export function nodeProcesses(ctx: CommandContext): Proc[] {
  const units = ctx.host.systemd.units();
  const boot = Math.min(...units.map((u) => u.sinceMs), ctx.environment.clock.now());
  const now = ctx.environment.clock.now();
  const procs: Proc[] = [];
  const up = (ms: number) => Math.max(0, (now - ms) / 1000);
  const mk = (p: Omit<Proc, "cpuSeconds" | "comm"> & { comm?: string }): Proc => ({ ...p, comm: (p.comm ?? p.argv[0].split("/").pop()!.split(":")[0]).slice(0, 15), cpuSeconds: Math.floor((up(p.startMs) * p.cpu) / 100) });
  procs.push(mk({ user: "root", pid: 1, ppid: 0, cpu: 0, mem: 0.3, vsz: 167772, rss: 12544, tty: "?", stat: "Ss", startMs: boot, argv: ["/sbin/init"], comm: "systemd" }));
  procs.push(mk({ user: "root", pid: 2, ppid: 0, cpu: 0, mem: 0, vsz: 0, rss: 0, tty: "?", stat: "S", startMs: boot, argv: ["[kthreadd]"], comm: "kthreadd" }));
  DAEMONS.forEach((d, i) => procs.push(mk({ user: d.user ?? "root", pid: 300 + i * 37, ppid: 1, cpu: d.fig[0], mem: d.fig[1], vsz: d.fig[2], rss: d.fig[3], tty: "?", stat: d.stat, startMs: boot, argv: d.argv, comm: d.comm })));
  for (const u of units) {
    if (u.active !== "active" || !u.mainPid) continue;
    const argv = u.name === "kubelet" ? kubeletArgv(ctx) : u.name === "containerd" ? ["/usr/bin/containerd"] : [`/usr/bin/${u.name}`];
    const f = FIGURES[u.name] ?? [0.1, 0.5, 100000, 20000];
    procs.push(mk({ user: "root", pid: u.mainPid, ppid: 1, cpu: f[0], mem: f[1], vsz: f[2], rss: f[3], tty: "?", stat: "Ssl", startMs: u.sinceMs, argv }));
  }
  if (ctx.host.systemd.status("containerd")?.active === "active") {
    const rt = nodeRuntime(ctx);
    for (const pod of rt.pods) {
      const running = rt.containers.filter((c) => c.pod === pod && c.state === "Running");
      if (running.length === 0) continue;
      const shim = pidFor(`shim:${pod.id}`);
      const f = FIGURES["containerd-shim"];
      procs.push(mk({ user: "root", pid: shim, ppid: 1, cpu: f[0], mem: f[1], vsz: f[2], rss: f[3], tty: "?", stat: "Sl", startMs: pod.createdMs, argv: ["/usr/bin/containerd-shim-runc-v2", "-namespace", "k8s.io", "-id", pod.id, "-address", "/run/containerd/containerd.sock"], comm: "containerd-shim" }));
      procs.push(mk({ user: "65535", pid: pidFor(`pause:${pod.id}`), ppid: shim, cpu: 0, mem: 0, vsz: 1020, rss: 512, tty: "?", stat: "Ss", startMs: pod.createdMs, argv: ["/pause"] }));
      for (const c of running) {
        const name = c.argv[0]?.split("/").pop() ?? c.name;
        const f2 = FIGURES[name.slice(0, 15)] ?? FIGURES[c.name] ?? [0.0, 0.2, 11404, 7168];
        procs.push(mk({ user: "root", pid: c.pid, ppid: shim, cpu: f2[0], mem: f2[1], vsz: f2[2], rss: f2[3], tty: "?", stat: "Ssl", startMs: c.startedMs, argv: c.argv, container: c }));
        if (c.argv[0]?.startsWith("nginx: master")) procs.push(mk({ user: "101", pid: c.pid + 1, ppid: c.pid, cpu: 0, mem: 0.0, vsz: 11872, rss: 2912, tty: "?", stat: "S", startMs: c.startedMs, argv: ["nginx: worker process"], comm: "nginx" }));
      }
    }
  }
  return procs.sort((a, b) => a.pid - b.pid);
}
