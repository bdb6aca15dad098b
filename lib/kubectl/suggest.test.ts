import { describe, expect, it } from "vitest";
import { levenshtein, suggestionsFor } from "./suggest";
import { KUBECTL_COMMAND_ORDER } from "./registry";

describe("suggestionsFor", () => {
  it("computes edit distance", () => {
    expect(levenshtein("gt", "set")).toBe(2);
    expect(levenshtein("kitten", "sitting")).toBe(3);
  });
  it("lists kubectl commands in kubectl's group order", () => {
    expect(suggestionsFor("gt", KUBECTL_COMMAND_ORDER)).toEqual(["set", "get", "cp"]);
    expect(suggestionsFor("foo", KUBECTL_COMMAND_ORDER)).toEqual(["top"]);
    expect(suggestionsFor("xyzzy", KUBECTL_COMMAND_ORDER)).toEqual([]);
  });
});
