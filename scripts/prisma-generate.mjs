// Generates the Prisma clients (SQLite and PostgreSQL) without network access.
// The Prisma CLI wants a schema-engine binary it would download; generation never uses it,
// so any existing executable satisfies the check (see ../shared/stack.md §3.1).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const schemas = ["prisma/schema.prisma", "prisma/postgres/schema.prisma"].filter((s) => existsSync(s));
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: "/bin/true", CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
for (const schema of schemas) {
  const r = spawnSync("npx", ["--no-install", "prisma", "generate", "--schema", schema], { stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
