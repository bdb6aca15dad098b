import { DOMAINS } from "./curriculum";
import type { LabDefinition } from "./define";

/**
 * The lab's `task.md`: what a learner reads, rendered from `lab.ts` (the one source the app and the
 * grader use) so the folder reads well on its own. `npm run labs:tasks` rewrites the files; a test
 * keeps them in step.
 */
export function taskMarkdown(lab: LabDefinition): string {
  const points = (t: LabDefinition["tasks"][number]) => t.checks.reduce((sum, c) => sum + c.points, 0);
  const total = lab.tasks.reduce((sum, t) => sum + points(t), 0);
  const clusters = lab.topology?.clusters;
  const lines = [
    `# ${lab.title}`,
    "",
    `${DOMAINS[lab.domain].title} · ${lab.competency} · ${lab.difficulty} · ${lab.minutes} min · ${total} points`,
    "",
    lab.summary,
    "",
  ];
  if (clusters && clusters.length > 1)
    lines.push(`Clusters (kubectl contexts): ${clusters.map((c) => `\`${c.context}\``).join(", ")}. You start on \`${lab.topology!.startHost}\`.`, "");
  lab.tasks.forEach((t, i) => {
    const p = points(t);
    lines.push(`## Task ${i + 1} (${p} ${p === 1 ? "point" : "points"})`, "", t.text.trim(), "");
  });
  lines.push("## Docs", "", ...lab.docs.map((d) => `- [${d.title}](${d.url})`), "");
  return lines.join("\n");
}
