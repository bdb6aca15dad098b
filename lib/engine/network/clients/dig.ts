import { isIPv4 } from "../cidr";
import { clusterCorefile, query, type DnsReply, type QType } from "../dns";
import { candidates, resolveHost } from "../resolv";
import { fqdn, printReply, type DigReply, type Display, type Rr } from "./dig-message";
import { ask, NODE_STUB, type NetIo } from "./net-io";

/**
 * dig (BIND 9.18 as Ubuntu 24.04 ships it): `dig [@server] name [type] [+options]`, `-t TYPE`,
 * `-x ADDR`, `+short`, `+noall +answer`, `+search`, `+tcp`, `+time=`, `+tries=`. The node's
 * default server is systemd-resolved's stub (127.0.0.53), which knows the nodes and nothing of
 * cluster.local; `@10.96.0.10` asks CoreDNS over the simulated network. Exit 0 for any answer
 * (NXDOMAIN included), 9 when no server answers, 10 when `@server` does not resolve, 1 on bad usage.
 */

const VERSION = "9.18.39-0ubuntu0.24.04.1-Ubuntu";
const USAGE =
  'Usage:  dig [@global-server] [domain] [q-type] [q-class] {q-opt}\n            {global-d-opt} host [@local-server] {local-d-opt}\n            [ host [@local-server] {local-d-opt} [...]]\n\nUse "dig -h" (or "dig -h | more") for complete list of options\n';
const TYPES = new Set(["A", "AAAA", "PTR", "CNAME", "MX", "NS", "SOA", "SRV", "TXT", "ANY"]);
/** The kubeadm Corefile's `ttl 30`; the hosts plugin's default TTL. */
const CLUSTER_TTL = 30;
const HOSTS_TTL = 3600;
const STUB_UDP = 65494;
const COREDNS_UDP = 1232;

interface Query {
  name?: string;
  type: string;
  server?: string;
  serverFirst: boolean;
  greeting: boolean;
  search: boolean;
  tcp: boolean;
  timeS: number;
  tries: number;
  show: Display;
}

const BOOL_OPTS: Record<string, (q: Query, on: boolean) => void> = {
  short: (q, on) => (q.show.short = on),
  cmd: (q, on) => (q.show.cmd = on),
  comments: (q, on) => (q.show.comments = on),
  question: (q, on) => (q.show.question = on),
  answer: (q, on) => (q.show.answer = on),
  authority: (q, on) => (q.show.authority = on),
  additional: () => {},
  stats: (q, on) => (q.show.stats = on),
  search: (q, on) => (q.search = on),
  tcp: (q, on) => (q.tcp = on),
  vc: (q, on) => (q.tcp = on),
  cookie: () => {},
  recurse: () => {},
  all: (q, on) => Object.assign(q.show, { cmd: on, comments: on, question: on, answer: on, authority: on, stats: on }),
};

function parseArgs(argv: string[]): Query | string {
  const q: Query = { type: "A", serverFirst: false, greeting: true, search: false, tcp: false, timeS: 5, tries: 3, show: { cmd: true, comments: true, question: true, answer: true, authority: true, stats: true, short: false } };
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith("@")) {
      q.server = a.slice(1);
      if (q.name === undefined) q.serverFirst = true;
    } else if (a.startsWith("+")) {
      const m = /^\+(no)?([a-z]+)(?:=(.*))?$/.exec(a);
      const key = m?.[2] ?? "";
      if (m && (key === "time" || key === "timeout" || key === "tries" || key === "retry") && !m[1]) {
        const n = Number(m[3]);
        if (!/^\d+$/.test(m[3] ?? "")) return `Invalid option: ${a}`;
        if (key.startsWith("time")) q.timeS = Math.max(1, n);
        else q.tries = key === "retry" ? n + 1 : Math.max(1, n);
      } else if (m && BOOL_OPTS[key] && m[3] === undefined) BOOL_OPTS[key](q, !m[1]);
      else return `Invalid option: ${a}`;
    } else if (a === "-t" || a === "-x" || a === "-p" || a === "-q") {
      const v = args[++i];
      if (v === undefined) return `Invalid option: ${a}`;
      if (a === "-t") {
        if (!TYPES.has(v.toUpperCase())) return `Invalid option: ${a} ${v}`;
        q.type = v.toUpperCase();
      } else if (a === "-x") {
        if (!isIPv4(v)) return `Invalid option: ${a} ${v}`;
        q.name = `${v.split(".").reverse().join(".")}.in-addr.arpa`;
        q.type = "PTR";
        q.greeting = q.show.cmd;
      } else if (a === "-q") {
        q.name = v;
        q.greeting = q.show.cmd;
      }
    } else if (a === "-4") continue;
    else if (a.startsWith("-")) return `Invalid option: ${a}`;
    else if (q.name !== undefined && TYPES.has(a.toUpperCase())) q.type = a.toUpperCase();
    else if (q.name !== undefined && a.toUpperCase() === "IN") continue;
    else if (q.name === undefined) {
      q.name = a;
      q.greeting = q.show.cmd;
    } else if (TYPES.has(a.toUpperCase())) q.type = a.toUpperCase();
    else q.name = a;
  }
  if (q.name === undefined) q.greeting = q.show.cmd;
  return q;
}

function hash(text: string): number {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h;
}

const when = (ms: number) => {
  const d = new Date(ms);
  const day = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][d.getUTCDay()];
  const mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.getUTCMonth()];
  const p = (n: number) => String(n).padStart(2, "0");
  return `${day} ${mon} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
};

/** The zone's SOA as CoreDNS's kubernetes plugin synthesises it; the serial is the last change it saw. */
function clusterSoa(io: NetIo, zone: string): Rr {
  let last = 0;
  for (const kind of ["services", "namespaces", "endpointslices"]) {
    for (const o of io.view.list(kind)) last = Math.max(last, Date.parse(o.metadata.creationTimestamp ?? "") || 0);
  }
  return { name: zone, ttl: CLUSTER_TTL, type: "SOA", data: `ns.dns.${fqdn(zone)} hostmaster.${fqdn(zone)} ${Math.floor(last / 1000)} 7200 1800 86400 ${CLUSTER_TTL}` };
}

const modelType = (t: string): QType | undefined => (t === "A" || t === "AAAA" || t === "PTR" ? t : undefined);

/** One question to CoreDNS: authoritative for the cluster zones (with the SOA on a negative answer), forwarded otherwise. */
function askCoreDns(io: NetIo, server: string, name: string, type: string, cookie: string): DigReply | undefined {
  const qt = modelType(type);
  const r = query(io.view, io.src, server, name, qt ?? "AAAA");
  if ("timeout" in r) return undefined;
  const reply: DnsReply = qt ? r.reply : { rcode: r.reply.rcode, answers: [] };
  const lower = name.toLowerCase().replace(/\.$/, "");
  const corefile = clusterCorefile(io.view);
  const hosted = corefile.hosts.has(lower);
  const zone = corefile.kubernetes?.zones.find((z) => z && z.includes(".") && !z.endsWith("arpa") && (lower === z || lower.endsWith(`.${z}`)));
  const reverse = type === "PTR" && reply.answers.length > 0;
  const authoritative = hosted || zone !== undefined || reverse;
  const ttl = hosted ? HOSTS_TTL : CLUSTER_TTL;
  const data = (a: string) => (type === "PTR" ? fqdn(a) : a);
  return {
    rcode: reply.rcode,
    flags: authoritative ? ["qr", "aa", "rd"] : ["qr", "rd", "ra"],
    answers: reply.answers.map((a) => ({ name, ttl, type, data: data(a) })),
    authority: zone !== undefined && !hosted && !reply.answers.length ? [clusterSoa(io, zone)] : [],
    udp: COREDNS_UDP,
    cookie,
    compressed: false,
  };
}

/** systemd-resolved's stub: node names from /etc/hosts, NXDOMAIN for the rest (its upstream knows no cluster names). */
function askStub(io: NetIo, name: string, type: string): DigReply {
  const qt = modelType(type);
  const r = qt ? ask(io, NODE_STUB, name, qt) : { reply: { rcode: "NXDOMAIN" as const, answers: [] } };
  const reply = "reply" in r ? r.reply : { rcode: "SERVFAIL" as const, answers: [] };
  return { rcode: reply.rcode, flags: ["qr", "rd", "ra"], answers: reply.answers.map((a) => ({ name, ttl: 0, type, data: a })), authority: [], udp: STUB_UDP, compressed: true };
}

/** `version` is the BIND release the image ships (the greeting names it). */
export function digRun(argv: string[], io: NetIo, version = VERSION): number {
  const q = parseArgs(argv);
  if (typeof q === "string") {
    io.err(`${q}\n${USAGE}`);
    return 1;
  }
  let server = q.server ?? io.resolv.nameservers[0] ?? "127.0.0.1";
  if (!isIPv4(server)) {
    const r = resolveHost(io.view, io.src, server, io.resolv);
    if (!("ip" in r)) {
      io.err(`dig: couldn't get address for '${server}': not found\n`);
      return 10;
    }
    server = r.ip;
  }
  const name = q.name ?? ".";
  const greeting = q.greeting && !q.show.short ? `\n; <<>> DiG ${version} <<>>${argv.slice(1).map((a) => ` ${a}`).join("")}\n${q.serverFirst ? "; (1 server found)\n" : ""};; global options: +cmd\n` : "";
  const seed = hash(`${io.now()}|${name}|${q.type}|${server}`);
  const cookie = (hash(`cookie|${seed}`).toString(16).padStart(8, "0") + hash(`${seed}|cookie`).toString(16).padStart(8, "0")).slice(0, 16);
  const names = q.search && !name.endsWith(".") ? candidates(name, io.resolv) : [name];
  let reply: DigReply | undefined;
  let asked = name;
  for (const n of names) {
    asked = n;
    reply = server === NODE_STUB ? askStub(io, n, q.type) : askCoreDns(io, server, n, q.type, cookie);
    if (!reply || (reply.rcode === "NOERROR" && reply.answers.length)) break;
  }
  if (!reply) {
    io.wait(q.timeS * q.tries * 1000);
    io.out(`;; communications error to ${server}#53: timed out\n`.repeat(q.tries));
    io.out(`${greeting};; no servers could be reached\n`);
    return 9;
  }
  io.out(greeting + printReply(reply, { qname: asked, qtype: q.type, server, tcp: q.tcp, id: seed % 65536, when: when(io.now()) }, q.show));
  return 0;
}
