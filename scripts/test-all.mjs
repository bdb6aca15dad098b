// `npm test`: the whole suite, in the order a reviewer would want to read failures:
// lint → typecheck → Postgres schema drift → vitest (units, goldens, db, lab self-tests) → labs table → Playwright e2e.
// Every stage runs even if an earlier one failed; the exit code is non-zero if any failed.
// Set TEST_ONLY=lint,unit,... to run a subset.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", FORCE_COLOR: process.env.FORCE_COLOR ?? "0" };
const only = process.env.TEST_ONLY?.split(",").map((s) => s.trim());
const reports = path.join(root, "test-results", "reports");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const stages = [
  { id: "lint", what: "ESLint (Next config + layering rule)", cmd: ["npx", "--no-install", "eslint", "."] },
  { id: "typecheck", what: "TypeScript (strict)", cmd: ["npx", "--no-install", "tsc", "--noEmit"] },
  { id: "schema", what: "PostgreSQL schema is derived from the SQLite one", cmd: ["node", "scripts/derive-pg-schema.mjs", "--check"], when: "scripts/derive-pg-schema.mjs" },
  { id: "migrations", what: "SQLite migrations cover the schema", cmd: ["npx", "--no-install", "tsx", "scripts/db-migrate.ts", "diff"] },
  {
    id: "unit",
    what: "vitest: units, golden transcripts, database, lab self-tests",
    cmd: ["npx", "--no-install", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${reports}/vitest.json`],
    count: () => countVitest(`${reports}/vitest.json`),
  },
  { id: "labs", what: "lab verification table", cmd: ["npx", "--no-install", "tsx", "scripts/labs-verify.ts"], when: "scripts/labs-verify.ts" },
  {
    id: "e2e",
    what: "Playwright journeys in Debian Chromium",
    cmd: ["npx", "--no-install", "playwright", "test", "--reporter=list,json"],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json` },
    when: "playwright.config.ts",
    count: () => countPlaywright(`${reports}/playwright.json`),
  },
];

function countVitest(file) {
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, "utf8"));
  return { passed: r.numPassedTests ?? 0, failed: (r.numFailedTests ?? 0) + (r.numFailedTestSuites && !r.numFailedTests ? r.numFailedTestSuites : 0), skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0) };
}

function countPlaywright(file) {
  if (!existsSync(file)) return null;
  const s = JSON.parse(readFileSync(file, "utf8")).stats ?? {};
  return { passed: s.expected ?? 0, failed: (s.unexpected ?? 0) + (s.flaky ?? 0), skipped: s.skipped ?? 0 };
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const summary = [];
for (const stage of stages) {
  if (only && !only.includes(stage.id)) continue;
  if (stage.when && !existsSync(stage.when)) {
    summary.push(`  skip  ${stage.id}: ${stage.when} does not exist yet`);
    continue;
  }
  console.log(`\n===== ${stage.id}: ${stage.what} =====`);
  const started = process.hrtime.bigint();
  const r = spawnSync(stage.cmd[0], stage.cmd.slice(1), { stdio: "inherit", env: { ...env, ...stage.env } });
  const secs = Number(process.hrtime.bigint() - started) / 1e9;
  const ok = r.status === 0;
  const counts = stage.count?.();
  if (counts) {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
  } else if (ok) totals.passed += 1;
  else totals.failed += 1;
  if (!ok && counts && counts.failed === 0) totals.failed += 1; // the stage failed outside any test
  const detail = counts ? ` (${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped)` : "";
  summary.push(`  ${ok ? "ok  " : "FAIL"}  ${stage.id}${detail} in ${secs.toFixed(1)} s`);
}

console.log("\n===== summary =====");
console.log(summary.join("\n"));
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
