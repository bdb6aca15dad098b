// Fills the LabCatalog table from the built-in labs. Idempotent: upserts every lab and removes
// built-in rows whose lab no longer exists (instructor-authored labs live in AuthoredLab, untouched).
import type { Db } from "./db";

export interface CatalogEntry {
  slug: string;
  title: string;
  domain: string;
  competency: string;
  difficulty: string;
  minutes: number;
}

export interface SeedResult {
  upserted: number;
  removed: number;
}

export async function seedLabCatalog(db: Db, labs: readonly CatalogEntry[]): Promise<SeedResult> {
  const slugs = labs.map((l) => l.slug);
  const dup = slugs.find((s, i) => slugs.indexOf(s) !== i);
  if (dup) throw new Error(`two built-in labs share the slug "${dup}"`);
  for (const l of labs) {
    const data = { title: l.title, domain: l.domain, competency: l.competency, difficulty: l.difficulty, minutes: l.minutes, builtin: true };
    await db.labCatalog.upsert({ where: { slug: l.slug }, create: { slug: l.slug, ...data }, update: data });
  }
  const { count } = await db.labCatalog.deleteMany({ where: { builtin: true, slug: { notIn: slugs } } });
  return { upserted: labs.length, removed: count };
}
