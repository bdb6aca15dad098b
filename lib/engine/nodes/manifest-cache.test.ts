import { describe, expect, it } from "vitest";
import { parseManifest } from "./manifest-cache";

describe("parseManifest", () => {
  it("parses once per distinct content and returns the same object", () => {
    const text = "spec:\n  containers:\n  - command: [kube-scheduler]\n";
    const first = parseManifest(text);
    expect(first).toEqual({ spec: { containers: [{ command: ["kube-scheduler"] }] } });
    expect(parseManifest(text)).toBe(first);
    expect(parseManifest(text.replace("scheduler", "apiserver"))).toEqual({ spec: { containers: [{ command: ["kube-apiserver"] }] } });
  });

  it("gives undefined for YAML that does not parse", () => {
    expect(parseManifest("spec: [unclosed\n")).toBeUndefined();
  });
});
