// Writes labs/<domain>/<slug>/task.md from each lab.ts: npm run labs:tasks [-- --check]
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { labDirectory, taskFileProblems } from "./lab-files";
import { labs } from "../labs/index";
import { taskMarkdown } from "../lib/labs/task-markdown";

const check = process.argv.includes("--check");
if (check) {
  const problems = taskFileProblems();
  for (const p of problems) console.error(p);
  process.exit(problems.length ? 1 : 0);
}
let written = 0;
for (const lab of labs) {
  const file = `${labDirectory(lab)}/task.md`;
  const text = taskMarkdown(lab);
  if (existsSync(file) && readFileSync(file, "utf8") === text) continue;
  writeFileSync(file, text);
  written++;
}
console.log(`labs:tasks: ${labs.length} labs, ${written} task.md written`);
