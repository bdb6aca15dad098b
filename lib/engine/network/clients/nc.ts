import { connect } from "../connect";
import { lookup } from "./fetch";
import { parseNcArgs } from "./nc-args";
import { SYN_TIMEOUT_MS, type NetIo } from "./net-io";

/** busybox nc as a port probe: `nc -z [-v] [-w SEC] HOST PORT`. Models networking/nc_bloaty.c messages. */
export function ncRun(argv: string[], io: NetIo): number {
  const { verbose, udp, waitS, rest } = parseNcArgs(argv);
  const [host, portText] = rest;
  if (!host || !portText) return (io.err("BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: nc [OPTIONS] HOST PORT  - connect\nnc [OPTIONS] -l -p PORT [HOST] [PORT]  - listen\n"), 1);
  const r = lookup(io, host);
  if ("error" in r) return (io.err(`nc: bad address '${host}'\n`), 1);
  const port = Number(portText);
  const c = connect(io.view, io.src, r.ip, port, udp ? "UDP" : "TCP");
  const label = `${host} (${r.ip}:${port})`;
  if (c.ok) {
    if (verbose) io.err(`${label} open\n`);
    return 0;
  }
  if (c.error === "timeout") {
    io.wait(waitS !== undefined ? waitS * 1000 : SYN_TIMEOUT_MS);
    return (io.err(`nc: ${label}: Connection timed out\n`), 1);
  }
  return (io.err(`nc: ${label}: Connection refused\n`), 1);
}
