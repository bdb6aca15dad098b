import { describe, expect, it } from "vitest";
import { formatLabels, hasLabels, parseQuantity, sameImage, sameQuantity, sameSet } from "./compare";

describe("semantic comparisons", () => {
  it.each([
    ["1Gi", "1024Mi", true],
    ["1G", "1000M", true],
    ["1G", "1Gi", false],
    ["500m", "0.5", true],
    ["1e3", "1k", true],
    ["2", "2000m", true],
    ["128Mi", "128M", false],
    ["bogus", "bogus", false],
  ])("%s = %s is %s", (a, b, want) => expect(sameQuantity(a, b)).toBe(want));

  it("parses quantities into base units", () => {
    expect(parseQuantity("1Ki")).toBe(1024);
    expect(parseQuantity("250m")).toBe(0.25);
    expect(parseQuantity("1.5Gi")).toBe(1.5 * 2 ** 30);
    expect(parseQuantity("12 Mi")).toBeUndefined();
  });

  it("compares sets ignoring order and duplicates", () => {
    expect(sameSet(["a", "b"], ["b", "a", "a"])).toBe(true);
    expect(sameSet(["a"], ["a", "b"])).toBe(false);
  });

  it("accepts extra labels but not a wrong value", () => {
    expect(hasLabels({ app: "web", tier: "fe" }, { app: "web" })).toBe(true);
    expect(hasLabels({ app: "api" }, { app: "web" })).toBe(false);
    expect(hasLabels(undefined, { app: "web" })).toBe(false);
    expect(formatLabels({ b: "2", a: "1" })).toBe("a=1,b=2");
    expect(formatLabels(undefined)).toBe("no labels");
  });

  it("matches images the way a task names them", () => {
    expect(sameImage("nginx", "nginx")).toBe(true);
    expect(sameImage("docker.io/library/nginx:latest", "nginx")).toBe(true);
    expect(sameImage("nginx:1.27", "nginx")).toBe(false);
    expect(sameImage("nginx:1.27", "nginx:1.27")).toBe(true);
    expect(sameImage("nginx:1.27-alpine", "nginx:1.27")).toBe(false);
    expect(sameImage("registry.k8s.io/pause:3.10", "pause:3.10")).toBe(false);
    expect(sameImage(undefined, "nginx")).toBe(false);
  });
});
