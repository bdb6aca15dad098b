// `npm run db:seed`: fills the lab catalogue table from the built-in labs (idempotent; safe on every start).
// The labs loader is imported dynamically so the database can be prepared even when lib/labs cannot load.
import { createPrisma, databaseUrl } from "../lib/server/db";
import { seedLabCatalog, type CatalogEntry } from "../lib/server/db-seed";

async function loadBuiltinLabs(): Promise<CatalogEntry[] | string> {
  try {
    const mod = (await import("../lib/labs/catalog")) as { builtinLabs?: () => CatalogEntry[] };
    if (typeof mod.builtinLabs !== "function") return "lib/labs/catalog.ts does not export builtinLabs()";
    return mod.builtinLabs();
  } catch (e) {
    return `lib/labs/catalog.ts could not be loaded (${e instanceof Error ? e.message.split("\n")[0] : String(e)})`;
  }
}

const labs = await loadBuiltinLabs();
if (typeof labs === "string") {
  console.log(`Seeded nothing: ${labs}.`);
} else {
  const db = createPrisma();
  try {
    const r = await seedLabCatalog(db, labs);
    const where = databaseUrl().replace(/:[^:@/]*@/, ":***@");
    console.log(`Seeded ${r.upserted} built-in lab(s) into ${where}${r.removed ? `, removed ${r.removed} stale` : ""}.`);
  } finally {
    await db.$disconnect();
  }
}
