import { connect } from "../connect";
import { isIPv4 } from "../cidr";
import { lookup } from "./fetch";
import { parseNcArgs } from "./nc-args";
import { SYN_TIMEOUT_MS, type NetIo } from "./net-io";

/**
 * OpenBSD netcat (netcat-openbsd, as netshoot ships it) as a port probe: `nc -zv [-w SEC] [-u]
 * HOST PORT`. Messages as its netcat.c words them: `Connection to web (10.96.0.5) 80 port
 * [tcp/http] succeeded!`, `connect to … failed: Connection refused`, and with `-w` a timeout
 * `timed out: Operation now in progress`. Exit 1 on any failure.
 */

/** /etc/services names of the ports a lab meets; others print `*`. */
const SERVICES: Record<number, string> = { 22: "ssh", 53: "domain", 80: "http", 443: "https", 2379: "etcd-client", 2380: "etcd-server", 3306: "mysql", 5432: "postgresql", 6379: "redis", 8080: "http-alt", 11211: "memcache" };

const USAGE = "usage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]\n\t  [-m minttl] [-O length] [-P proxy_username] [-p source_port]\n\t  [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit]\n\t  [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]]\n\t  [destination] [port]\n";

export function ncOpenbsdRun(argv: string[], io: NetIo): number {
  const { verbose, udp, waitS, rest } = parseNcArgs(argv);
  const [host, portText] = rest;
  if (!host || !portText) return (io.err(USAGE), 1);
  const port = Number(portText);
  const proto = udp ? "udp" : "tcp";
  const r = lookup(io, host);
  if ("error" in r) return (io.err(`nc: getaddrinfo for host "${host}" port ${port}: ${r.error === "timeout" ? "Temporary failure in name resolution" : "Name or service not known"}\n`), 1);
  const who = isIPv4(host) ? host : `${host} (${r.ip})`;
  const c = connect(io.view, io.src, r.ip, port, udp ? "UDP" : "TCP");
  if (c.ok) {
    if (verbose) io.err(`Connection to ${who} ${port} port [${proto}/${SERVICES[port] ?? "*"}] succeeded!\n`);
    return 0;
  }
  // UDP has no handshake: -z reports nothing either way.
  if (udp) return 0;
  if (c.error === "refused") return (io.err(`nc: connect to ${who} port ${port} (${proto}) failed: Connection refused\n`), 1);
  if (waitS !== undefined && waitS * 1000 < SYN_TIMEOUT_MS) {
    io.wait(waitS * 1000);
    return (io.err(`nc: connect to ${who} port ${port} (${proto}) timed out: Operation now in progress\n`), 1);
  }
  io.wait(SYN_TIMEOUT_MS);
  return (io.err(`nc: connect to ${who} port ${port} (${proto}) failed: Connection timed out\n`), 1);
}
