import { z } from "zod";
import type { Topology } from "../engine/topology";
import { ALL_COMPETENCIES, DOMAIN_IDS } from "./curriculum";
import type { CheckView } from "./check-view";
import type { SetupApi } from "./setup";

/** What a check returns: whether it passed, and one sentence saying what was expected and seen. */
export interface CheckResult {
  passed: boolean;
  message: string;
}

export interface Check {
  id: string;
  /** What is checked, in the learner's words ("Pod web runs image nginx:1.27"). */
  title: string;
  points: number;
  check(c: CheckView): CheckResult;
}

export interface Task {
  id: string;
  /** Markdown shown in the task panel. */
  text: string;
  checks: Check[];
}

export interface WrongSolution {
  /** What the mistake is, e.g. "fixes the image in the Pod, not the Deployment". */
  why: string;
  script: string;
  /** The check that must fail for this wrong solution. */
  failsCheck: string;
}

export interface LabDefinition {
  slug: string;
  title: string;
  summary: string;
  domain: (typeof DOMAIN_IDS)[number];
  competency: string;
  difficulty: "easy" | "medium" | "hard";
  minutes: number;
  curriculumVersion: "1.32";
  topology?: Topology;
  /** Breaks or prepares the cluster, through the same public client and shell the learner uses. */
  setup(s: SetupApi): void;
  tasks: Task[];
  docs: { title: string; url: string }[];
  wrongSolutions: WrongSolution[];
}

const checkSchema = z.object({ id: z.string().regex(/^[a-z0-9-]+$/), title: z.string().min(3), points: z.number().int().positive(), check: z.function() });

export const labSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by '-'"),
  title: z.string().min(5),
  summary: z.string().min(10),
  domain: z.enum(DOMAIN_IDS as [string, ...string[]]),
  competency: z.string().refine((c) => ALL_COMPETENCIES.includes(c), "must be one of the CKA v1.32 competencies in lib/labs/curriculum.ts"),
  difficulty: z.enum(["easy", "medium", "hard"]),
  minutes: z.number().int().min(1).max(120),
  curriculumVersion: z.literal("1.32"),
  topology: z.any().optional(),
  setup: z.function(),
  tasks: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), text: z.string().min(10), checks: z.array(checkSchema).min(1) })).min(1),
  docs: z.array(z.object({ title: z.string(), url: z.string().url() })).min(1),
  wrongSolutions: z.array(z.object({ why: z.string().min(5), script: z.string().min(1), failsCheck: z.string() })).min(1),
});

export class LabDefinitionError extends Error {}

/** Validates a lab at load: a broken lab fails loudly with the lab and field named. */
export function defineLab(def: LabDefinition): LabDefinition {
  const r = labSchema.safeParse(def);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new LabDefinitionError(`lab ${def.slug ?? "(no slug)"}: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  const checkIds = def.tasks.flatMap((t) => t.checks.map((c) => c.id));
  const dup = checkIds.find((id, i) => checkIds.indexOf(id) !== i);
  if (dup) throw new LabDefinitionError(`lab ${def.slug}: tasks: check id "${dup}" is used twice`);
  for (const w of def.wrongSolutions) if (!checkIds.includes(w.failsCheck)) throw new LabDefinitionError(`lab ${def.slug}: wrongSolutions: failsCheck "${w.failsCheck}" is not a check of this lab`);
  return def;
}
