// Prisma migrations without the Prisma CLI's engine binary (it cannot be downloaded here): Prisma's
// wasm schema engine driven through the driver adapters. See ../shared/stack.md §3.2 for why each
// workaround below exists.
//
//   tsx scripts/db-migrate.ts deploy | status | diff | create <name>
//
// diff exits 1 when prisma/schema.prisma has changes that no migration covers.
//
// DATABASE_URL picks the database (default file:./prisma/dev.db); a postgresql:// URL uses
// prisma/postgres/schema.prisma and prisma/postgres/migrations unless PRISMA_SCHEMA/PRISMA_MIGRATIONS say otherwise.
import { createRequire } from "node:module";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";

export interface MigrateTarget {
  url: string;
  schemaPath: string;
  migrationsDir: string;
}

export function targetFromEnv(env: NodeJS.ProcessEnv = process.env): MigrateTarget {
  const url = env.DATABASE_URL ?? "file:./prisma/dev.db";
  const isPg = isPostgres(url);
  return {
    url,
    schemaPath: env.PRISMA_SCHEMA ?? (isPg ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma"),
    migrationsDir: env.PRISMA_MIGRATIONS ?? (isPg ? "prisma/postgres/migrations" : "prisma/migrations"),
  };
}

const isPostgres = (url: string) => /^postgres(ql)?:\/\//.test(url);

/** better-sqlite3 prepares one statement at a time; the engine sends whole migration scripts. */
function allowMultiStatement(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (e) {
      if (e instanceof RangeError && /more than one statement/.test(e.message) && query.args.length === 0) {
        await adapter.executeScript(query.sql);
        return 0;
      }
      throw e;
    }
  };
  return adapter;
}

function sqliteFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaBetterSqlite3({ url });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => allowMultiStatement(await inner.connect()),
    connectToShadowDb: async () => allowMultiStatement(await inner.connectToShadowDb()),
  };
}

/** Discrete config: PrismaPg's shadow factory would let a connection string override the database. */
function pgConfig(url: string): pg.ClientConfig {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || "postgres"),
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
  };
}

let pgCharPatched = false;
/** The engine reads catalog columns of type "char" (OID 18), which adapter-pg cannot map: treat them as text. */
function patchPgCharColumns() {
  if (pgCharPatched) return;
  pgCharPatched = true;
  const proto = pg.Result.prototype as unknown as { addFields(fields: { dataTypeID: number }[]): void };
  const addFields = proto.addFields;
  proto.addFields = function (fields) {
    for (const f of fields) if (f.dataTypeID === 18) f.dataTypeID = 25;
    return addFields.call(this, fields);
  };
}

function pgFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  patchPgCharColumns();
  const config = pgConfig(url);
  const main = new PrismaPg(config);
  const admin = async (sql: string) => {
    const client = new pg.Client(config);
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    // Our own shadow database lifecycle: close the pool first, then drop with FORCE.
    async connectToShadowDb() {
      const name = `prisma_migrate_shadow_db_${randomUUID().replace(/-/g, "")}`;
      await admin(`CREATE DATABASE "${name}"`);
      const shadow = await new PrismaPg({ ...config, database: name }).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await shadow.underlyingDriver().end().catch(() => undefined);
        await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      };
      return shadow;
    },
  };
}

function providerOf(schemaText: string): "sqlite" | "postgresql" {
  const m = /datasource\s+\w+\s*{[^}]*provider\s*=\s*"(\w+)"/.exec(schemaText);
  if (!m || (m[1] !== "sqlite" && m[1] !== "postgresql")) throw new Error("schema has no sqlite/postgresql datasource provider");
  return m[1];
}

function lockfileText(provider: string) {
  return `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`;
}

function migrationsList(dir: string) {
  const lockPath = path.join(dir, "migration_lock.toml");
  const dirs = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql"))).map((d) => d.name).sort()
    : [];
  return {
    baseDir: path.resolve(dir),
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: { path: "migration.sql", content: { tag: "ok" as const, value: readFileSync(path.join(dir, name, "migration.sql"), "utf8") } },
    })),
  };
}

const filters = { externalTables: [], externalEnums: [] };

interface Engine {
  engine: bg.SchemaEngine;
  explain(e: unknown): Error;
}

async function openEngine(target: MigrateTarget): Promise<Engine> {
  const require = createRequire(import.meta.url);
  const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
  const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports });
  (bg as unknown as { __wbg_set_wasm(x: unknown): void }).__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  const factory = bindMigrationAwareSqlAdapterFactory(isPostgres(target.url) ? pgFactory(target.url) : sqliteFactory(target.url.replace(/^file:/, "")));
  const schemaText = readFileSync(target.schemaPath, "utf8");
  const engine = await bg.SchemaEngine.new({ datamodels: [[target.schemaPath, schemaText]] }, () => undefined, factory);
  // Errors raised inside the adapters reach us as "External error id#N": look the real error up.
  const explain = (e: unknown) => {
    const msg = e instanceof Error ? e.message : String(e);
    const details = [...msg.matchAll(/External error id#(\d+)/g)].map((m) => factory.errorRegistry.consumeError(Number(m[1]))?.error);
    return new Error(details.length ? `${msg}\n${details.map((d) => `  caused by: ${d instanceof Error ? d.message : JSON.stringify(d)}`).join("\n")}` : msg);
  };
  return { engine, explain };
}

/** Applies pending migrations; returns the names applied. */
export async function deploy(target: MigrateTarget): Promise<string[]> {
  if (!isPostgres(target.url)) mkdirSync(path.dirname(path.resolve(target.url.replace(/^file:/, ""))), { recursive: true });
  const { engine, explain } = await openEngine(target);
  try {
    const out = await engine.applyMigrations({ migrationsList: migrationsList(target.migrationsDir), filters });
    return out.appliedMigrationNames;
  } catch (e) {
    throw explain(e);
  }
}

/** Names of migrations not yet applied to the database. */
export async function status(target: MigrateTarget): Promise<{ pending: string[]; failed: string[] }> {
  const { engine, explain } = await openEngine(target);
  const list = migrationsList(target.migrationsDir);
  try {
    const d = await engine.diagnoseMigrationHistory({ migrationsList: list, optInToShadowDatabase: false, filters });
    const pending = d.history?.diagnostic === "databaseIsBehind" ? d.history.unappliedMigrationNames : d.history?.diagnostic === "historiesDiverge" ? d.history.unappliedMigrationNames : [];
    return { pending, failed: d.failedMigrationNames };
  } catch (e) {
    // A database no migration ever touched has no history table: everything is pending.
    if (/underlying table for model `_prisma_migrations` does not exist/.test(e instanceof Error ? e.message : String(e))) {
      return { pending: list.migrationDirectories.map((m) => m.path), failed: [] };
    }
    throw explain(e);
  }
}

/** The SQL a new migration would need to bring the migrations up to the schema, or null when they match. */
export async function pendingSql(target: MigrateTarget): Promise<string | null> {
  const schemaText = readFileSync(target.schemaPath, "utf8");
  const lockPath = path.join(target.migrationsDir, "migration_lock.toml");
  mkdirSync(target.migrationsDir, { recursive: true });
  if (!existsSync(lockPath)) writeFileSync(lockPath, lockfileText(providerOf(schemaText)));
  const { engine, explain } = await openEngine(target);
  try {
    const r = await engine.diff({
      from: { tag: "migrations", ...migrationsList(target.migrationsDir) },
      to: { tag: "schemaDatamodel", files: [{ path: target.schemaPath, content: schemaText }] },
      script: true,
      exitCode: true,
      filters,
    } as Parameters<bg.SchemaEngine["diff"]>[0]);
    return r.exitCode === 2 && r.stdout ? r.stdout : null;
  } catch (e) {
    throw explain(e);
  }
}

/** Writes a new migration folder for the difference between the migrations and the schema. */
export async function create(target: MigrateTarget, name: string, now = new Date()): Promise<string | null> {
  const sql = await pendingSql(target);
  if (sql === null) return null;
  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const dir = path.join(target.migrationsDir, `${stamp}_${name.replace(/[^a-z0-9_]/gi, "_")}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  return dir;
}

async function main() {
  const [cmd, name] = process.argv.slice(2);
  const target = targetFromEnv();
  const where = isPostgres(target.url) ? target.url.replace(/:[^:@/]*@/, ":***@") : target.url;
  if (cmd === "deploy") {
    const applied = await deploy(target);
    console.log(applied.length ? `Applied ${applied.length} migration(s) to ${where}: ${applied.join(", ")}` : `No pending migrations (${where}).`);
  } else if (cmd === "status") {
    const s = await status(target);
    console.log(s.pending.length ? `${s.pending.length} pending migration(s): ${s.pending.join(", ")}` : "Database schema is up to date!");
    if (s.failed.length) console.log(`Failed migrations: ${s.failed.join(", ")}`);
    if (s.pending.length || s.failed.length) process.exitCode = 1;
  } else if (cmd === "create" && name) {
    const dir = await create(target, name);
    console.log(dir ? `Created ${dir}/migration.sql` : "No schema changes: nothing to migrate.");
  } else if (cmd === "diff") {
    const sql = await pendingSql(target);
    console.log(sql === null ? `Migrations in ${target.migrationsDir} match ${target.schemaPath}.` : `${target.schemaPath} has changes without a migration (run db:migrate:create):\n${sql}`);
    if (sql !== null) process.exitCode = 1;
  } else {
    console.error("usage: tsx scripts/db-migrate.ts deploy | status | diff | create <name>");
    process.exitCode = 2;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main()
    .catch((e) => {
      console.error(`db-migrate: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    })
    .finally(() => process.exit()); // a pg pool would keep the process alive for its idle timeout
}
