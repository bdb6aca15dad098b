import { describe, expect, it } from "vitest";
import { MvccStore } from "./mvcc";

describe("MvccStore", () => {
  it("tracks global revision and per-key create/mod revision and version", () => {
    const s = new MvccStore();
    expect(s.put("/registry/pods/default/a", "1")).toEqual({ key: "/registry/pods/default/a", value: "1", createRevision: 2, modRevision: 2, version: 1 });
    s.put("/registry/pods/default/b", "x");
    expect(s.put("/registry/pods/default/a", "2")).toEqual({ key: "/registry/pods/default/a", value: "2", createRevision: 2, modRevision: 4, version: 2 });
    expect(s.revision).toBe(4);
  });

  it("ranges by prefix in key order", () => {
    const s = new MvccStore();
    ["/registry/pods/b/x", "/registry/pods/a/y", "/registry/services/specs/a/z"].forEach((k) => s.put(k, k));
    expect(s.range("/registry/pods/").map((kv) => kv.key)).toEqual(["/registry/pods/a/y", "/registry/pods/b/x"]);
  });

  it("runs a transaction only when its comparisons hold", () => {
    const s = new MvccStore();
    const kv = s.put("k", "1");
    expect(s.txn([{ key: "k", modRevision: kv.modRevision + 1 }], () => s.put("k", "lost"))).toBe(false);
    expect(s.txn([{ key: "k", modRevision: kv.modRevision }], () => s.put("k", "2"))).toBe(true);
    expect(s.txn([{ key: "new", absent: true }], () => s.put("new", "1"))).toBe(true);
    expect(s.get("k")?.value).toBe("2");
  });

  it("replays changes since a revision until compacted", () => {
    const s = new MvccStore();
    s.put("a", "1");
    const rev = s.revision;
    s.put("b", "1");
    s.delete("a");
    expect(s.changesSince(rev).map((c) => `${c.type} ${c.kv.key}`)).toEqual(["PUT b", "DELETE a"]);
    s.compact(s.revision);
    expect(() => s.changesSince(rev)).toThrow("mvcc: required revision has been compacted");
  });

  it("round-trips through JSON", () => {
    const s = new MvccStore();
    s.put("a", "1");
    s.put("a", "2");
    const copy = MvccStore.fromJSON(JSON.parse(JSON.stringify(s.toJSON())));
    expect(copy.toJSON()).toEqual(s.toJSON());
    expect(copy.put("b", "1").modRevision).toBe(4);
  });
});
