import type { KubeObject } from "../../api/types";
import { isIPv4 } from "../cidr";
import { policyAllows, egressAllowed, type Protocol } from "../policy";
import { resolveHost } from "../resolv";
import type { NetView } from "../view";
import type { Source } from "../connect";
import { DNS_TIMEOUT_MS, type NetIo } from "./net-io";

/**
 * ping from iputils (20240117, Ubuntu 24.04): `-c COUNT`, `-W TIMEOUT`, `-i INTERVAL`, `-s SIZE`,
 * `-q`, `-n`. Models ping/ping.c and ping_common.c: the header, one line per echo reply, and the
 * statistics block (integer-microsecond min/avg/max/mdev). Without `-c` the learner's Ctrl-C is
 * simulated after four probes, as a terminal user would stop it.
 *
 * Who answers ICMP echo: the host itself, nodes, and running pods that no NetworkPolicy isolates
 * from the sender (NetworkPolicy has no ICMP: a rule with ports never admits it, a rule without
 * ports does). Service ClusterIPs never answer: kube-proxy (iptables mode) only DNATs the
 * Service's TCP/UDP ports and no interface holds the address.
 */

/** ICMP is no NetworkPolicy protocol: rules that list ports (always TCP/UDP/SCTP) never match it. */
const ICMP = "ICMP" as Protocol;
const CTRL_C_AFTER = 4;

interface Reply {
  ttl: number;
  /** Round-trip time of the first probe, in microseconds. */
  baseUs: number;
  spreadUs: number;
}

function nodeOf(view: NetView, src: Source): string {
  return src.node || view.nodes.find((n) => n.ip === src.ip)?.name || "";
}

/** The echo reply `src` gets from `ip`, or undefined when nothing answers. */
export function echoReply(view: NetView, src: Source, ip: string): Reply | undefined {
  if (ip === src.ip || ip.startsWith("127.")) return { ttl: 64, baseUs: 25, spreadUs: 20 };
  if (view.serviceByClusterIp(ip)) return undefined;
  const fromPod = !!src.pod && !src.pod.spec?.hostNetwork;
  const here = nodeOf(view, src);
  const node = view.nodeByIp(ip);
  if (node) {
    if (fromPod && !egressAllowed(view.policyContext(), { ip: src.ip, pod: src.pod }, { ip }, 0, ICMP)) return undefined;
    const local = node.name === here;
    return { ttl: local || !fromPod ? 64 : 63, baseUs: local ? 45 : 380, spreadUs: local ? 40 : 260 };
  }
  const pod: KubeObject | undefined = view.podByIp(ip);
  if (!pod || pod.status?.phase !== "Running") return undefined;
  if (!policyAllows(view.policyContext(), { ip: src.ip, pod: src.pod }, { ip, pod }, 0, ICMP)) return undefined;
  const local = pod.spec?.nodeName === here;
  // Every node the reply is routed through (the pod's own, then the sender's if it is a pod) takes one off.
  const hops = (local ? 0 : 1) + (fromPod ? 1 : 0);
  return { ttl: 64 - hops, baseUs: local ? 60 : 420, spreadUs: local ? 50 : 300 };
}

/** A stable spread of round-trip times: the same lab gives the same transcript. */
export function rtt(reply: Reply, ip: string, seq: number): number {
  let h = 2166136261;
  for (const c of `${ip}#${seq}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return reply.baseUs + (h % reply.spreadUs);
}

export const ms = (us: number) => `${Math.floor(us / 1000)}.${String(us % 1000).padStart(3, "0")}`;

interface Options {
  count?: number;
  timeoutS: number;
  intervalS: number;
  size: number;
  quiet: boolean;
  numeric: boolean;
  dest?: string;
}

const VALUE_FLAGS = new Set(["c", "W", "i", "s", "w", "t", "I"]);

function parse(argv: string[], io: NetIo): Options | number {
  const o: Options = { timeoutS: 10, intervalS: 1, size: 56, quiet: false, numeric: false };
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith("-") || a === "-") {
      o.dest = a;
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const f = a[j];
      if (!VALUE_FLAGS.has(f)) {
        if (f === "q") o.quiet = true;
        else if (f === "n") o.numeric = true;
        else if (f !== "4" && f !== "v") {
          io.err(`ping: invalid option -- '${f}'\nusage: ping [-c count] [-i interval] [-W timeout] [-s size] [-q] [-n] destination\n`);
          return 2;
        }
        continue;
      }
      const v = a.slice(j + 1) || args[++i];
      if (v === undefined) {
        io.err(`ping: option requires an argument -- '${f}'\nusage: ping [-c count] [-i interval] [-W timeout] [-s size] [-q] [-n] destination\n`);
        return 2;
      }
      const n = Number(v);
      if (f === "c") {
        if (!/^\d+$/.test(v) || n < 1) return (io.err(`ping: invalid argument: '${v}': out of range: 1 <= value <= 9223372036854775807\n`), 1);
        o.count = n;
      } else if (f === "W") {
        if (!Number.isFinite(n) || n < 0) return (io.err(`ping: bad linger time: ${v}\n`), 1);
        o.timeoutS = n;
      } else if (f === "i") {
        if (!Number.isFinite(n) || n < 0) return (io.err(`ping: bad timing interval: ${v}\n`), 1);
        o.intervalS = n;
      } else if (f === "s") {
        if (!/^\d+$/.test(v) || n > 65507) return (io.err(`ping: invalid argument: '${v}': out of range: 0 <= value <= 65507\n`), 1);
        o.size = n;
      } else if (f === "w") {
        if (!/^\d+$/.test(v)) return (io.err(`ping: invalid argument: '${v}'\n`), 1);
        o.count ??= Math.max(1, n);
      }
      break;
    }
  }
  return o;
}

export function pingRun(argv: string[], io: NetIo): number {
  const o = parse(argv, io);
  if (typeof o === "number") return o;
  if (!o.dest) return (io.err("ping: usage error: Destination address required\n"), 1);
  const dest = o.dest;
  const r = resolveHost(io.view, io.src, dest, io.resolv);
  if ("error" in r) {
    if (r.error === "timeout") {
      io.wait(DNS_TIMEOUT_MS);
      io.err(`ping: ${dest}: Temporary failure in name resolution\n`);
    } else io.err(`ping: ${dest}: Name or service not known\n`);
    return 2;
  }
  const ip = r.ip;
  const literal = isIPv4(dest);
  const node = io.view.nodeByIp(ip);
  const from = literal || o.numeric ? ip : `${node?.name ?? ip} (${ip})`;
  io.out(`PING ${dest} (${ip}) ${o.size}(${o.size + 28}) bytes of data.\n`);
  const reply = echoReply(io.view, io.src, ip);
  const interrupted = o.count === undefined;
  const count = o.count ?? CTRL_C_AFTER;
  const times: number[] = [];
  for (let seq = 1; seq <= count; seq++) {
    if (seq > 1) io.wait(o.intervalS * 1000);
    if (!reply) continue;
    const t = rtt(reply, ip, seq);
    times.push(t);
    if (!o.quiet) io.out(`${o.size + 8} bytes from ${from}: icmp_seq=${seq} ttl=${reply.ttl} time=${ms(t)} ms\n`);
  }
  if (!reply && !interrupted) io.wait(o.timeoutS * 1000);
  const elapsed = Math.round((count - 1) * o.intervalS * 1000) + (count - 1);
  const rx = times.length;
  const loss = Math.round(((count - rx) / count) * 100);
  let stats = `${interrupted ? "^C" : ""}\n--- ${dest} ping statistics ---\n${count} packets transmitted, ${rx} received, ${loss}% packet loss, time ${elapsed}ms\n`;
  if (rx) {
    const sum = times.reduce((a, b) => a + b, 0);
    const avg = Math.floor(sum / rx);
    const mdev = Math.floor(Math.sqrt(Math.max(0, Math.floor(times.reduce((a, b) => a + b * b, 0) / rx) - avg * avg)));
    stats += `rtt min/avg/max/mdev = ${ms(Math.min(...times))}/${ms(avg)}/${ms(Math.max(...times))}/${ms(mdev)} ms\n`;
  } else stats += "\n";
  io.out(stats);
  return rx ? 0 : 1;
}
