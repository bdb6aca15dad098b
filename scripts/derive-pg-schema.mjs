// Derives prisma/postgres/schema.prisma from prisma/schema.prisma: only the provider and the
// generated client's path differ. `--check` exits 1 if the committed file has drifted.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";

const source = readFileSync("prisma/schema.prisma", "utf8");
const derived =
  "// GENERATED from prisma/schema.prisma by scripts/derive-pg-schema.mjs — do not edit.\n" +
  source
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output       = "../generated/prisma"', 'output       = "../../generated/prisma-pg"');
const target = "prisma/postgres/schema.prisma";

if (process.argv.includes("--check")) {
  const current = existsSync(target) ? readFileSync(target, "utf8") : "";
  if (current !== derived) {
    console.error(`${target} is out of date: run node scripts/derive-pg-schema.mjs and create a PostgreSQL migration`);
    process.exit(1);
  }
  console.log(`${target} matches prisma/schema.prisma`);
} else {
  mkdirSync("prisma/postgres", { recursive: true });
  writeFileSync(target, derived);
  console.log(`wrote ${target}`);
}
