import { describe, expect, it } from "vitest";
import { listSelector, matchesFields, matchesLabels, matchesSelectorObject } from "./selectors";

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
    ["app in (web,,api)", true],
    ["tier notin ()", true],
    ["in=notin", false],
    ["app  ,  tier", true],
    ["", true],
  ])("%s → %s", (sel, expected) => {
    expect(matchesLabels(sel, labels)).toBe(expected);
  });

  it("rejects garbage like the API server", () => {
    expect(() => matchesLabels("app=(", labels)).toThrow("unable to parse requirement: found '(', expected: identifier");
    expect(() => matchesLabels("a b", labels)).toThrow("unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt");
    expect(() => matchesLabels("a=b c", labels)).toThrow("found 'c', expected: ',' or 'end of string'");
    expect(() => matchesLabels("a=b,", labels)).toThrow("found '', expected: identifier after ','");
    expect(() => matchesLabels("a in (,,)", labels)).toThrow("unable to parse requirement: found ')', expected: ',', or identifier");
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

describe("numeric label requirements and list selectors", () => {
  it("compares gt/lt as int64 and fails for non-numeric labels", () => {
    expect(matchesLabels("replicas>2", { replicas: "3" })).toBe(true);
    expect(matchesLabels("replicas<2", { replicas: "3" })).toBe(false);
    expect(matchesLabels("replicas>2", { replicas: "x" })).toBe(false);
    expect(() => matchesLabels("replicas>x_", {})).toThrow(
      `unable to parse requirement: [values[0]: Invalid value: "x_": for 'Gt', 'Lt' operators, the value must be an integer, values[0][replicas]: Invalid value: "x_": a valid label must be an empty string`,
    );
  });

  it("refuses unsupported field labels per kind, as the server's field label conversion does", () => {
    const pod = { group: "", kind: "Pod", namespaced: true };
    expect(() => listSelector({ fieldSelector: "spec.foo=1" }, pod)).toThrow("field label not supported: spec.foo");
    expect(() => listSelector({ fieldSelector: "status.replicas=1" }, { group: "apps", kind: "Deployment", namespaced: true })).toThrow(`"status.replicas" is not a known field selector: only "metadata.name", "metadata.namespace"`);
    expect(listSelector({ fieldSelector: "spec.host=node01" }, pod)({ metadata: {}, spec: { nodeName: "node01" } } as never)).toBe(true);
  });
});
