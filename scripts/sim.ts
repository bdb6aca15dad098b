// Scripted mode: runs command lines from stdin in one fresh session of a lab.
//   npm run -s sim -- --lab <slug> [--seed N] [--json] [--grade]
import { readFileSync } from "node:fs";
import { ManualClock } from "../lib/engine/clock";
import { getLab, builtinLabs } from "../lib/labs/catalog";
import { startSession } from "../lib/labs/session";
import { grade } from "../lib/labs/grader";
import { SELFTEST_START } from "../lib/labs/selftest";
import { splitCommands } from "../lib/shell/script";

function usage(message: string): never {
  process.stderr.write(`sim: ${message}\nusage: npm run -s sim -- --lab <slug> [--seed N] [--json] [--grade]\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const slug = opt("--lab") ?? usage("--lab is required");
const lab = getLab(slug) ?? usage(`unknown lab "${slug}"; labs: ${builtinLabs().map((l) => l.slug).join(", ")}`);
const seed = Number(opt("--seed") ?? 1);
if (!Number.isInteger(seed)) usage(`--seed must be an integer, got "${opt("--seed")}"`);
const json = args.includes("--json");

const session = startSession({ lab, seed, clock: new ManualClock(SELFTEST_START) });
for (const cmd of splitCommands(readFileSync(0, "utf8"))) {
  const r = session.shell.exec(cmd);
  if (json) process.stdout.write(JSON.stringify({ cmd, stdout: r.stdout, stderr: r.stderr, exit: r.exitCode }) + "\n");
  else {
    process.stdout.write(r.stdout);
    process.stderr.write(r.stderr);
  }
}
if (args.includes("--grade")) {
  const g = grade(session);
  const out = { score: g.score, max: g.max, tasks: g.tasks.map((t) => ({ id: t.id, passed: t.passed, message: t.message })) };
  process.stdout.write(JSON.stringify({ grade: out }) + "\n");
}
