// Proves labs: `npm run labs:verify [slug]` prints lab, checks, setup-fails, solution-passes,
// wrong-solution-fails, and exits 1 if any lab fails its self-test.
import { readFileSync, existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { labs } from "../labs";
import { selfTest } from "../lib/labs/selftest";

function dirOf(slug: string): string {
  const root = path.resolve(import.meta.dirname, "../labs");
  for (const c of [path.join(root, slug), ...readdirSync(root).map((d) => path.join(root, d, slug))]) if (existsSync(path.join(c, "lab.ts"))) return c;
  throw new Error(`no folder for lab ${slug}`);
}

const only = process.argv[2];
const chosen = only ? labs.filter((l) => l.slug === only) : labs;
if (only && chosen.length === 0) {
  console.error(`labs:verify: unknown lab "${only}"`);
  process.exit(2);
}
const rows = [["LAB", "CHECKS", "SETUP-FAILS", "SOLUTION-PASSES", "WRONG-SOLUTION-FAILS"]];
const problems: string[] = [];
for (const lab of chosen) {
  const r = selfTest(lab, readFileSync(path.join(dirOf(lab.slug), "solution.sh"), "utf8"));
  const yn = (b: boolean) => (b ? "yes" : "NO");
  rows.push([lab.slug, String(r.checks), yn(r.setupFails), yn(r.solutionPasses), yn(r.wrongSolutionsFail)]);
  problems.push(...r.problems.map((p) => `${lab.slug}: ${p}`));
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)) + 3);
for (const r of rows) console.log(r.map((cell, c) => (c < r.length - 1 ? cell.padEnd(widths[c]) : cell)).join(""));
console.log(`${chosen.length} labs, ${chosen.length - new Set(problems.map((p) => p.split(":")[0])).size} proven`);
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
