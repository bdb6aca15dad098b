import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { labs } from "../labs/index";
import type { LabDefinition } from "../lib/labs/define";
import { taskMarkdown } from "../lib/labs/task-markdown";

const LABS_ROOT = path.resolve(import.meta.dirname, "../labs");

/** The folder of a built-in lab: labs/<domain>/<slug>, or labs/<slug> for the warm-up. */
export function labDirectory(lab: LabDefinition): string {
  const nested = path.join(LABS_ROOT, lab.domain, lab.slug);
  return existsSync(nested) ? nested : path.join(LABS_ROOT, lab.slug);
}

/** Labs whose task.md is missing or out of step with lab.ts, one message each. */
export function taskFileProblems(): string[] {
  return labs.flatMap((lab) => {
    const file = path.join(labDirectory(lab), "task.md");
    const rel = path.relative(path.resolve(LABS_ROOT, ".."), file);
    if (!existsSync(file)) return [`${rel}: missing (run npm run labs:tasks)`];
    return readFileSync(file, "utf8") === taskMarkdown(lab) ? [] : [`${rel}: out of date with lab.ts (run npm run labs:tasks)`];
  });
}

/** Lab folders on disk that labs/index.ts does not register. */
export function unregisteredLabFolders(): string[] {
  const known = new Set(labs.map(labDirectory));
  return readdirSync(LABS_ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith("_"))
    .flatMap((d) => {
      const dir = path.join(LABS_ROOT, d.name);
      if (existsSync(path.join(dir, "lab.ts"))) return [dir];
      return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(dir, e.name));
    })
    .filter((dir) => existsSync(path.join(dir, "lab.ts")) && !known.has(dir))
    .map((dir) => path.relative(path.resolve(LABS_ROOT, ".."), dir));
}
