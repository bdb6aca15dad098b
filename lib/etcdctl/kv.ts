import type { Change, KeyValue } from "../engine/store/mvcc";
import type { EtcdServer } from "../engine/etcd/server";
import { base64Bytes, goQuote, storedBytes, utf8Bytes } from "./printers";
import { EtcdctlError, ExitBadArgs } from "./types";
import type { Header } from "./client";

/**
 * Key ranges as etcd's Range/DeleteRange see them: [key, range_end) by byte order, `--prefix`
 * (range_end = key with its last byte incremented), `--from-key` (everything from key on).
 * Models etcdctl/ctlv3/command/get_command.go getGetOp and clientv3 GetPrefixRangeEnd.
 */
export function selectRange(server: EtcdServer, args: string[], prefix: boolean, fromKey: boolean, verb: "get" | "del", keys?: KeyValue[]): KeyValue[] {
  if (args.length === 0) throw new EtcdctlError(`${verb} command needs one argument as key and an optional argument as range_end`, ExitBadArgs);
  if (prefix && fromKey) throw new EtcdctlError("`--prefix` and `--from-key` cannot be set at the same time, choose one", ExitBadArgs);
  if (args.length > 1 && (prefix || fromKey)) throw new EtcdctlError("too many arguments, only accept one argument when `--prefix` or `--from-key` is set", ExitBadArgs);
  const key = args[0];
  const all = keys ?? server.store.range("");
  if (prefix) return all.filter((kv) => kv.key.startsWith(key));
  if (fromKey) return all.filter((kv) => kv.key >= key);
  if (args.length > 1) return all.filter((kv) => kv.key >= key && kv.key < args[1]);
  return all.filter((kv) => kv.key === key);
}

/**
 * The keys as they were at revision `rev` (`get --rev`), rebuilt from the store's change log. The
 * log keeps recent changes only (a real API server also compacts every 5 minutes); a revision the
 * log cannot reach answers "required revision has been compacted".
 */
export function keysAt(server: EtcdServer, rev: number): KeyValue[] | "compacted" | "future" {
  const store = server.store;
  if (rev > store.revision) return "future";
  if (rev <= 0 || rev === store.revision) return store.range("");
  let log: Change[];
  try {
    log = store.changesSince(0);
  } catch {
    return "compacted";
  }
  const complete = (log[0]?.kv.modRevision ?? store.revision + 1) - 1;
  if (rev < complete) return "compacted";
  const state = new Map(store.range("").map((kv) => [kv.key, kv]));
  const touched = new Set(log.filter((c) => c.kv.modRevision > rev).map((c) => c.kv.key));
  for (const key of touched) {
    const before = log.filter((c) => c.kv.key === key && c.kv.modRevision <= rev).pop();
    const after = log.find((c) => c.kv.key === key && c.kv.modRevision > rev)!;
    if (before) {
      if (before.type === "PUT") state.set(key, before.kv);
      else state.delete(key);
    } else if (after.type === "PUT" && after.kv.version === 1) state.delete(key);
    else return "compacted";
  }
  return [...state.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export const kvBytes = (kv: KeyValue) => ({ key: utf8Bytes(kv.key), value: storedBytes(kv.value) });

export function kvJson(kv: KeyValue, keysOnly = false) {
  const b = kvBytes(kv);
  return { key: base64Bytes(b.key), create_revision: kv.createRevision, mod_revision: kv.modRevision, version: kv.version, ...(keysOnly ? {} : { value: base64Bytes(b.value) }) };
}

export function fieldsHeader(h: Header): string {
  return `"ClusterID" : ${h.cluster_id}\n"MemberID" : ${h.member_id}\n"Revision" : ${h.revision ?? 0}\n"RaftTerm" : ${h.raft_term}\n`;
}

export function fieldsKv(kv: KeyValue, keysOnly = false): string {
  const b = kvBytes(kv);
  return `"Key" : ${goQuote(b.key)}\n"CreateRevision" : ${kv.createRevision}\n"ModRevision" : ${kv.modRevision}\n"Version" : ${kv.version}\n"Value" : ${goQuote(keysOnly ? "" : b.value)}\n"Lease" : 0\n`;
}
