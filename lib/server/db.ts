// The app's one Prisma client. SQLite (better-sqlite3 adapter) by default; PostgreSQL (pg adapter)
// when DATABASE_URL is a postgresql:// URL. Each provider has its own generated client (see README).
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/generated/prisma/client";
import { PrismaClient as PgClient } from "@/generated/prisma-pg/client";

/** Both generated clients have the same models; the SQLite one's type stands for both. */
export type Db = SqliteClient;

export const databaseUrl = () => process.env.DATABASE_URL ?? "file:./prisma/dev.db";

export function createPrisma(url: string = databaseUrl()): Db {
  if (/^postgres(ql)?:\/\//.test(url)) return new PgClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  return new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: url.replace(/^file:/, "") }) });
}

const globalForPrisma = globalThis as unknown as { kubelabPrisma?: Db };

/** The process-wide client (kept on globalThis so dev reloads don't open new pools). */
export function getPrisma(): Db {
  globalForPrisma.kubelabPrisma ??= createPrisma();
  return globalForPrisma.kubelabPrisma;
}
