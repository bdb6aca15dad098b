import type { LabSession } from "./session";

export interface CriterionResult {
  id: string;
  title: string;
  passed: boolean;
  points: number;
  max: number;
  message: string;
}

export interface TaskResult {
  id: string;
  passed: boolean;
  points: number;
  max: number;
  message: string;
  criteria: CriterionResult[];
}

export interface GradeResult {
  score: number;
  max: number;
  tasks: TaskResult[];
}

/** Runs every check; a check that throws fails with its error as the message, never the grader. */
export function grade(session: LabSession): GradeResult {
  const tasks = session.lab.tasks.map((task) => {
    const criteria = task.checks.map((c) => {
      let r;
      try {
        r = c.check(session.view);
      } catch (e) {
        r = { passed: false, message: `could not check: ${e instanceof Error ? e.message : String(e)}` };
      }
      return { id: c.id, title: c.title, passed: r.passed, points: r.passed ? c.points : 0, max: c.points, message: r.message };
    });
    const failed = criteria.filter((c) => !c.passed);
    return {
      id: task.id,
      passed: failed.length === 0,
      points: criteria.reduce((s, c) => s + c.points, 0),
      max: criteria.reduce((s, c) => s + c.max, 0),
      message: failed.length ? failed.map((c) => c.message).join(" ") : "All checks passed.",
      criteria,
    };
  });
  return { score: tasks.reduce((s, t) => s + t.points, 0), max: tasks.reduce((s, t) => s + t.max, 0), tasks };
}
