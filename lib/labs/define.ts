import { z } from "zod";
import type { Topology } from "../engine/topology";
import { ALL_COMPETENCIES, DOMAINS, DOMAIN_IDS, type DomainId } from "./curriculum";
import type { CheckView } from "./checks/view";
import type { CheckResult } from "./checks/result";
import type { SetupApi } from "./setup";

export type { CheckResult } from "./checks/result";

export interface Check {
  id: string;
  /** What is checked, in the learner's words ("Pod web runs image nginx:1.27"). */
  title: string;
  /** Points this criterion is worth (partial credit is per criterion). */
  points: number;
  check(c: CheckView): CheckResult;
}

export interface Task {
  id: string;
  /** Markdown shown in the task panel; every check must be asked for here. */
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
  domain: DomainId;
  competency: string;
  difficulty: "easy" | "medium" | "hard";
  minutes: number;
  curriculumVersion: "1.32";
  /** Clusters, nodes, contexts and the start host; the default is one kubeadm cluster of three nodes. */
  topology?: Topology;
  /** Breaks or prepares the cluster, through the same public client and shell the learner uses. */
  setup(s: SetupApi): void;
  /** Values read right after setup, for tasks about "the state now" (`c.captured(key)` in checks). */
  capture?: Record<string, (c: CheckView) => unknown>;
  tasks: Task[];
  docs: { title: string; url: string }[];
  wrongSolutions: WrongSolution[];
  /** Other valid ways to solve the lab; the self-test proves each passes every check. */
  otherSolutions?: { why: string; script: string }[];
}

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by '-'");
const fn = z.custom<(...a: never[]) => unknown>((v) => typeof v === "function", "must be a function");

const topologySchema = z
  .object({
    clusters: z
      .array(
        z.object({
          name: id,
          context: z.string().min(1),
          version: z.string().regex(/^v1\.\d+\.\d+$/),
          podCidr: z.string(),
          nodes: z.array(z.object({ name: id, role: z.enum(["control-plane", "worker"]), ip: z.string().regex(/^\d+\.\d+\.\d+\.\d+$/) })).min(1),
        }),
      )
      .min(1),
    startHost: z.string(),
  })
  .superRefine((t, ctx) => {
    const nodes = t.clusters.flatMap((c) => c.nodes);
    const dupName = nodes.find((n, i) => nodes.findIndex((m) => m.name === n.name) !== i);
    if (dupName) ctx.addIssue({ code: "custom", path: ["clusters"], message: `node name ${dupName.name} is used twice` });
    const dupIp = nodes.find((n, i) => nodes.findIndex((m) => m.ip === n.ip) !== i);
    if (dupIp) ctx.addIssue({ code: "custom", path: ["clusters"], message: `node IP ${dupIp.ip} is used twice` });
    t.clusters.forEach((c, i) => {
      if (c.nodes.filter((n) => n.role === "control-plane").length !== 1) ctx.addIssue({ code: "custom", path: ["clusters", i, "nodes"], message: "needs exactly one control-plane node" });
    });
    if (!nodes.some((n) => n.name === t.startHost)) ctx.addIssue({ code: "custom", path: ["startHost"], message: `${t.startHost} is not a node of the topology` });
  });

export const labSchema = z
  .object({
    slug: id,
    title: z.string().min(5),
    summary: z.string().min(10),
    domain: z.enum(DOMAIN_IDS as [DomainId, ...DomainId[]]),
    competency: z.string(),
    difficulty: z.enum(["easy", "medium", "hard"]),
    minutes: z.number().int().min(1).max(120),
    curriculumVersion: z.literal("1.32"),
    topology: topologySchema.optional(),
    setup: fn,
    capture: z.record(z.string(), fn).optional(),
    tasks: z
      .array(
        z.object({
          id,
          text: z.string().min(10),
          checks: z.array(z.object({ id, title: z.string().min(3), points: z.number().int().positive(), check: fn })).min(1),
        }),
      )
      .min(1),
    docs: z.array(z.object({ title: z.string().min(1), url: z.url() })).min(1),
    wrongSolutions: z.array(z.object({ why: z.string().min(5), script: z.string().min(1), failsCheck: z.string() })).min(1),
    otherSolutions: z.array(z.object({ why: z.string().min(5), script: z.string().min(1) })).optional(),
  })
  .superRefine((lab, ctx) => {
    if (!ALL_COMPETENCIES.includes(lab.competency))
      ctx.addIssue({ code: "custom", path: ["competency"], message: `"${lab.competency}" is not a CKA v1.32 competency (see lib/labs/curriculum.ts)` });
    else if (!(DOMAINS[lab.domain].competencies as readonly string[]).includes(lab.competency))
      ctx.addIssue({ code: "custom", path: ["competency"], message: `"${lab.competency}" is not a competency of domain ${lab.domain}` });
    const checkIds = lab.tasks.flatMap((t) => t.checks.map((c) => c.id));
    const dup = checkIds.find((x, i) => checkIds.indexOf(x) !== i);
    if (dup) ctx.addIssue({ code: "custom", path: ["tasks"], message: `check id "${dup}" is used twice` });
    const taskIds = lab.tasks.map((t) => t.id);
    const dupTask = taskIds.find((x, i) => taskIds.indexOf(x) !== i);
    if (dupTask) ctx.addIssue({ code: "custom", path: ["tasks"], message: `task id "${dupTask}" is used twice` });
    lab.wrongSolutions.forEach((w, i) => {
      if (!checkIds.includes(w.failsCheck)) ctx.addIssue({ code: "custom", path: ["wrongSolutions", i, "failsCheck"], message: `"${w.failsCheck}" is not a check of this lab` });
    });
  });

export class LabDefinitionError extends Error {}

/** Where a lab's definition lives, for error messages. */
export function labFile(def: { slug?: unknown; domain?: unknown }): string {
  const slug = typeof def.slug === "string" ? def.slug : "(no slug)";
  return slug === "blank" ? "labs/blank/lab.ts" : `labs/${typeof def.domain === "string" ? def.domain : "(no domain)"}/${slug}/lab.ts`;
}

/** Validates a lab at load: a broken lab fails loudly with the file and every broken field named. */
export function defineLab(def: LabDefinition): LabDefinition {
  const r = labSchema.safeParse(def);
  if (!r.success) {
    const issues = r.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new LabDefinitionError(`${labFile(def)}: ${issues.join("; ")}`);
  }
  return def;
}
