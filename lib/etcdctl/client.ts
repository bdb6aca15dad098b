import { rfc3339 } from "../engine/clock";
import type { EtcdServer } from "../engine/etcd/server";
import { clientCertTrusted, isCertificatePem, isKeyPem, keyMatches, serverCertError } from "../engine/etcd/tls";
import type { CommandContext } from "../shell/types";
import { EtcdctlError, ExitBadArgs, ExitError, type EtcdctlOptions } from "./types";

/**
 * Connecting to etcd the way clientv3 does: TLS files are loaded up front (a missing file or a
 * lone --cert is a usage error, exit 128); the connection itself is lazy, so a handshake that
 * fails — no CA, the wrong CA, no client certificate — or a port where nothing listens shows up
 * only when the first request times out after --command-timeout: a `retrying of unary invoker
 * failed` warning and `Error: context deadline exceeded`. The simulated clock moves by that time.
 * Models client/v3/client.go, etcdctl/ctlv3/command/global.go, client/v3/retry_interceptor.go.
 */

export interface Endpoint {
  url: string;
  hostPort: string;
  secure: boolean;
}

/** A reachable member, or why the first request failed (gRPC's last connection error). */
export type Dialed = { ok: true; server: EtcdServer; endpoint: Endpoint } | { ok: false; endpoint: Endpoint; reason: string };

/** Fake but stable address of the client's resolver, as Go prints a pointer. */
const RESOLVER = "0xc0003a4000";

export function endpointsOf(opts: EtcdctlOptions): Endpoint[] {
  const tlsFlags = ["cacert", "cert", "key"].some((f) => opts.flags[f]);
  return (opts.flags.endpoints as string[]).map((url) => {
    const m = /^(https?|unix|unixs):\/\/(.*)$/.exec(url);
    const hostPort = (m ? m[2] : url).replace(/\/.*$/, "");
    const secure = m ? m[1] === "https" || m[1] === "unixs" : tlsFlags;
    return { url, hostPort: hostPort.includes(":") ? hostPort : `${hostPort}:2379`, secure };
  });
}

interface ClientTls {
  ca?: string;
  cert?: string;
  key?: string;
}

/** Loads --cacert/--cert/--key as etcdctl does before dialing; errors exit 128. */
export function loadTls(opts: EtcdctlOptions, ctx: CommandContext): ClientTls {
  const [cacert, cert, key] = ["cacert", "cert", "key"].map((f) => (opts.flags[f] as string) || "");
  if ((cert && !key) || (!cert && key)) throw new EtcdctlError(`KeyFile and CertFile must both be present[key: ${key}, cert: ${cert}]`, ExitBadArgs);
  const read = (p: string) => {
    const abs = ctx.resolve(p);
    if (!ctx.host.fs.exists(abs)) throw new EtcdctlError(`open ${p}: no such file or directory`, ExitBadArgs);
    if (ctx.host.fs.stat(abs).type === "dir") throw new EtcdctlError(`read ${p}: is a directory`, ExitBadArgs);
    return ctx.host.fs.readFile(abs);
  };
  const tls: ClientTls = {};
  if (cert) {
    tls.cert = read(cert);
    tls.key = read(key);
    if (!isCertificatePem(tls.cert)) throw new EtcdctlError("tls: failed to find any PEM data in certificate input", ExitBadArgs);
    if (!isKeyPem(tls.key)) throw new EtcdctlError("tls: failed to find any PEM data in key input", ExitBadArgs);
    if (!keyMatches(tls.cert, tls.key)) throw new EtcdctlError("tls: private key does not match public key", ExitBadArgs);
  }
  if (cacert) tls.ca = read(cacert);
  return tls;
}

const transportError = (desc: string) => `rpc error: code = DeadlineExceeded desc = latest balancer error: last connection error: connection error: desc = \\"${desc}\\"`;

/** Dials every endpoint; the handshake decides with the server's files what a real one would. */
export function dial(opts: EtcdctlOptions, ctx: CommandContext, tls: ClientTls): Dialed[] {
  const endpoints = endpointsOf(opts);
  if (endpoints.length === 0) throw new EtcdctlError("etcdclient: no available endpoints", ExitError);
  return endpoints.map((endpoint): Dialed => {
    const reached = ctx.environment.etcd(ctx.host.name, endpoint.hostPort);
    if (reached === "refused") return { ok: false, endpoint, reason: transportError(`transport: Error while dialing: dial tcp ${endpoint.hostPort}: connect: connection refused`) };
    if (reached === "timeout") return { ok: false, endpoint, reason: transportError(`transport: Error while dialing: dial tcp ${endpoint.hostPort}: i/o timeout`) };
    const server = reached;
    const serverSecure = server.config.listenClientUrls.some((u) => u.startsWith("https://"));
    if (serverSecure !== endpoint.secure) {
      return { ok: false, endpoint, reason: serverSecure ? "rpc error: code = DeadlineExceeded desc = latest balancer error: last connection error: connection closed" : transportError("transport: authentication handshake failed: tls: first record does not look like a TLS handshake") };
    }
    if (!serverSecure) return { ok: true, server, endpoint };
    const read = (p?: string) => (p && server.fs.exists(p) ? server.fs.readFile(p) : undefined);
    const now = ctx.environment.clock.now();
    const bad = serverCertError(read(server.config.certFile), tls.ca, now);
    if (bad) return { ok: false, endpoint, reason: transportError(`transport: authentication handshake failed: tls: failed to verify certificate: ${bad}`) };
    if (server.config.clientCertAuth) {
      if (!tls.cert) return { ok: false, endpoint, reason: transportError("error reading server preface: remote error: tls: certificate required") };
      if (!clientCertTrusted(tls.cert, read(server.config.trustedCaFile), now)) return { ok: false, endpoint, reason: transportError("error reading server preface: remote error: tls: bad certificate") };
    }
    return { ok: true, server, endpoint };
  });
}

/** The zap JSON warning clientv3 logs when a unary call gives up. */
export function retryWarning(ctx: CommandContext, d: Extract<Dialed, { ok: false }>): string {
  const ts = rfc3339WithMillis(ctx.environment.clock.now());
  return `{"level":"warn","ts":"${ts}","logger":"etcd-client","caller":"v3@v3.5.16/retry_interceptor.go:62","msg":"retrying of unary invoker failed","target":"etcd-endpoints://${RESOLVER}/${d.endpoint.hostPort}","attempt":0,"error":"${d.reason}"}\n`;
}

/** The same warning for an error the server answered with (e.g. a future revision). */
export function serverErrorWarning(ctx: CommandContext, hostPort: string, code: string, desc: string): string {
  const ts = rfc3339WithMillis(ctx.environment.clock.now());
  return `{"level":"warn","ts":"${ts}","logger":"etcd-client","caller":"v3@v3.5.16/retry_interceptor.go:62","msg":"retrying of unary invoker failed","target":"etcd-endpoints://${RESOLVER}/${hostPort}","attempt":0,"error":"rpc error: code = ${code} desc = ${desc}"}\n`;
}

export function rfc3339WithMillis(ms: number): string {
  return rfc3339(ms).replace("Z", `.${String(ms % 1000).padStart(3, "0")}Z`);
}

/**
 * The first endpoint that answers, for unary requests (get, put, del, member list). When none
 * does, waits out --command-timeout, logs the retry warning and fails with the context error.
 */
export function connect(opts: EtcdctlOptions, ctx: CommandContext): EtcdServer {
  const tls = loadTls(opts, ctx);
  const dialed = dial(opts, ctx, tls);
  const ok = dialed.find((d): d is Extract<Dialed, { ok: true }> => d.ok);
  if (ok) return ok.server;
  ctx.environment.advance(opts.flags["command-timeout"] as number);
  ctx.err(retryWarning(ctx, dialed[dialed.length - 1] as Extract<Dialed, { ok: false }>));
  throw new EtcdctlError("context deadline exceeded", ExitError);
}

export interface Header {
  cluster_id: bigint;
  member_id: bigint;
  revision?: number;
  raft_term: number;
}

/** The response header every JSON/fields printer starts with. */
export function header(server: EtcdServer, withRevision = true): Header {
  const ids = { cluster_id: BigInt(`0x${server.membership.clusterId}`), member_id: BigInt(`0x${server.membership.member.id}`) };
  return withRevision ? { ...ids, revision: server.store.revision, raft_term: RAFT_TERM } : { ...ids, raft_term: RAFT_TERM };
}

/** A single member that started once: term 2, as a fresh kubeadm etcd reports. */
export const RAFT_TERM = 2;

/** JSON as Go's encoder writes it, with uint64 IDs (bigint here) as bare numbers. */
export function goJson(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? `@@u64:${v}@@` : v)).replace(/"@@u64:(\d+)@@"/g, "$1");
}
