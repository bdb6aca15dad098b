import { crc32, dbSize, decodeDb, encodeDb } from "../engine/etcd/db-file";
import { membershipFor } from "../engine/etcd/ids";
import type { CommandContext } from "../shell/types";
import { rfc3339WithMillis } from "./client";
import { humanBytes, table } from "./printers";
import { EtcdctlError, ExitBadArgs, ExitBadFeature, ExitError } from "./types";
import type { PValues } from "../shell/pflag";

/**
 * The offline snapshot operations etcdutl owns and etcdctl 3.5 still offers (deprecated):
 * `snapshot status` reads a backend file, `snapshot restore` creates a new member data dir from
 * it. Models etcdutl/snapshot/v3_snapshot.go (Status, Restore) and etcdutl/etcdutl/printer.go.
 */

function readFile(ctx: CommandContext, path: string): string | undefined {
  const abs = ctx.resolve(path);
  return ctx.host.fs.exists(abs) && ctx.host.fs.stat(abs).type === "file" ? ctx.host.fs.readFile(abs) : undefined;
}

export function snapshotStatus(args: string[], writeOut: string, ctx: CommandContext): number {
  if (args.length !== 1) throw new EtcdctlError("snapshot status requires exactly one argument", ExitBadArgs);
  const abs = ctx.resolve(args[0]);
  if (!ctx.host.fs.exists(abs)) throw new EtcdctlError(`stat ${args[0]}: no such file or directory`, ExitError);
  const text = readFile(ctx, args[0]);
  const db = text === undefined ? undefined : decodeDb(text);
  if (!db || text === undefined) throw new EtcdctlError("invalid database", ExitError);
  const st = { hash: crc32(text), revision: db.store.revision, totalKey: db.store.kvs.length, totalSize: dbSize(text) };
  const cells = [st.hash.toString(16), String(st.revision), String(st.totalKey), humanBytes(st.totalSize)];
  switch (writeOut) {
    case "simple":
      ctx.out(`${cells.join(", ")}\n`);
      return 0;
    case "table":
      ctx.out(table(["HASH", "REVISION", "TOTAL KEYS", "TOTAL SIZE"], [cells]));
      return 0;
    case "json":
      ctx.out(`${JSON.stringify(st)}\n`);
      return 0;
    case "fields":
      ctx.out(`"Hash" : ${st.hash}\n"Revision" : ${st.revision}\n"Keys" : ${st.totalKey}\n"Size" : ${st.totalSize}\n`);
      return 0;
    default:
      throw new EtcdctlError("unsupported output format", ExitBadFeature);
  }
}

const STACK = [
  "go.etcd.io/etcd/etcdutl/v3/snapshot.(*v3Manager).Restore",
  "\\tgo.etcd.io/etcd/etcdutl/v3@v3.5.16/snapshot/v3_snapshot.go:260",
  "go.etcd.io/etcd/etcdutl/v3/etcdutl.SnapshotRestoreCommandFunc",
  "\\tgo.etcd.io/etcd/etcdutl/v3@v3.5.16/etcdutl/snapshot_command.go:147",
].join("\\n");

/** Restores `args[0]` into a new data dir; flags as `etcdctl/etcdutl snapshot restore` take them. */
export function snapshotRestore(args: string[], f: PValues, ctx: CommandContext): number {
  if (args.length !== 1) throw new EtcdctlError("snapshot restore requires exactly one argument", ExitBadArgs);
  const bump = (f["bump-revision"] as number | undefined) ?? 0;
  if (bump < 0) throw new EtcdctlError("--bump-revision must be a non-negative number", ExitBadArgs);
  if (bump > 0 && !f["mark-compacted"]) throw new EtcdctlError("--mark-compacted required if --bump-revision > 0", ExitBadArgs);
  if (bump === 0 && f["mark-compacted"]) throw new EtcdctlError("--mark-compacted disallowed if --bump-revision == 0", ExitBadArgs);
  const name = f.name as string;
  const dataDir = (f["data-dir"] as string) || `${name}.etcd`;
  const walDir = (f["wal-dir"] as string) || `${dataDir}/member/wal`;
  const snapDir = `${dataDir}/member/snap`;
  const peerUrls = (f["initial-advertise-peer-urls"] as string).split(",");
  const cluster = f["initial-cluster"] as string;
  const members = cluster.split(",").map((m) => m.split("="));
  const self = members.find(([n]) => n === name);
  if (!self) throw new EtcdctlError(`couldn't find local name "${name}" in the initial cluster configuration`, ExitError);
  if (!peerUrls.includes(self[1])) throw new EtcdctlError(`--initial-cluster has ${name}=${self[1]} but missing from --initial-advertise-peer-urls=${peerUrls.join(",")} ("${self[1]}"(resolved from "${self[1]}") != "${peerUrls[0]}"(resolved from "${peerUrls[0]}"))`, ExitError);
  const fs = ctx.host.fs;
  const absData = ctx.resolve(dataDir);
  if (fs.exists(absData) && (fs.stat(absData).type !== "dir" || fs.readdir(absData).length > 0)) throw new EtcdctlError(`data-dir "${dataDir}" not empty or could not be read`, ExitError);
  const log = (caller: string, msg: string, extra: string) => ctx.err(`{"level":"info","ts":"${rfc3339WithMillis(ctx.environment.clock.now())}","caller":"${caller}","msg":"${msg}"${extra}}\n`);
  const dirs = `,"path":"${args[0]}","wal-dir":"${walDir}","data-dir":"${dataDir}","snap-dir":"${snapDir}"`;
  log("snapshot/v3_snapshot.go:260", "restoring snapshot", `${dirs},"initial-memory-map-size":0,"stack":"${STACK}"`);
  const text = readFile(ctx, args[0]);
  if (text === undefined) throw new EtcdctlError(`open ${args[0]}: no such file or directory`, ExitError);
  const db = decodeDb(text);
  if (!db) throw new EtcdctlError("snapshot file has no hash or is not a valid snapshot", ExitError);
  if (!db.hashed && !f["skip-hash-check"]) throw new EtcdctlError("snapshot missing hash but --skip-hash-check=false", ExitError);
  const store = bump > 0 ? { ...db.store, revision: db.store.revision + bump, compactRevision: db.store.revision + bump } : db.store;
  const membership = membershipFor(name, peerUrls, f["initial-cluster-token"] as string);
  log("membership/store.go:141", "Trimming membership information from the backend...", "");
  log("membership/cluster.go:421", "added member", `,"cluster-id":"${membership.clusterId}","local-member-id":"0","added-peer-id":"${membership.member.id}","added-peer-peer-urls":${JSON.stringify(peerUrls)}`);
  fs.mkdir(ctx.resolve(snapDir), { recursive: true });
  fs.mkdir(ctx.resolve(walDir), { recursive: true });
  fs.writeFile(ctx.resolve(`${snapDir}/db`), encodeDb({ store, membership }));
  fs.writeFile(ctx.resolve(`${snapDir}/0000000000000001-0000000000000001.snap`), `${JSON.stringify({ membership })}\n`);
  fs.writeFile(ctx.resolve(`${walDir}/0000000000000000-0000000000000000.wal`), "");
  log("snapshot/v3_snapshot.go:287", "restored snapshot", dirs);
  return 0;
}

export const RESTORE_FLAGS = [
  { name: "data-dir", type: "string" as const, default: "", help: "Path to the data directory" },
  { name: "initial-advertise-peer-urls", type: "string" as const, default: "http://localhost:2380", help: "List of this member's peer URLs to advertise to the rest of the cluster" },
  { name: "initial-cluster", type: "string" as const, default: "default=http://localhost:2380", help: "Initial cluster configuration for restore bootstrap" },
  { name: "initial-cluster-token", type: "string" as const, default: "etcd-cluster", help: "Initial cluster token for the etcd cluster during restore bootstrap" },
  { name: "name", type: "string" as const, default: "default", help: "Human-readable name for this member" },
  { name: "skip-hash-check", type: "bool" as const, default: false, help: "Ignore snapshot integrity hash value (required if copied from data directory)" },
  { name: "wal-dir", type: "string" as const, default: "", help: "Path to the WAL directory (use --data-dir if none given)" },
];
