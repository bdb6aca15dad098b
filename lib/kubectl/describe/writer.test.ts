import { describe, expect, it } from "vitest";
import { annotationsMultiline, DescribeWriter } from "./writer";

describe("annotationsMultiline", () => {
  it("hides last-applied-configuration and puts long or multi-line values below their key", () => {
    const w = new DescribeWriter();
    w.write(0, "Name:\tn\n");
    annotationsMultiline(w, 0, {
      short: "v",
      "kubectl.kubernetes.io/last-applied-configuration": '{"kind":"Pod"}\n',
      multi: "line1\nline2\n",
      long: "x".repeat(150),
      k: "y".repeat(137),
    });
    expect(w.toString()).toBe(
      [
        "Name:         n",
        `Annotations:  k: ${"y".repeat(137)}`,
        "              long:",
        `                ${"x".repeat(138)}...`,
        "              multi:",
        "                line1",
        "                line2",
        "              short: v",
        "",
      ].join("\n"),
    );
  });

  it("prints <none> when only hidden annotations remain, under the given title", () => {
    const w = new DescribeWriter();
    annotationsMultiline(w, 0, { "kubectl.kubernetes.io/last-applied-configuration": "{}" }, "  Annotations");
    expect(w.toString()).toBe("  Annotations:  <none>\n");
  });
});
