import { afterAll, describe, expect, it } from "vitest";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { spawnSync } from "node:child_process";
import { createPrisma, type Db } from "./db";
import { seedLabCatalog } from "./db-seed";

const root = process.cwd();

/** Runs the migration script as `npm run db:migrate` does, in its own process: the wasm engine does not survive vitest's module runner. */
function migrate(args: string[], env: Record<string, string>): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/db-migrate.ts", ...args], { cwd: root, env: { ...process.env, ...env }, encoding: "utf8" });
  return { status: r.status, out: `${r.stdout.trim()}${r.stderr.includes("db-migrate:") ? `\n${r.stderr.trim()}` : ""}` };
}
function migrateOk(args: string[], env: Record<string, string>): string {
  const r = migrate(args, env);
  if (r.status !== 0) throw new Error(`db-migrate ${args.join(" ")} exited ${r.status}: ${r.out}`);
  return r.out;
}

/** A schema copy with one extra column, to prove `diff` notices an unmigrated change. */
function changedSchema(dir: string, schemaPath: string): string {
  const file = path.join(dir, path.basename(path.dirname(schemaPath)) + "-changed.prisma");
  writeFileSync(file, readFileSync(schemaPath, "utf8").replace("  windowStart DateTime\n", "  windowStart DateTime\n  lockedUntil DateTime?\n"));
  return file;
}

const catalog = [
  { slug: "blank", title: "Blank", domain: "troubleshooting", competency: "x", difficulty: "easy", minutes: 5 },
  { slug: "pv", title: "PV", domain: "storage", competency: "pv", difficulty: "medium", minutes: 8 },
];

/** Exercises every model the app writes, through the real migrated schema. */
async function roundTrip(db: Db) {
  const user = await db.user.create({ data: { email: "ada@example.com", passwordHash: "x" } });
  expect(user.role).toBe("student");
  await expect(db.user.create({ data: { email: "ada@example.com" } })).rejects.toThrow(/Unique constraint/);
  await db.account.create({ data: { userId: user.id, type: "oauth", provider: "github", providerAccountId: "42" } });
  await expect(db.account.create({ data: { userId: user.id, type: "oauth", provider: "github", providerAccountId: "42" } })).rejects.toThrow(/Unique constraint/);
  const attempt = await db.labAttempt.create({ data: { userId: user.id, labSlug: "blank", mode: "exam", results: JSON.stringify([{ id: "t1", passed: true }]) } });
  expect(attempt.finishedAt).toBeNull();
  await db.labAttempt.update({ where: { id: attempt.id }, data: { finishedAt: new Date(), score: 4, maxScore: 5 } });
  const snap = await db.sessionSnapshot.create({ data: { id: "s1", ownerKey: "guest:abc", labSlug: "blank", state: "{}" } });
  await new Promise((r) => setTimeout(r, 5));
  const snap2 = await db.sessionSnapshot.update({ where: { id: "s1" }, data: { state: '{"v":2}' } });
  expect(snap2.updatedAt.getTime()).toBeGreaterThan(snap.updatedAt.getTime());
  await db.authoredLab.create({ data: { slug: "my-lab", title: "Mine", domain: "storage", competency: "pv", difficulty: "easy", minutes: 5, taskMarkdown: "Do it", definition: "{}", authorId: user.id } });
  await db.loginThrottle.upsert({ where: { key: "ada@example.com" }, create: { key: "ada@example.com", count: 1, windowStart: new Date() }, update: { count: { increment: 1 } } });
  await db.loginThrottle.upsert({ where: { key: "ada@example.com" }, create: { key: "ada@example.com", count: 1, windowStart: new Date() }, update: { count: { increment: 1 } } });
  expect((await db.loginThrottle.findUnique({ where: { key: "ada@example.com" } }))?.count).toBe(2);

  const loaded = await db.user.findUnique({ where: { email: "ada@example.com" }, include: { attempts: true, accounts: true, authoredLabs: true } });
  expect(loaded?.attempts.map((a) => [a.labSlug, a.mode, a.score, a.maxScore, JSON.parse(a.results)])).toEqual([["blank", "exam", 4, 5, [{ id: "t1", passed: true }]]]);
  expect(loaded?.accounts.map((a) => a.provider)).toEqual(["github"]);
  expect(loaded?.authoredLabs.map((l) => [l.slug, l.published])).toEqual([["my-lab", false]]);
  expect((await db.sessionSnapshot.findMany({ where: { ownerKey: "guest:abc" } })).map((s) => s.state)).toEqual(['{"v":2}']);

  await db.user.delete({ where: { id: user.id } });
  expect([await db.labAttempt.count(), await db.account.count(), await db.authoredLab.count()]).toEqual([0, 0, 0]); // cascades

  // The seed is idempotent and prunes built-in labs that no longer exist.
  await db.labCatalog.create({ data: { slug: "gone", title: "Gone", domain: "d", competency: "c", difficulty: "easy", minutes: 1 } });
  expect(await seedLabCatalog(db, catalog)).toEqual({ upserted: 2, removed: 1 });
  expect(await seedLabCatalog(db, catalog)).toEqual({ upserted: 2, removed: 0 });
  expect((await db.labCatalog.findMany({ orderBy: { slug: "asc" } })).map((l) => [l.slug, l.minutes, l.builtin])).toEqual([["blank", 5, true], ["pv", 8, true]]);
  await expect(seedLabCatalog(db, [catalog[0], catalog[0]])).rejects.toThrow('two built-in labs share the slug "blank"');
}

const tmp = mkdtempSync(path.join(tmpdir(), "kubelab-db-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("schema files", () => {
  it("keeps prisma/postgres/schema.prisma derived from prisma/schema.prisma", () => {
    const ok = spawnSync("node", ["scripts/derive-pg-schema.mjs", "--check"], { cwd: root, encoding: "utf8" });
    expect([ok.status, ok.stdout.trim()]).toEqual([0, "prisma/postgres/schema.prisma matches prisma/schema.prisma"]);
    const stale = path.join(tmp, "stale");
    mkdirSync(path.join(stale, "prisma"), { recursive: true });
    cpSync(path.join(root, "prisma/postgres"), path.join(stale, "prisma/postgres"), { recursive: true });
    cpSync(changedSchema(tmp, "prisma/schema.prisma"), path.join(stale, "prisma/schema.prisma"));
    const bad = spawnSync("node", [path.join(root, "scripts/derive-pg-schema.mjs"), "--check"], { cwd: stale, encoding: "utf8" });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("prisma/postgres/schema.prisma is out of date");
  });
});

describe("database on SQLite", () => {
  it("applies the migrations to a fresh file, reports nothing pending, and serves every model", { timeout: 120_000 }, async () => {
    const url = `file:${path.join(tmp, "sub/fresh.db")}`;
    expect(migrateOk(["deploy"], { DATABASE_URL: url })).toMatch(/^Applied 2 migration\(s\) to file:.*fresh\.db: \d{14}_init, \d{14}_attempt_session_index$/);
    expect(migrateOk(["deploy"], { DATABASE_URL: url })).toBe(`No pending migrations (${url}).`);
    expect(migrateOk(["status"], { DATABASE_URL: url })).toBe("Database schema is up to date!");
    const db = createPrisma(url);
    try {
      await roundTrip(db);
    } finally {
      await db.$disconnect();
    }
  });

  it("has migrations that match the schema, and notices a schema change without one", { timeout: 120_000 }, () => {
    const env = { DATABASE_URL: `file:${path.join(tmp, "diff.db")}` };
    expect(migrateOk(["diff"], env)).toBe("Migrations in prisma/migrations match prisma/schema.prisma.");
    const changed = migrate(["diff"], { ...env, PRISMA_SCHEMA: changedSchema(tmp, "prisma/schema.prisma") });
    expect(changed.status).toBe(1);
    expect(changed.out).toContain('ALTER TABLE "LoginThrottle" ADD COLUMN "lockedUntil" DATETIME;');
  });

  it("creates a migration in Prisma's layout for a schema change, after which the schema matches again", { timeout: 120_000 }, () => {
    const migrations = path.join(tmp, "migrations");
    cpSync(path.join(root, "prisma/migrations"), migrations, { recursive: true });
    const env = { DATABASE_URL: `file:${path.join(tmp, "create.db")}`, PRISMA_SCHEMA: changedSchema(tmp, "prisma/schema.prisma"), PRISMA_MIGRATIONS: migrations };
    const out = migrateOk(["create", "lock out"], env);
    const dir = /^Created (.*\/\d{14}_lock_out)\/migration\.sql$/.exec(out)?.[1];
    expect(dir, out).toBeTruthy();
    expect(readFileSync(path.join(dir!, "migration.sql"), "utf8")).toBe('-- AlterTable\nALTER TABLE "LoginThrottle" ADD COLUMN "lockedUntil" DATETIME;\n');
    expect(migrateOk(["create", "again"], env)).toBe("No schema changes: nothing to migrate.");
    const behind = migrate(["status"], env);
    expect(behind.status).toBe(1);
    expect(behind.out).toMatch(/^3 pending migration\(s\): \d{14}_init, \d{14}_attempt_session_index, \d{14}_lock_out$/);
    expect(migrateOk(["deploy"], env)).toMatch(/^Applied 3 migration\(s\) to .*: \d{14}_init, \d{14}_attempt_session_index, \d{14}_lock_out$/);
  });
});

const pgAdminUrl = process.env.PG_TEST_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function pgQuery(sql: string, url = pgAdminUrl): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

const pgProblem = await pgQuery("select 1").then(
  () => null,
  (e: unknown) => (e instanceof Error ? e.message : String(e)),
);
if (pgProblem) console.log(`skipping PostgreSQL database tests: no server at ${pgAdminUrl.replace(/:[^:@/]*@/, ":***@")} (${pgProblem})`);

describe.skipIf(pgProblem !== null)("database on PostgreSQL", () => {
  const name = `kubelab_test_${process.pid}_${Date.now().toString(36)}`;
  const url = new URL(pgAdminUrl);
  url.pathname = `/${name}`;
  const dbUrl = url.toString();
  const shadowDbs = async () => (await pgQuery("select datname from pg_database where datname like 'prisma_migrate_shadow_db_%'")).rows.length;
  afterAll(() => pgQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));

  it("applies the migrations to a fresh database, reports nothing pending, and serves every model", { timeout: 120_000 }, async () => {
    await pgQuery(`CREATE DATABASE "${name}"`);
    const behind = migrate(["status"], { DATABASE_URL: dbUrl });
    expect([behind.status, behind.out]).toEqual([1, expect.stringMatching(/^2 pending migration\(s\): \d{14}_init, \d{14}_attempt_session_index$/)]);
    expect(migrateOk(["deploy"], { DATABASE_URL: dbUrl })).toMatch(/^Applied 2 migration\(s\) to postgresql:.* \d{14}_init, \d{14}_attempt_session_index$/);
    expect(migrateOk(["deploy"], { DATABASE_URL: dbUrl })).toMatch(/^No pending migrations/);
    expect(migrateOk(["status"], { DATABASE_URL: dbUrl })).toBe("Database schema is up to date!");
    const tables = (await pgQuery("select tablename from pg_tables where schemaname = 'public' order by 1", dbUrl)).rows.map((r) => r.tablename);
    expect(tables).toEqual(["Account", "AuthoredLab", "LabAttempt", "LabCatalog", "LoginThrottle", "Session", "SessionSnapshot", "User", "VerificationToken", "_prisma_migrations"]);
    const db = createPrisma(dbUrl);
    try {
      await roundTrip(db);
    } finally {
      await db.$disconnect();
    }
  });

  it("has migrations that match the schema (shadow database replay), and cleans the shadow database up", { timeout: 120_000 }, async () => {
    const before = await shadowDbs();
    expect(migrateOk(["diff"], { DATABASE_URL: dbUrl })).toBe("Migrations in prisma/postgres/migrations match prisma/postgres/schema.prisma.");
    const changed = migrate(["diff"], { DATABASE_URL: dbUrl, PRISMA_SCHEMA: changedSchema(tmp, "prisma/postgres/schema.prisma") });
    expect(changed.status).toBe(1);
    expect(changed.out).toContain('ALTER TABLE "LoginThrottle" ADD COLUMN     "lockedUntil" TIMESTAMP(3);');
    expect(await shadowDbs()).toBe(before);
  });
});
