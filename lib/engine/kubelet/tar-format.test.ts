import { describe, expect, it } from "vitest";
import { packTar, unpackTar } from "./tar-format";

describe("tar archives", () => {
  it("round-trips files and directories, in whole 10 KiB records", () => {
    const entries = [
      { name: "site/", dir: true, text: "", mode: 0o755, mtime: 1767258000 },
      { name: "site/index.html", dir: false, text: "<h1>héllo</h1>\n", mode: 0o644, mtime: 1767258000 },
      { name: `${"d".repeat(120)}/${"f".repeat(60)}`, dir: false, text: "", mode: 0o600, mtime: 0 },
    ];
    const bin = packTar(entries);
    expect(bin.length % 10240).toBe(0);
    expect(bin.slice(257, 263)).toBe("ustar\0");
    expect(unpackTar(bin)).toEqual(entries);
  });

  it("answers undefined for what is not an archive", () => {
    expect(unpackTar("")).toBeUndefined();
    expect(unpackTar("x".repeat(600))).toBeUndefined();
    expect(unpackTar(packTar([]))).toEqual([]);
  });
});
