import type { KeyValue } from "../engine/store/mvcc";
import type { EtcdServer } from "../engine/etcd/server";
import { base64Bytes, goQuote, storedBytes, utf8Bytes } from "./printers";
import { EtcdctlError, ExitBadArgs } from "./types";
import type { Header } from "./client";

/**
 * Key ranges as etcd's Range/DeleteRange see them: [key, range_end) by byte order, `--prefix`
 * (range_end = key with its last byte incremented), `--from-key` (everything from key on).
 * Models etcdctl/ctlv3/command/get_command.go getGetOp and clientv3 GetPrefixRangeEnd.
 */
export function selectRange(server: EtcdServer, args: string[], prefix: boolean, fromKey: boolean, verb: "get" | "del"): KeyValue[] {
  if (args.length === 0) throw new EtcdctlError(`${verb} command needs one argument as key and an optional argument as range_end`, ExitBadArgs);
  if (prefix && fromKey) throw new EtcdctlError("`--prefix` and `--from-key` cannot be set at the same time, choose one", ExitBadArgs);
  if (args.length > 1 && (prefix || fromKey)) throw new EtcdctlError("too many arguments, only accept one argument when `--prefix` or `--from-key` is set", ExitBadArgs);
  const key = args[0];
  const all = server.store.range("");
  if (prefix) return all.filter((kv) => kv.key.startsWith(key));
  if (fromKey) return all.filter((kv) => kv.key >= key);
  if (args.length > 1) return all.filter((kv) => kv.key >= key && kv.key < args[1]);
  return all.filter((kv) => kv.key === key);
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
