import { describe, expect, it } from "vitest";
import { indentText, wrapText } from "./wrap";

describe("wrapText", () => {
  it("breaks at the last space that keeps a line within the limit and drops that space", () => {
    expect(wrapText("aaa bbb ccc", 7)).toBe("aaa bbb\nccc");
    expect(wrapText("aaa bbb ccc", 6)).toBe("aaa\nbbb\nccc");
  });
  it("keeps existing line breaks and never splits a long word", () => {
    expect(wrapText("one\ntwo three", 5)).toBe("one\ntwo\nthree");
    expect(wrapText("https://example.com/a/very/long/url x", 10)).toBe("https://example.com/a/very/long/url\nx");
  });
});

describe("indentText", () => {
  it("pads every line, including an empty one after a final break", () => {
    expect(indentText(2, "a\nb\n")).toBe("  a\n  b\n  ");
  });
});
