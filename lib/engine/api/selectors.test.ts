import { describe, expect, it } from "vitest";
import { matchesFields, matchesLabels, matchesSelectorObject } from "./selectors";

const labels = { app: "web", tier: "frontend" };

describe("label selectors", () => {
  it.each([
    ["app=web", true],
    ["app==web", true],
    ["app!=web", false],
    ["app=web,tier=backend", false],
    ["app in (web,api)", true],
    ["tier notin (frontend)", false],
    ["app", true],
    ["!app", false],
    ["missing!=x", true],
    ["", true],
  ])("%s → %s", (sel, expected) => {
    expect(matchesLabels(sel, labels)).toBe(expected);
  });

  it("rejects garbage like the API server", () => {
    expect(() => matchesLabels("app=(", labels)).toThrow("unable to parse requirement: found 'app=(', expected: in, notin, =, ==, !=, gt, lt");
  });

  it("matches selector objects", () => {
    expect(matchesSelectorObject({ matchLabels: { app: "web" } }, labels)).toBe(true);
    expect(matchesSelectorObject({ matchExpressions: [{ key: "tier", operator: "In", values: ["backend"] }] }, labels)).toBe(false);
  });
});

describe("field selectors", () => {
  const pod = { metadata: { name: "web", namespace: "prod" }, spec: { nodeName: "node01" }, status: { phase: "Running" } };
  it.each([
    ["metadata.name=web", true],
    ["spec.nodeName=node02", false],
    ["status.phase!=Running", false],
    ["metadata.namespace=prod,status.phase=Running", true],
  ])("%s → %s", (sel, expected) => {
    expect(matchesFields(sel, pod)).toBe(expected);
  });
});
