/**
 * An etcd-like multi-version key-value store: one global revision, and per key its create revision,
 * mod revision and version — the fields etcdctl shows. Values are strings (the API server stores
 * JSON; real etcd stores protobuf, which etcdctl prints as bytes — ours prints readable JSON).
 */

export interface KeyValue {
  key: string;
  value: string;
  createRevision: number;
  modRevision: number;
  version: number;
}

export type Compare = { key: string; modRevision: number } | { key: string; absent: true };

export interface StoreJSON {
  revision: number;
  compactRevision: number;
  kvs: KeyValue[];
  /** Recent changes kept for watch-from-revision. */
  changes: Change[];
}

export interface Change {
  type: "PUT" | "DELETE";
  kv: KeyValue;
}

const MAX_CHANGES = 1000;

export class MvccStore {
  private kvs = new Map<string, KeyValue>();
  private rev = 1;
  private compacted = 0;
  private changes: Change[] = [];

  get revision(): number {
    return this.rev;
  }

  get(key: string): KeyValue | undefined {
    return this.kvs.get(key);
  }

  /** All keys with `prefix`, in key order (etcd's range order). */
  range(prefix: string): KeyValue[] {
    const out: KeyValue[] = [];
    for (const kv of this.kvs.values()) if (kv.key.startsWith(prefix)) out.push(kv);
    return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  put(key: string, value: string): KeyValue {
    this.rev++;
    const prev = this.kvs.get(key);
    const kv: KeyValue = prev
      ? { key, value, createRevision: prev.createRevision, modRevision: this.rev, version: prev.version + 1 }
      : { key, value, createRevision: this.rev, modRevision: this.rev, version: 1 };
    this.kvs.set(key, kv);
    this.record({ type: "PUT", kv });
    return kv;
  }

  delete(key: string): KeyValue | undefined {
    const prev = this.kvs.get(key);
    if (!prev) return undefined;
    this.rev++;
    this.kvs.delete(key);
    this.record({ type: "DELETE", kv: { ...prev, modRevision: this.rev } });
    return prev;
  }

  deletePrefix(prefix: string): number {
    const keys = this.range(prefix).map((kv) => kv.key);
    keys.forEach((k) => this.delete(k));
    return keys.length;
  }

  /** Compare-and-swap: runs `then` only if every comparison holds. Returns whether it ran. */
  txn(compares: Compare[], then: () => void): boolean {
    for (const c of compares) {
      const cur = this.kvs.get(c.key);
      if ("absent" in c ? cur !== undefined : cur?.modRevision !== c.modRevision) return false;
    }
    then();
    return true;
  }

  /** Changes after `revision` (exclusive), oldest first. Throws if compacted away. */
  changesSince(revision: number): Change[] {
    if (revision < this.compacted) throw new Error(`mvcc: required revision has been compacted`);
    return this.changes.filter((c) => c.kv.modRevision > revision);
  }

  compact(revision: number): void {
    if (revision > this.rev) throw new Error("mvcc: required revision is a future revision");
    this.compacted = Math.max(this.compacted, revision);
    this.changes = this.changes.filter((c) => c.kv.modRevision > revision);
  }

  private record(change: Change) {
    this.changes.push(change);
    if (this.changes.length > MAX_CHANGES) this.changes.splice(0, this.changes.length - MAX_CHANGES);
  }

  toJSON(): StoreJSON {
    return { revision: this.rev, compactRevision: this.compacted, kvs: this.range(""), changes: [] };
  }

  /** Replaces every key with a snapshot's (etcd starting from a restored data dir); watchers start over. */
  load(json: StoreJSON): void {
    this.kvs = new Map(json.kvs.map((kv) => [kv.key, { ...kv }]));
    this.rev = json.revision;
    this.compacted = json.compactRevision;
    this.changes = [];
  }

  static fromJSON(json: StoreJSON): MvccStore {
    const s = new MvccStore();
    s.rev = json.revision;
    s.compacted = json.compactRevision;
    for (const kv of json.kvs) s.kvs.set(kv.key, { ...kv });
    return s;
  }
}
