import { ManualClock } from "../engine/clock";
import type { LabDefinition } from "./define";
import { grade, type GradeResult } from "./grader";
import { startSession } from "./session";
import { splitCommands } from "../shell/script";

export const SELFTEST_START = Date.UTC(2026, 0, 1, 9, 0, 0);

/** Time a learner takes between finishing and pressing "Check my work". */
const SETTLE_MS = 10_000;

export interface SelfTestResult {
  slug: string;
  checks: number;
  setupFails: boolean;
  solutionPasses: boolean;
  wrongSolutionsFail: boolean;
  problems: string[];
}

/** Runs a script line by line in a fresh session of the lab, then grades it. */
export function runScript(lab: LabDefinition, script: string, seed = 1): { grade: GradeResult; transcript: string } {
  const session = startSession({ lab, seed, clock: new ManualClock(SELFTEST_START) });
  let transcript = "";
  for (const line of splitCommands(script)) {
    const r = session.shell.exec(line);
    transcript += `$ ${line}\n${r.stdout}${r.stderr}`;
  }
  session.environment.advance(SETTLE_MS);
  return { grade: grade(session), transcript };
}

/** Proves a lab: setup fails a check, the solution passes all, each wrong solution fails its check. */
export function selfTest(lab: LabDefinition, solution: string): SelfTestResult {
  const problems: string[] = [];
  const setup = runScript(lab, "");
  const setupFails = setup.grade.score < setup.grade.max;
  if (!setupFails) problems.push("every check already passes right after setup");
  const sol = runScript(lab, solution);
  const failing = sol.grade.tasks.flatMap((t) => t.criteria.filter((c) => !c.passed));
  const solutionPasses = failing.length === 0;
  if (!solutionPasses) problems.push(`solution.sh fails: ${failing.map((c) => `${c.id} (${c.message})`).join("; ")}\n${sol.transcript}`);
  let solutionPassesAll = solutionPasses;
  for (const alt of lab.otherSolutions ?? []) {
    const r = runScript(lab, alt.script);
    const bad = r.grade.tasks.flatMap((t) => t.criteria.filter((c) => !c.passed));
    if (bad.length) {
      solutionPassesAll = false;
      problems.push(`other solution "${alt.why}" fails: ${bad.map((c) => `${c.id} (${c.message})`).join("; ")}\n${r.transcript}`);
    }
  }
  let wrongSolutionsFail = true;
  for (const w of lab.wrongSolutions) {
    const r = runScript(lab, w.script);
    const c = r.grade.tasks.flatMap((t) => t.criteria).find((x) => x.id === w.failsCheck);
    if (c?.passed !== false) {
      wrongSolutionsFail = false;
      problems.push(`wrong solution "${w.why}" passes check ${w.failsCheck}`);
    }
  }
  return { slug: lab.slug, checks: lab.tasks.reduce((n, t) => n + t.checks.length, 0), setupFails, solutionPasses: solutionPassesAll, wrongSolutionsFail, problems };
}
