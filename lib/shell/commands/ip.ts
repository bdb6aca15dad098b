import type { Command, CommandContext } from "../types";
import { hexId, nodeRuntime } from "../node/runtime";

/** ip (iproute2 6.x): `ip addr`, `ip -4 addr`, `ip -br addr`, `ip link`, `ip route` for a node with Calico (IPIP). */

interface Iface {
  name: string;
  label: string;
  flags: string;
  mtu: number;
  qdisc: string;
  state: string;
  link: string;
  inet?: string;
  inetExtra?: string;
  inet6?: string;
}

function nodeIndex(ctx: CommandContext): { index: number; peers: { ip: string; index: number }[] } {
  const same = ctx.environment
    .hostNames()
    .map((n) => ctx.environment.host(n)!)
    .filter((h) => h.cluster !== undefined && h.cluster === ctx.host.cluster);
  return { index: Math.max(0, same.findIndex((h) => h.name === ctx.host.name)), peers: same.map((h, i) => ({ ip: h.ip, index: i })).filter((p) => p.ip !== ctx.host.ip) };
}

const mac = (seed: string) => "02:42:" + (hexId(seed, 8).match(/../g) ?? []).join(":");

function interfaces(ctx: CommandContext): Iface[] {
  const ip = ctx.host.ip;
  const { index } = nodeIndex(ctx);
  const m = mac(`eth0:${ctx.host.name}`);
  const list: Iface[] = [
    { name: "lo", label: "lo", flags: "LOOPBACK,UP,LOWER_UP", mtu: 65536, qdisc: "noqueue", state: "UNKNOWN", link: "link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00", inet: "127.0.0.1/8 scope host lo", inet6: "::1/128 scope host noprefixroute " },
    { name: "eth0", label: "eth0", flags: "BROADCAST,MULTICAST,UP,LOWER_UP", mtu: 1500, qdisc: "fq_codel", state: "UP", link: `link/ether ${m} brd ff:ff:ff:ff:ff:ff`, inet: `${ip}/24 brd ${ip.replace(/\.\d+$/, ".255")} scope global eth0`, inet6: `fe80::42:${m.split(":").slice(2, 4).join("")}:${m.split(":").slice(4).join("")}/64 scope link ` },
  ];
  if (ctx.host.cluster !== undefined) {
    list.push({ name: "tunl0", label: "tunl0@NONE", flags: "NOARP,UP,LOWER_UP", mtu: 1480, qdisc: "noqueue", state: "UNKNOWN", link: "link/ipip 0.0.0.0 brd 0.0.0.0", inet: `192.168.${index}.1/32 scope global tunl0` });
    for (const pod of nodeRuntime(ctx).pods.filter((p) => !p.hostNetwork && p.ip)) {
      const name = `cali${hexId(`veth:${pod.namespace}/${pod.name}`, 11)}`;
      list.push({ name, label: `${name}@if2`, flags: "BROADCAST,MULTICAST,UP,LOWER_UP", mtu: 1480, qdisc: "noqueue", state: "UP", link: `link/ether ee:ee:ee:ee:ee:ee brd ff:ff:ff:ff:ff:ff link-netns cni-${hexId(pod.uid, 8)}-${hexId(pod.uid + "a", 4)}-${hexId(pod.uid + "b", 4)}-${hexId(pod.uid + "c", 4)}-${hexId(pod.uid + "d", 12)}`, inet6: "fe80::ecee:eeff:feee:eeee/64 scope link " });
    }
  }
  return list;
}

function routes(ctx: CommandContext): string[] {
  const ip = ctx.host.ip;
  const gw = ip.replace(/\.\d+$/, ".1");
  const out = [`default via ${gw} dev eth0 proto dhcp src ${ip} metric 100 `, `${ip.replace(/\.\d+$/, ".0")}/24 dev eth0 proto kernel scope link src ${ip} metric 100 `];
  if (ctx.host.cluster === undefined) return out;
  const { index, peers } = nodeIndex(ctx);
  const nets: [number, string][] = [[index, `blackhole 192.168.${index}.0/24 proto bird `], ...peers.map((p): [number, string] => [p.index, `192.168.${p.index}.0/24 via ${p.ip} dev tunl0 proto bird onlink `])];
  nets.sort((a, b) => a[0] - b[0]);
  const pods = nodeRuntime(ctx)
    .pods.filter((p) => !p.hostNetwork && p.ip)
    .sort((a, b) => a.ip.localeCompare(b.ip, undefined, { numeric: true }))
    .map((p) => `${p.ip} dev cali${hexId(`veth:${p.namespace}/${p.name}`, 11)} scope link `);
  for (const [i, line] of nets) {
    out.push(line);
    if (i === index) out.push(...pods);
  }
  return out;
}

export const ip: Command = {
  name: "ip",
  usage: "ip [-4|-6] [-br] { addr | link | route } [show [dev IFACE]]",
  run(argv, ctx) {
    const args = argv.slice(1);
    let family: "4" | "6" | undefined;
    let brief = false;
    while (args[0]?.startsWith("-")) {
      const a = args.shift()!;
      if (a === "-4" || a === "-6") family = a[1] as "4" | "6";
      else if (a === "-br" || a === "-brief") brief = true;
      else if (a === "-c" || a === "-color" || a === "--color" || a.startsWith("-c=")) continue;
      else {
        ctx.err(`Option "${a}" is unknown, try "ip -help".\n`);
        return 255;
      }
    }
    const [object = "", ...rest] = args;
    const objects: Record<string, string> = { a: "addr", ad: "addr", add: "addr", addr: "addr", address: "addr", l: "link", li: "link", link: "link", r: "route", ro: "route", route: "route" };
    const obj = objects[object];
    if (!object) {
      ctx.err('Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n       ip [ -force ] -batch filename\nwhere  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp | link |\n                   macsec | maddress | monitor | mptcp | mroute | mrule |\n                   neighbor | neighbour | netconf | netns | nexthop | ntable |\n                   ntbl | route | rule | sr | tap | tcpmetrics |\n                   token | tunnel | tuntap | vrf | xfrm }\n');
      return 255;
    }
    if (!obj) {
      ctx.err(`Object "${object}" is unknown, try "ip help".\n`);
      return 1;
    }
    const verb = rest[0] && !["dev"].includes(rest[0]) ? rest.shift() : "show";
    if (!["show", "list", "lst", "sh", "s", "ls", "l"].includes(verb!)) {
      ctx.err(obj === "route" ? `Command "${verb}" is unknown, try "ip route help".\n` : `Command "${verb}" is unknown, try "ip ${obj === "addr" ? "address" : obj} help".\n`);
      return 255;
    }
    if (obj === "route") {
      if (family === "6") {
        ctx.out("fe80::/64 dev eth0 proto kernel metric 256 pref medium\n");
        return 0;
      }
      ctx.out(routes(ctx).map((l) => l + "\n").join(""));
      return 0;
    }
    const devName = rest[0] === "dev" ? rest[1] : rest[0];
    let list = interfaces(ctx).map((f, i) => ({ ...f, n: i + 1 }));
    if (devName) {
      list = list.filter((f) => f.name === devName);
      if (list.length === 0) {
        ctx.err(`Device "${devName}" does not exist.\n`);
        return 1;
      }
    }
    let out = "";
    for (const f of list) {
      if (brief) {
        const addrs = obj === "link" ? f.link.split(" ")[1] : [family !== "6" && f.inet?.split(" ")[0], family !== "4" && f.inet6?.split(" ")[0]].filter(Boolean).join(" ");
        out += `${f.label.padEnd(16)} ${f.state.padEnd(14)} ${addrs} \n`;
        continue;
      }
      if (family === "4" && !f.inet && obj === "addr") continue;
      out += `${f.n}: ${f.label}: <${f.flags}> mtu ${f.mtu} qdisc ${f.qdisc} state ${f.state} ${obj === "link" ? "mode DEFAULT " : ""}group default qlen 1000\n`;
      if (family === undefined || obj === "link") out += `    ${f.link}\n`;
      if (obj === "addr") {
        if (f.inet && family !== "6") out += `    inet ${f.inet}\n       valid_lft forever preferred_lft forever\n`;
        if (f.inet6 && family !== "4") out += `    inet6 ${f.inet6}\n       valid_lft forever preferred_lft forever\n`;
      }
    }
    ctx.out(out);
    return 0;
  },
};
