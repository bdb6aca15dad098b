import { describe, expect, it } from "vitest";
import { addQuantities, canonicalQuantity, cmpQuantity, formatQuantity, parseQuantity } from "./quantity";

describe("quantities", () => {
  it.each([
    ["1Gi", "1Gi"],
    ["1024Mi", "1Gi"],
    ["1536Mi", "1536Mi"],
    ["0.5Gi", "512Mi"],
    ["500m", "500m"],
    ["0.5", "500m"],
    ["2000m", "2"],
    ["1000", "1k"],
    ["1500", "1500"],
    ["1G", "1G"],
    ["100Ki", "100Ki"],
    ["1e3", "1e3"],
    ["0", "0"],
    [5, "5"],
  ])("canonical form of %s is %s", (input, expected) => {
    expect(canonicalQuantity(input)).toBe(expected);
  });

  it.each(["", "1.2.3", "Gi", "1GB", "abc", "1 Gi"])("rejects %j", (input) => {
    expect(parseQuantity(input)).toBeUndefined();
  });

  it.each([
    ["1Gi", "1024Mi", 0],
    ["1Gi", "1G", 1],
    ["500m", "1", -1],
    ["2Gi", "10Gi", -1],
  ])("compares %s with %s", (a, b, expected) => {
    expect(cmpQuantity(a, b)).toBe(expected);
  });

  it.each([
    ["500Mi", "500Mi", "1000Mi"],
    ["0", "1Gi", "1Gi"],
    ["500m", "1", "1500m"],
    ["1", "1", "2"],
  ])("%s + %s = %s", (a, b, sum) => {
    expect(formatQuantity(addQuantities(parseQuantity(a)!, parseQuantity(b)!))).toBe(sum);
  });
});
