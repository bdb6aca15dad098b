import { connect } from "../connect";
import { serveHttp, type HttpOutcome } from "../http-server";
import { resolveHost } from "../resolv";
import type { NetIo } from "./net-io";

/** The steps every client goes through: resolve, connect, and (for HTTP) get an answer. */
export type Fetch =
  | { stage: "resolve"; error: "nxdomain" | "timeout" }
  | { stage: "connect"; ip: string; error: "timeout" | "refused"; detail: string }
  | { stage: "done"; ip: string; outcome: HttpOutcome };

export function lookup(io: NetIo, host: string): { ip: string } | { error: "nxdomain" | "timeout" } {
  const r = resolveHost(io.view, io.src, host, io.resolv);
  if ("ip" in r) return { ip: r.ip };
  return { error: r.error };
}

/** Resolves `host`, connects to `port` and sends one HTTP request. */
export function httpFetch(io: NetIo, host: string, port: number, req: { method: string; path: string; hostHeader: string }): Fetch {
  const r = lookup(io, host);
  if ("error" in r) return { stage: "resolve", error: r.error };
  const c = connect(io.view, io.src, r.ip, port);
  if (!c.ok) return { stage: "connect", ip: r.ip, error: c.error, detail: c.detail };
  return { stage: "done", ip: r.ip, outcome: serveHttp(io.view, c, { method: req.method, host: req.hostHeader, path: req.path }, io.now()) };
}
