import { connect } from "../connect";
import { lookup } from "./fetch";
import { SYN_TIMEOUT_MS, type NetIo } from "./net-io";

/** busybox nc as a port probe: `nc -z [-v] [-w SEC] HOST PORT`. Models networking/nc_bloaty.c messages. */
export function ncRun(argv: string[], io: NetIo): number {
  let verbose = false;
  let udp = false;
  let waitS: number | undefined;
  const rest: string[] = [];
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        if (a[j] === "v") verbose = true;
        else if (a[j] === "u") udp = true;
        else if (a[j] === "w") {
          waitS = Number(a.slice(j + 1) || args[++i]);
          break;
        }
      }
    } else rest.push(a);
  }
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
