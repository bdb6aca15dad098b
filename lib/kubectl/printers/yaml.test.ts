import { describe, expect, it } from "vitest";
import { goYamlStyle, toYaml } from "./yaml";

describe("toYaml", () => {
  it("quotes like go-yaml v2", () => {
    expect(toYaml({ data: { n: "5", b: "true", s: "*/5 * * * *", p: "hello world", e: "" } })).toBe(`data:\n  b: "true"\n  e: ""\n  "n": "5"\n  p: hello world\n  s: '*/5 * * * *'\n`);
  });
  it("keeps multi-line strings as literal blocks", () => {
    expect(toYaml({ config: "a=1\nb=2\n" })).toBe("config: |\n  a=1\n  b=2\n");
    expect(goYamlStyle("@hourly")).toBe("QUOTE_SINGLE");
    expect(goYamlStyle("80-8080")).toBe("PLAIN");
  });
  it("does not indent list items under their key", () => {
    expect(toYaml({ args: ["sleep", "3600"] })).toBe(`args:\n- sleep\n- "3600"\n`);
  });
});
