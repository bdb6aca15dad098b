import { z } from "zod";
import { defineLab, type LabDefinition } from "./define";
import { DOMAIN_IDS, type DomainId } from "./curriculum";
import { declarativeCheckSchema, toChecks } from "./declarative";

/**
 * A lab an instructor writes in the app, stored as JSON: the same fields as a built-in lab, but the
 * setup is manifests + shell commands and every check is declarative. Data only, never code.
 */
export const instructorLabSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(60),
  title: z.string().min(5).max(120),
  summary: z.string().min(10).max(500),
  domain: z.enum(DOMAIN_IDS as [DomainId, ...DomainId[]]),
  competency: z.string(),
  difficulty: z.enum(["easy", "medium", "hard"]),
  minutes: z.number().int().min(1).max(120),
  setup: z.object({ manifests: z.array(z.string().max(50_000)).max(20).default([]), commands: z.array(z.string().max(2000)).max(50).default([]) }).default({ manifests: [], commands: [] }),
  tasks: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), text: z.string().min(10).max(5000), checks: z.array(declarativeCheckSchema).min(1).max(20) })).min(1).max(30),
  docs: z.array(z.object({ title: z.string().min(1).max(200), url: z.url() })).min(1).max(20),
  solution: z.string().min(1).max(20_000),
  wrongSolutions: z.array(z.object({ why: z.string().min(5).max(300), script: z.string().min(1).max(20_000), failsCheck: z.string() })).min(1).max(10),
});

export type InstructorLab = z.infer<typeof instructorLabSchema>;

/** Validates stored instructor JSON and turns it into a lab the session and grader run. */
export function labFromData(input: unknown): { lab: LabDefinition; solution: string } {
  const d = instructorLabSchema.parse(input);
  const lab = defineLab({
    slug: d.slug,
    title: d.title,
    summary: d.summary,
    domain: d.domain,
    competency: d.competency,
    difficulty: d.difficulty,
    minutes: d.minutes,
    curriculumVersion: "1.32",
    setup(s) {
      for (const m of d.setup.manifests) s.apply(m);
      for (const c of d.setup.commands) s.run(c);
      s.advance(10_000);
    },
    tasks: d.tasks.map((t) => ({ id: t.id, text: t.text, checks: toChecks(t.checks) })),
    docs: d.docs,
    wrongSolutions: d.wrongSolutions,
  });
  return { lab, solution: d.solution };
}
