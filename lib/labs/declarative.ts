import { z } from "zod";
import type { Check, CheckResult } from "./define";
import type { CheckView } from "./checks/view";
import { formatLabels, hasLabels, sameQuantity, sameSet } from "./checks/compare";

/**
 * Checks for labs that instructors write in the app: a command run in a fresh admin shell of the
 * learner's environment and an expectation about its output. Data only — never code from a browser.
 */
export const declarativeCheckSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "must be lower-case words joined by '-'"),
  title: z.string().min(3).max(200),
  points: z.number().int().min(1).max(100),
  run: z.string().min(1).max(1000),
  expect: z.union([
    z.object({ equals: z.string().max(10_000) }),
    z.object({ contains: z.string().min(1).max(10_000) }),
    z.object({ matches: z.string().min(1).max(500) }),
    z.object({ exit: z.number().int().min(0).max(255) }),
    z.object({ quantity: z.string().min(1).max(50) }),
    z.object({ set: z.array(z.string().max(500)).max(200) }),
    z.object({ labelsInclude: z.record(z.string().max(317), z.string().max(63)) }),
  ]),
});

export type DeclarativeCheck = z.infer<typeof declarativeCheckSchema>;

const shorten = (s: string) => (s.length > 120 ? `${s.slice(0, 117)}...` : s);
const show = (s: string) => JSON.stringify(shorten(s));

/** Evaluates one declarative check; output is compared with trailing whitespace trimmed. */
export function evaluateDeclarative(check: DeclarativeCheck, view: CheckView): CheckResult {
  const r = view.run(check.run);
  const out = r.stdout.replace(/\s+$/, "");
  const e = check.expect;
  if ("exit" in e) return r.exitCode === e.exit ? { passed: true, message: `\`${check.run}\` exited ${e.exit}.` } : { passed: false, message: `expected \`${check.run}\` to exit ${e.exit}, saw exit ${r.exitCode}${r.stderr ? ` (${shorten(r.stderr.trim())})` : ""}` };
  if ("equals" in e) return out === e.equals.replace(/\s+$/, "") ? { passed: true, message: `output is ${show(out)}.` } : { passed: false, message: `expected output ${show(e.equals)}, saw ${show(out || r.stderr.trim())}` };
  if ("contains" in e) return out.includes(e.contains) ? { passed: true, message: `output contains ${show(e.contains)}.` } : { passed: false, message: `expected output containing ${show(e.contains)}, saw ${show(out || r.stderr.trim())}` };
  if ("quantity" in e) return sameQuantity(out, e.quantity) ? { passed: true, message: `output ${show(out)} equals ${e.quantity}.` } : { passed: false, message: `expected a quantity equal to ${e.quantity}, saw ${show(out || r.stderr.trim())}` };
  if ("set" in e) {
    const items = out.split(/\s+/).filter(Boolean);
    return sameSet(items, e.set) ? { passed: true, message: `output lists ${e.set.join(", ")}.` } : { passed: false, message: `expected exactly ${show([...e.set].sort().join(" "))} in any order, saw ${show([...new Set(items)].sort().join(" ") || r.stderr.trim())}` };
  }
  if ("labelsInclude" in e) {
    let labels: Record<string, string> | undefined;
    try {
      labels = JSON.parse(out || "{}");
    } catch {
      return { passed: false, message: `expected labels as JSON (e.g. -o jsonpath='{.metadata.labels}'), saw ${show(out || r.stderr.trim())}` };
    }
    return hasLabels(labels, e.labelsInclude) ? { passed: true, message: `labels include ${formatLabels(e.labelsInclude)}.` } : { passed: false, message: `expected labels including ${formatLabels(e.labelsInclude)}, saw ${formatLabels(labels)}` };
  }
  let re: RegExp;
  try {
    re = new RegExp(e.matches, "m");
  } catch {
    return { passed: false, message: `the check's pattern ${show(e.matches)} is not a valid regular expression` };
  }
  return re.test(out) ? { passed: true, message: `output matches /${e.matches}/.` } : { passed: false, message: `expected output matching /${e.matches}/, saw ${show(out || r.stderr.trim())}` };
}

/** Turns validated declarative checks into the checks the grader runs. */
export function toChecks(input: unknown): Check[] {
  const checks = z.array(declarativeCheckSchema).min(1).max(50).parse(input);
  return checks.map((c) => ({ id: c.id, title: c.title, points: c.points, check: (view: CheckView) => evaluateDeclarative(c, view) }));
}
