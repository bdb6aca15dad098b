import { dbSize } from "../../engine/etcd/db-file";
import { dial, loadTls, rfc3339WithMillis } from "../client";
import { humanBytes } from "../printers";
import { RESTORE_FLAGS, snapshotRestore, snapshotStatus } from "../snapshot-ops";
import { EtcdctlError, ExitBadArgs, ExitError, type EtcdctlCommand } from "../types";

const DEPRECATED = (what: string) => `Deprecated: Use \`etcdutl snapshot ${what}\` instead.\n\n`;

/**
 * `etcdctl snapshot save`: streams the member's backend into FILE.part, then renames it. Without
 * a working TLS setup the real 3.5 client waits forever on the stream unless --command-timeout is
 * set; a terminal here cannot hang, so it gives up after the command timeout (5s by default)
 * with the context error. Models etcdctl/ctlv3/command/snapshot_command.go, client/v3/snapshot.
 */
export const snapshotSave: EtcdctlCommand = {
  path: "snapshot save",
  summary: "Stores an etcd node backend snapshot to a given file",
  use: "snapshot save <filename>",
  flags: [],
  run(args, opts, ctx) {
    if (args.length !== 1) throw new EtcdctlError("snapshot save expects one argument", ExitBadArgs);
    const endpoints = opts.flags.endpoints as string[];
    if (endpoints.length !== 1) throw new EtcdctlError(`snapshot must be requested to one selected node, not multiple [${endpoints.join(" ")}]`, ExitBadArgs);
    const tls = loadTls(opts, ctx);
    const path = args[0];
    const part = `${path}.part`;
    const fs = ctx.host.fs;
    const absPart = ctx.resolve(part);
    const parent = absPart.slice(0, absPart.lastIndexOf("/")) || "/";
    if (!fs.exists(parent) || fs.stat(parent).type !== "dir") throw new EtcdctlError(`could not open ${part} (open ${part}: no such file or directory)`, ExitError);
    const now = () => rfc3339WithMillis(ctx.environment.clock.now());
    ctx.err(`{"level":"info","ts":"${now()}","caller":"snapshot/v3_snapshot.go:65","msg":"created temporary db file","path":"${part}"}\n`);
    fs.writeFile(absPart, "");
    const [d] = dial(opts, ctx, tls);
    if (!d.ok) {
      ctx.environment.advance(opts.flags["command-timeout"] as number);
      throw new EtcdctlError("context deadline exceeded", ExitError);
    }
    const image = d.server.backup();
    ctx.err(`{"level":"info","ts":"${now()}","logger":"client","caller":"v3@v3.5.16/maintenance.go:212","msg":"opened snapshot stream; downloading"}\n`);
    ctx.err(`{"level":"info","ts":"${now()}","caller":"snapshot/v3_snapshot.go:73","msg":"fetching snapshot","endpoint":"${d.endpoint.url}"}\n`);
    ctx.err(`{"level":"info","ts":"${now()}","logger":"client","caller":"v3@v3.5.16/maintenance.go:220","msg":"completed snapshot read; closing"}\n`);
    ctx.err(`{"level":"info","ts":"${now()}","caller":"snapshot/v3_snapshot.go:88","msg":"fetched snapshot","endpoint":"${d.endpoint.url}","size":"${humanBytes(dbSize(image))}","took":"now"}\n`);
    fs.writeFile(absPart, image);
    fs.rename(absPart, ctx.resolve(path));
    ctx.err(`{"level":"info","ts":"${now()}","caller":"snapshot/v3_snapshot.go:97","msg":"saved","path":"${path}"}\n`);
    ctx.out(`Snapshot saved at ${path}\n`);
    return 0;
  },
};

export const snapshotStatusCmd: EtcdctlCommand = {
  path: "snapshot status",
  summary: "Gets backend snapshot status of a given file",
  use: "snapshot status <filename>",
  flags: [],
  run(args, opts, ctx) {
    ctx.err(DEPRECATED("status"));
    return snapshotStatus(args, opts.writeOut, ctx);
  },
};

export const snapshotRestoreCmd: EtcdctlCommand = {
  path: "snapshot restore",
  summary: "Restores an etcd member snapshot to an etcd directory",
  use: "snapshot restore <filename> [options]",
  flags: RESTORE_FLAGS,
  run(args, opts, ctx) {
    ctx.err(DEPRECATED("restore"));
    return snapshotRestore(args, opts.flags, ctx);
  },
};
