import { describe, expect, it } from "vitest";
import { baseType, PRIMITIVES } from "../model";
import { EXPLAIN_KINDS, explainTypes } from ".";

describe("explain schema tables", () => {
  const table = explainTypes();

  it("defines every type a field refers to", () => {
    const missing = new Set<string>();
    for (const t of table.values()) for (const f of t.fields) if (!PRIMITIVES.has(baseType(f.type)) && !table.has(baseType(f.type))) missing.add(`${t.name}.${f.name}: ${f.type}`);
    expect([...missing]).toEqual([]);
  });

  it("describes every type and field in its own words", () => {
    const bare = [...table.values()].flatMap((t) => [...(t.description ? [] : [t.name]), ...t.fields.filter((f) => !f.description).map((f) => `${t.name}.${f.name}`)]);
    expect(bare).toEqual([]);
  });

  it("gives each kind the usual top-level fields", () => {
    for (const name of Object.values(EXPLAIN_KINDS).filter((n) => table.has(n))) {
      expect(table.get(name)!.fields.map((f) => f.name)).toEqual(expect.arrayContaining(["apiVersion", "kind", "metadata"]));
    }
  });
});
