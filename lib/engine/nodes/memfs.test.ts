import { describe, expect, it } from "vitest";
import { ManualClock } from "../clock";
import { FsError } from "../host";
import { MemFs } from "./memfs";

const fs = () => new MemFs(new ManualClock(0));

describe("MemFs", () => {
  it("writes, appends and reads files in existing directories only", () => {
    const f = fs();
    expect(() => f.writeFile("/etc/x", "a")).toThrow(new FsError("ENOENT", "/etc/x"));
    f.mkdir("/etc");
    f.writeFile("/etc/x", "a\n");
    f.writeFile("/etc/x", "b\n", { append: true });
    expect(f.readFile("/etc/x")).toBe("a\nb\n");
    expect(f.stat("/etc/x")).toMatchObject({ type: "file", size: 4, mode: 0o644, owner: "root" });
  });

  it("lists direct children sorted, and normalises . and ..", () => {
    const f = fs();
    f.put("/a/b/c.txt", "1");
    f.put("/a/z", "2");
    f.put("/a/b/d/e", "3");
    expect(f.readdir("/a")).toEqual(["b", "z"]);
    expect(f.readdir("/a/./b/../b")).toEqual(["c.txt", "d"]);
  });

  it("refuses to remove a non-empty directory unless recursive", () => {
    const f = fs();
    f.put("/d/f", "x");
    expect(() => f.remove("/d")).toThrow(FsError);
    f.remove("/d", { recursive: true });
    expect(f.exists("/d")).toBe(false);
    expect(f.exists("/d/f")).toBe(false);
  });

  it("renames directories with their contents", () => {
    const f = fs();
    f.put("/var/lib/etcd/member/snap/db", "data");
    f.rename("/var/lib/etcd", "/var/lib/etcd-old");
    expect(f.readFile("/var/lib/etcd-old/member/snap/db")).toBe("data");
    expect(f.exists("/var/lib/etcd")).toBe(false);
  });

  it("survives a JSON round trip", () => {
    const f = fs();
    f.put("/root/.bashrc", "alias k=kubectl\n", 0o600);
    const copy = MemFs.fromJSON(JSON.parse(JSON.stringify(f.toJSON())), new ManualClock(5));
    expect(copy.toJSON()).toEqual(f.toJSON());
    expect(copy.stat("/root/.bashrc").mode).toBe(0o600);
  });
});
