import { describe, expect, it } from "vitest";
import { goTabwriter } from "./gotabwriter";

describe("goTabwriter", () => {
  it("aligns each block of tab-terminated cells separately", () => {
    const text = "Name:\tnginx\nNamespace:\tdefault\nContainers:\n  nginx:\n    Image:\tnginx\n    Restart Count:\t0\n";
    expect(goTabwriter(text, { minwidth: 0, padding: 2 })).toBe("Name:       nginx\nNamespace:  default\nContainers:\n  nginx:\n    Image:          nginx\n    Restart Count:  0\n");
  });
  it("nests columns", () => {
    expect(goTabwriter("a\tb\tc\naaa\tbb\tc\n", { minwidth: 0, padding: 1 })).toBe("a   b  c\naaa bb c\n");
  });
});
