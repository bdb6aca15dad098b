import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { labs } from "./index";
import { selfTest } from "../lib/labs/selftest";

/** Finds a lab's folder by slug under labs/ (labs/<slug> or labs/<domain>/<slug>). */
export function labDir(slug: string): string {
  const root = import.meta.dirname;
  for (const candidate of [path.join(root, slug), ...readdirSync(root).map((d) => path.join(root, d, slug))])
    if (existsSync(path.join(candidate, "lab.ts")) && statSync(candidate).isDirectory()) return candidate;
  throw new Error(`no folder for lab ${slug}`);
}

describe("every lab proves itself", () => {
  it("has unique slugs", () => {
    expect(new Set(labs.map((l) => l.slug)).size).toBe(labs.length);
  });

  for (const lab of labs) {
    it(`${lab.slug}: setup fails, solution passes, wrong solutions fail`, () => {
      const dir = labDir(lab.slug);
      for (const f of ["solution.sh", "notes.md"]) expect(existsSync(path.join(dir, f)), `${dir}/${f}`).toBe(true);
      const r = selfTest(lab, readFileSync(path.join(dir, "solution.sh"), "utf8"));
      expect(r.problems).toEqual([]);
      // Labs that jump months ahead (certificate expiry) replay setup and every candidate answer;
      // a generous bound keeps this a hang guard on a loaded machine, not a speed check.
    }, 180_000);
  }
});
