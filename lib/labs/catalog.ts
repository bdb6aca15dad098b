import { labs } from "../../labs";
import type { LabDefinition } from "./define";

export interface LabSummary {
  slug: string;
  title: string;
  summary: string;
  domain: string;
  competency: string;
  difficulty: string;
  minutes: number;
  docs: { title: string; url: string }[];
}

export function builtinLabs(): LabSummary[] {
  return labs.map(({ slug, title, summary, domain, competency, difficulty, minutes, docs }) => ({ slug, title, summary, domain, competency, difficulty, minutes, docs }));
}

export function getLab(slug: string): LabDefinition | undefined {
  return labs.find((l) => l.slug === slug);
}
