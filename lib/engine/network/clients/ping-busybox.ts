import { resolveHost } from "../resolv";
import { DNS_TIMEOUT_MS, type NetIo } from "./net-io";
import { echoReply, ms, rtt } from "./ping";

/**
 * busybox ping (1.36, FEATURE_FANCY_PING), as busybox and alpine images ship it: models
 * networking/ping.c. The header gives data bytes (`PING h (ip): 56 data bytes`), replies count
 * `seq=` from 0 and always name the numeric address, the statistics say "packets received" and
 * end with `round-trip min/avg/max`. When every probe of `-c` is answered it stops at once;
 * otherwise it waits `-W` seconds (10) after the last probe. Exit 1 when nothing came back.
 * Who answers is the same network model as the node's iputils ping (echoReply).
 */

const CTRL_C_AFTER = 4;
const USAGE = "BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: ping [OPTIONS] HOST\n";
/** Options that take a value (getopt32 "c:+s:t:+w:+W:+I:p:i:"). */
const VALUE_FLAGS = new Set(["c", "s", "t", "w", "W", "I", "p", "i"]);
const SWITCHES = new Set(["q", "v", "A", "n", "4"]);

interface Options {
  count: number;
  size: number;
  timeoutS: number;
  intervalS: number;
  deadlineS?: number;
  quiet: boolean;
  host?: string;
  extra: boolean;
}

function numberArg(flag: string, v: string, io: NetIo): number | undefined {
  const integer = flag !== "i";
  if (integer ? !/^\d+$/.test(v) : !/^\d+(\.\d+)?$/.test(v)) {
    io.err(`ping: invalid number '${v}'\n`);
    return undefined;
  }
  return Number(v);
}

function parse(argv: string[], io: NetIo): Options | number {
  const o: Options = { count: 0, size: 56, timeoutS: 10, intervalS: 1, quiet: false, extra: false };
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith("-") || a === "-") {
      if (o.host !== undefined) o.extra = true;
      o.host ??= a;
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const f = a[j];
      if (SWITCHES.has(f)) {
        if (f === "q") o.quiet = true;
        continue;
      }
      if (!VALUE_FLAGS.has(f)) return (io.err(`ping: invalid option -- '${f}'\n${USAGE}`), 1);
      const v = a.slice(j + 1) || args[++i];
      if (v === undefined) return (io.err(`ping: option requires an argument -- '${f}'\n${USAGE}`), 1);
      if (f === "I" || f === "p") break;
      const n = numberArg(f, v, io);
      if (n === undefined) return 1;
      if (f === "c") o.count = n;
      else if (f === "s") o.size = n;
      else if (f === "W") o.timeoutS = n;
      else if (f === "w") o.deadlineS = n;
      else if (f === "i") o.intervalS = n;
      break;
    }
  }
  return o;
}

export function busyboxPingRun(argv: string[], io: NetIo): number {
  const o = parse(argv, io);
  if (typeof o === "number") return o;
  if (o.host === undefined || o.extra) return (io.err(USAGE), 1);
  const host = o.host;
  const r = resolveHost(io.view, io.src, host, io.resolv);
  if ("error" in r) {
    if (r.error === "timeout") io.wait(DNS_TIMEOUT_MS);
    return (io.err(`ping: bad address '${host}'\n`), 1);
  }
  const ip = r.ip;
  io.out(`PING ${host} (${ip}): ${o.size} data bytes\n`);
  const reply = echoReply(io.view, io.src, ip);
  // Probes sent before the count, the -w deadline or the simulated Ctrl-C stops it.
  const byDeadline = o.deadlineS !== undefined ? Math.ceil(o.deadlineS / Math.max(o.intervalS, 0.001)) : undefined;
  const interrupted = o.count === 0 && byDeadline === undefined;
  const sent = Math.min(o.count || Infinity, byDeadline ?? Infinity, interrupted ? CTRL_C_AFTER : Infinity);
  const times: number[] = [];
  for (let seq = 0; seq < sent; seq++) {
    if (seq > 0) io.wait(o.intervalS * 1000);
    if (!reply) continue;
    const t = rtt(reply, ip, seq + 1);
    times.push(t);
    if (!o.quiet) io.out(`${o.size + 8} bytes from ${ip}: seq=${seq} ttl=${reply.ttl} time=${ms(t)} ms\n`);
  }
  if (!reply && !interrupted) io.wait(o.deadlineS !== undefined ? Math.max(0, o.deadlineS * 1000 - (sent - 1) * o.intervalS * 1000) : o.timeoutS * 1000);
  const rx = times.length;
  const loss = sent ? Math.floor(((sent - rx) * 100) / sent) : 0;
  let stats = `${interrupted ? "^C" : ""}\n--- ${host} ping statistics ---\n${sent} packets transmitted, ${rx} packets received, ${loss}% packet loss\n`;
  if (rx) {
    const avg = Math.floor(times.reduce((a, b) => a + b, 0) / rx);
    stats += `round-trip min/avg/max = ${ms(Math.min(...times))}/${ms(avg)}/${ms(Math.max(...times))} ms\n`;
  }
  io.out(stats);
  return rx === 0 || (o.deadlineS !== undefined && o.count > 0 && rx < o.count) ? 1 : 0;
}
