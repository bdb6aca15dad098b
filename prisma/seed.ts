// Seeds the lab catalogue table from the built-in labs (idempotent).
import { builtinLabs } from "../lib/labs/catalog";
import { createPrisma } from "../lib/server/db";

const db = createPrisma();
const labs = builtinLabs();
for (const l of labs) {
  const data = { title: l.title, domain: l.domain, competency: l.competency, difficulty: l.difficulty, minutes: l.minutes, builtin: true };
  await db.labCatalog.upsert({ where: { slug: l.slug }, create: { slug: l.slug, ...data }, update: data });
}
await db.labCatalog.deleteMany({ where: { builtin: true, slug: { notIn: labs.map((l) => l.slug) } } });
console.log(`Seeded ${labs.length} built-in labs.`);
await db.$disconnect();
