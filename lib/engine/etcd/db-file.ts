import type { StoreJSON } from "../store/mvcc";
import type { Membership } from "./ids";

/**
 * The content of an etcd backend file: `member/snap/db` in a data dir, or a file written by
 * `etcdctl snapshot save` (the same bbolt image plus a trailing sha256). Node files hold text, so
 * ours is a short magic line and JSON: the keys with their revisions, the membership the data dir
 * was created with, and whether the integrity hash is present.
 */
export interface EtcdDb {
  store: StoreJSON;
  membership?: Membership;
  /** Present on `snapshot save` output; a copied member/snap/db has none (restore needs --skip-hash-check). */
  hashed?: boolean;
}

const MAGIC = "kubelab-etcd-bbolt-v1\n";

export function encodeDb(db: EtcdDb): string {
  return MAGIC + JSON.stringify({ ...db, store: { ...db.store, changes: [] } }) + "\n";
}

export function decodeDb(text: string): EtcdDb | undefined {
  if (!text.startsWith(MAGIC)) return undefined;
  try {
    const db = JSON.parse(text.slice(MAGIC.length)) as EtcdDb;
    return db && typeof db.store?.revision === "number" && Array.isArray(db.store.kvs) ? db : undefined;
  } catch {
    return undefined;
  }
}

let crcTable: number[] | undefined;

/** CRC-32 (IEEE) of a string's UTF-16 code units' low bytes: the "HASH" column of snapshot status. */
export function crc32(text: string): number {
  if (!crcTable) {
    crcTable = [];
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable.push(c >>> 0);
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) crc = crcTable[(crc ^ text.charCodeAt(i)) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Real snapshot files are bbolt pages; a data dir's db is at least 20 kB even when nearly empty. */
export function dbSize(text: string): number {
  const pages = Math.ceil(Math.max(text.length, 1) / 4096);
  return Math.max(5, pages) * 4096;
}
