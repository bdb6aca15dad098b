import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { spawnSync } from "node:child_process";
import { createPrisma, type Db } from "./db";

/** Runs `npm run db:migrate`'s script as a newcomer would (the wasm engine wants its own process). */
function migrate(cmd: "deploy" | "status", url: string): string {
  const r = spawnSync("npx", ["--no-install", "tsx", "scripts/db-migrate.ts", cmd], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`db-migrate ${cmd} exited ${r.status}: ${r.stderr}`);
  return r.stdout.trim();
}

/** Exercises every model the app writes, through the real migrated schema. */
async function roundTrip(db: Db) {
  const user = await db.user.create({ data: { email: "ada@example.com", passwordHash: "x", role: "instructor" } });
  await expect(db.user.create({ data: { email: "ada@example.com" } })).rejects.toThrow(/Unique constraint/);
  const attempt = await db.labAttempt.create({ data: { userId: user.id, labSlug: "blank", results: JSON.stringify([{ id: "t1", passed: true }]) } });
  await db.labAttempt.update({ where: { id: attempt.id }, data: { finishedAt: new Date(), score: 4, maxScore: 5 } });
  await db.sessionSnapshot.create({ data: { id: "s1", ownerKey: user.id, labSlug: "blank", state: "{}" } });
  await db.sessionSnapshot.update({ where: { id: "s1" }, data: { state: '{"v":2}' } });
  await db.authoredLab.create({ data: { slug: "my-lab", title: "Mine", domain: "storage", competency: "pv", difficulty: "easy", minutes: 5, taskMarkdown: "Do it", definition: "{}", authorId: user.id } });
  await db.labCatalog.upsert({ where: { slug: "blank" }, create: { slug: "blank", title: "Blank", domain: "troubleshooting", competency: "x", difficulty: "easy", minutes: 5 }, update: {} });
  await db.loginThrottle.create({ data: { key: "ada@example.com", count: 1, windowStart: new Date() } });
  const loaded = await db.user.findUnique({ where: { email: "ada@example.com" }, include: { attempts: true } });
  expect(loaded?.attempts.map((a) => [a.labSlug, a.score, a.maxScore])).toEqual([["blank", 4, 5]]);
  expect((await db.sessionSnapshot.findUnique({ where: { id: "s1" } }))?.state).toBe('{"v":2}');
  await db.user.delete({ where: { id: user.id } });
  expect(await db.labAttempt.count()).toBe(0); // cascades
}

describe("database on SQLite", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "kubelab-db-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("applies the migrations to a fresh file, then reports nothing pending", async () => {
    const url = `file:${path.join(dir, "fresh.db")}`;
    expect(migrate("deploy", url)).toMatch(/^Applied 1 migration\(s\) to file:.*fresh\.db: \d{14}_init$/);
    expect(migrate("deploy", url)).toBe(`No pending migrations (${url}).`);
    expect(migrate("status", url)).toBe("Database schema is up to date!");
    const db = createPrisma(url);
    await roundTrip(db);
    await db.$disconnect();
  });
});

const pgAdminUrl = process.env.PG_TEST_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function pgReachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: pgAdminUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

const pgProblem = await pgReachable();
if (pgProblem) console.log(`skipping PostgreSQL database tests: no server at ${pgAdminUrl.replace(/:[^:@/]*@/, ":***@")} (${pgProblem})`);

describe.skipIf(pgProblem !== null)("database on PostgreSQL", () => {
  const name = `kubelab_test_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: pgAdminUrl });
    await c.connect();
    await c.query(sql);
    await c.end();
  };
  afterAll(() => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));

  it("applies the migrations to a fresh database, then reports nothing pending", async () => {
    await admin(`CREATE DATABASE "${name}"`);
    const url = new URL(pgAdminUrl);
    url.pathname = `/${name}`;
    expect(migrate("deploy", url.toString())).toMatch(/^Applied 1 migration\(s\) to postgresql:.* \d{14}_init$/);
    expect(migrate("status", url.toString())).toBe("Database schema is up to date!");
    const db = createPrisma(url.toString());
    await roundTrip(db);
    await db.$disconnect();
  });
});
