import { dbSize } from "../../engine/etcd/db-file";
import { ETCD_VERSION, type EtcdServer } from "../../engine/etcd/server";
import { connect, dial, goJson, header, loadTls, RAFT_TERM, retryWarning, type Dialed } from "../client";
import { humanBytes, table } from "../printers";
import { EtcdctlError, ExitError, type EtcdctlCommand, type EtcdctlOptions } from "../types";
import type { CommandContext } from "../../shell/types";

const CLUSTER_FLAG = { name: "cluster", type: "bool" as const, default: false, help: "use all endpoints from the cluster member list" };

/** `--cluster` swaps the given endpoints for the members' client URLs. */
function targets(opts: EtcdctlOptions, ctx: CommandContext): EtcdctlOptions {
  if (!opts.flags.cluster) return opts;
  const server = connect(opts, ctx);
  return { ...opts, flags: { ...opts.flags, endpoints: server.config.advertiseClientUrls } };
}

/** A stable "took" for a health probe: 8-12ms, derived from the clock (never the wall time). */
function took(ctx: CommandContext, i: number): string {
  const ns = 8_000_000 + ((ctx.environment.clock.now() * 7919 + i * 104729) % 4_000_000);
  return `${(ns / 1e6).toFixed(6).replace(/\.?0+$/, "")}ms`;
}

/** `etcdctl endpoint health`: models etcdctl/ctlv3/command/ep_command.go epHealthCommandFunc (3.5). */
export const endpointHealth: EtcdctlCommand = {
  path: "endpoint health",
  summary: "Checks the healthiness of endpoints specified in `--endpoints` flag",
  use: "endpoint health",
  flags: [CLUSTER_FLAG],
  run(_args, opts0, ctx) {
    const opts = targets(opts0, ctx);
    const results = dial(opts, ctx, loadTls(opts, ctx));
    if (results.some((r) => !r.ok)) ctx.environment.advance(opts.flags["command-timeout"] as number);
    const rows = results.map((r, i) => ({ ep: r.endpoint.url, health: r.ok, took: r.ok ? took(ctx, i) : "", error: r.ok ? "" : "context deadline exceeded", r }));
    for (const row of rows) if (!row.r.ok) ctx.err(retryWarning(ctx, row.r as Extract<Dialed, { ok: false }>));
    if (opts.writeOut === "table") ctx.out(table(["ENDPOINT", "HEALTH", "TOOK", "ERROR"], rows.map((r) => [r.ep, String(r.health), r.took, r.error])));
    else if (opts.writeOut === "json") ctx.out(`${JSON.stringify(rows.map((r) => ({ endpoint: r.ep, health: r.health, took: r.took, ...(r.error ? { error: r.error } : {}) })))}\n`);
    else
      for (const r of rows) {
        if (r.health) ctx.out(`${r.ep} is healthy: successfully committed proposal: took = ${r.took}\n`);
        else ctx.err(`${r.ep} is unhealthy: failed to commit proposal: ${r.error}\n`);
      }
    if (rows.some((r) => !r.health)) throw new EtcdctlError("unhealthy cluster", ExitError);
    return 0;
  },
};

/** `etcdctl endpoint status`: models ep_command.go epStatusCommandFunc and the status printers. */
export const endpointStatus: EtcdctlCommand = {
  path: "endpoint status",
  summary: "Prints out the status of endpoints specified in `--endpoints` flag",
  use: "endpoint status",
  flags: [CLUSTER_FLAG],
  run(_args, opts0, ctx) {
    const opts = targets(opts0, ctx);
    const results = dial(opts, ctx, loadTls(opts, ctx));
    let failed = false;
    const rows: { ep: string; s: EtcdServer; size: number; raftIndex: number }[] = [];
    for (const r of results) {
      if (!r.ok) {
        failed = true;
        ctx.environment.advance(opts.flags["command-timeout"] as number);
        ctx.err(retryWarning(ctx, r));
        ctx.err(`Failed to get the status of endpoint ${r.endpoint.url} (context deadline exceeded)\n`);
        continue;
      }
      const s = r.server;
      const size = dbSize(s.backup());
      const raftIndex = s.store.revision + 3;
      rows.push({ ep: r.endpoint.url, s, size, raftIndex });
    }
    const cells = rows.map((r) => [r.ep, r.s.membership.member.id, ETCD_VERSION, humanBytes(r.size), "true", "false", String(RAFT_TERM), String(r.raftIndex), String(r.raftIndex), ""]);
    if (opts.writeOut === "table") ctx.out(table(["ENDPOINT", "ID", "VERSION", "DB SIZE", "IS LEADER", "IS LEARNER", "RAFT TERM", "RAFT INDEX", "RAFT APPLIED INDEX", "ERRORS"], cells));
    else if (opts.writeOut === "json") {
      const id = (r: (typeof rows)[number]) => BigInt(`0x${r.s.membership.member.id}`);
      ctx.out(`${goJson(rows.map((r) => ({ Endpoint: r.ep, Status: { header: header(r.s), version: ETCD_VERSION, dbSize: r.size, leader: id(r), raftIndex: r.raftIndex, raftTerm: RAFT_TERM, raftAppliedIndex: r.raftIndex, dbSizeInUse: r.size } })))}\n`);
    } else for (const c of cells) ctx.out(`${c.join(", ")}\n`);
    if (failed) throw new EtcdctlError("", ExitError);
    return 0;
  },
};
