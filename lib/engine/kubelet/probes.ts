import { containerFiles } from "./container-files";
import { containerNet } from "./container-net";
import { runContainer, type ContainerMem, type ContainerStatus, type StepContext } from "./container";
import { containerEnv, type ContainerSpec } from "./container-env";
import { lookupImage } from "./images";
import { Proc, Stop } from "./program";

type Probe = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Kind = "startup" | "liveness" | "readiness";

const KEY: Record<Kind, string> = { startup: "startupProbe", liveness: "livenessProbe", readiness: "readinessProbe" };
const TITLE: Record<Kind, string> = { startup: "Startup", liveness: "Liveness", readiness: "Readiness" };

/** The port a probe targets: a number, or a named container port. */
function probePort(c: ContainerSpec, port: unknown): number | undefined {
  if (typeof port === "number") return port;
  if (typeof port === "string" && /^\d+$/.test(port)) return Number(port);
  return (c.ports ?? []).find((p: { name?: string }) => p.name === port)?.containerPort;
}

/**
 * One probe of a container at simulated time `at`: the container's own state at that moment
 * decides it (files it wrote for exec probes, ports it listens on for HTTP and TCP probes).
 * Returns undefined on success, else the failure text the kubelet reports. Models pkg/probe.
 */
export function probeOnce(ctx: StepContext, c: ContainerSpec, cs: ContainerStatus, probe: Probe, at: number): string | undefined {
  const image = lookupImage(c.image);
  const resolved = containerEnv(ctx.pod, c, ctx.reader);
  if (!image || "error" in resolved) return "container not running";
  const startMs = Date.parse(cs.state.running.startedAt);
  const run = runContainer(ctx.pod, c, image, resolved.env, startMs, at, false, { files: containerFiles(ctx.pod, c, ctx.reader), started: true, net: containerNet(ctx.reader.network, ctx.pod, c.image, cs.containerID) });
  const ip: string = ctx.pod.status?.podIP ?? "";
  if (probe.exec) {
    const argv: string[] = probe.exec.command ?? [];
    const proc = new Proc({ argv, image, env: resolved.env, hostname: ctx.pod.metadata.name!, startMs: at, horizonMs: (probe.timeoutSeconds ?? 1) * 1000, collect: true });
    for (const [k, v] of run.files) proc.files.set(k, v);
    const name = argv[0]?.slice(argv[0].lastIndexOf("/") + 1) ?? "";
    let code: number;
    try {
      code = proc.command(argv, proc.log);
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
      code = e.kind === "exit" ? e.code : -1;
    }
    proc.flush();
    if (code === -1) return `command timed out: "${argv.join(" ")}" timed out after ${probe.timeoutSeconds ?? 1}s`;
    if (code === 127 && !name.includes("sh")) return `OCI runtime exec failed: exec failed: unable to start container process: exec: "${argv[0]}": executable file not found in $PATH: unknown`;
    return code === 0 ? undefined : proc.lines.map((l) => l.text).join("\n");
  }
  if (probe.httpGet) {
    const port = probePort(c, probe.httpGet.port);
    const path: string = probe.httpGet.path ?? "/";
    const url = `${(probe.httpGet.scheme ?? "HTTP").toLowerCase()}://${probe.httpGet.host ?? ip}:${port}${path}`;
    if (port === undefined || !run.listens.includes(port)) return `Get "${url}": dial tcp ${probe.httpGet.host ?? ip}:${port}: connect: connection refused`;
    if (image.httpPaths && !image.httpPaths.includes(path)) return "HTTP probe failed with statuscode: 404";
    return undefined;
  }
  if (probe.tcpSocket || probe.grpc) {
    const port = probePort(c, (probe.tcpSocket ?? probe.grpc).port);
    if (port === undefined || !run.listens.includes(port)) return `dial tcp ${probe.tcpSocket?.host ?? ip}:${port}: connect: connection refused`;
    return undefined;
  }
  return undefined;
}

const MAX_PROBES_PER_SYNC = 60;

/**
 * Runs the due probes of running containers up to now. Startup gates the others; liveness and
 * startup failures past the threshold kill the container (restarted by its policy); readiness
 * sets `ready`. Emits `Unhealthy` and `Killing` events with upstream wording.
 */
export function runProbes(ctx: StepContext, containers: ContainerSpec[], statuses: ContainerStatus[], memOf: (name: string) => ContainerMem, graceSeconds: number): ContainerStatus[] {
  const out: ContainerStatus[] = [];
  containers.forEach((c, i) => {
    let cs = statuses[i];
    if (!cs?.state?.running) return;
    const mem = memOf(c.name);
    const startMs = Date.parse(cs.state.running.startedAt);
    const before = JSON.stringify([cs.started, cs.ready]);
    let started = !!cs.started || !c.startupProbe;
    let ready = !!cs.ready;
    for (const kind of ["startup", "liveness", "readiness"] as Kind[]) {
      const probe: Probe | undefined = c[KEY[kind]];
      if (!probe) continue;
      if (kind === "startup" && started) continue;
      if (kind !== "startup" && !started) continue;
      if (mem.killAt !== undefined && kind !== "readiness") continue;
      const period = (probe.periodSeconds ?? 10) * 1000;
      const pr = ((mem.pr ??= {})[kind] ??= { at: 0, fail: 0, ok: 0 });
      let next = pr.at ? pr.at + period : startMs + (probe.initialDelaySeconds ?? 0) * 1000;
      if ((ctx.now - next) / period > MAX_PROBES_PER_SYNC) next += Math.floor((ctx.now - next) / period - MAX_PROBES_PER_SYNC) * period;
      while (next <= ctx.now) {
        pr.at = next;
        const failure = probeOnce(ctx, c, cs, probe, next);
        if (failure === undefined) {
          pr.ok++;
          pr.fail = 0;
          if (kind === "startup" && pr.ok >= (probe.successThreshold ?? 1)) {
            started = true;
            break;
          }
          if (kind === "readiness" && pr.ok >= (probe.successThreshold ?? 1)) ready = true;
        } else {
          pr.fail++;
          pr.ok = 0;
          ctx.events.push({ type: "Warning", reason: "Unhealthy", message: `${TITLE[kind]} probe failed: ${failure.replace(/\n+$/, "")}`, at: next });
          if (kind === "readiness" && pr.fail >= (probe.failureThreshold ?? 3)) ready = false;
          if (kind !== "readiness" && pr.fail >= (probe.failureThreshold ?? 3)) {
            const graceful = lookupImage(c.image)?.handlesSigterm ?? true;
            ctx.events.push({ type: "Normal", reason: "Killing", message: `Container ${c.name} failed ${kind} probe, will be restarted`, at: next });
            mem.killAt = next + (graceful ? 0 : (probe.terminationGracePeriodSeconds ?? graceSeconds) * 1000);
            mem.kill = kind === "startup" ? "startup" : "liveness";
            ctx.wake(mem.killAt);
            break;
          }
        }
        next += period;
      }
      if (mem.killAt === undefined || kind === "readiness") ctx.wake(next);
    }
    if (!c.readinessProbe) ready = started;
    if (!started) ready = false;
    if (JSON.stringify([started, ready]) !== before) cs = { ...cs, started, ready };
    out.push(cs);
  });
  return out;
}
