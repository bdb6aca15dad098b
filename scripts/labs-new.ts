// Scaffolds a lab: npm run labs:new <domain>/<slug>
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DOMAIN_IDS } from "../lib/labs/curriculum";

const arg = process.argv[2] ?? "";
const [domain, slug] = arg.split("/");
if (!DOMAIN_IDS.includes(domain as never) || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug ?? "")) {
  console.error(`usage: npm run labs:new <domain>/<slug>  (domains: ${DOMAIN_IDS.join(", ")})`);
  process.exit(2);
}
const dir = path.resolve(import.meta.dirname, "../labs", domain, slug);
if (existsSync(dir)) {
  console.error(`labs:new: ${dir} already exists`);
  process.exit(1);
}
mkdirSync(dir, { recursive: true });
writeFileSync(
  path.join(dir, "lab.ts"),
  `import { defineLab } from "../../../lib/labs/define";
import { fail, pass } from "../../../lib/labs/checks";

export default defineLab({
  slug: "${slug}",
  title: "TODO title",
  summary: "TODO one sentence for the catalogue.",
  domain: "${domain}",
  competency: "TODO one of lib/labs/curriculum.ts",
  difficulty: "easy",
  minutes: 10,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl create namespace ${slug}");
  },
  tasks: [
    {
      id: "task-1",
      text: "TODO what the learner must do.",
      checks: [
        {
          id: "check-1",
          title: "TODO what is checked",
          points: 1,
          check(c) {
            return c.get("namespaces", "${slug}") ? pass("TODO") : fail("expected TODO, saw TODO");
          },
        },
      ],
    },
  ],
  docs: [{ title: "TODO", url: "https://kubernetes.io/docs/" }],
  wrongSolutions: [{ why: "TODO a plausible mistake", script: "true", failsCheck: "check-1" }],
});
`,
);
writeFileSync(path.join(dir, "solution.sh"), "# TODO what a candidate types\n");
writeFileSync(path.join(dir, "notes.md"), `# ${slug}\n\nTODO what this lab teaches.\n`);
console.log(`created ${path.relative(process.cwd(), dir)}/ — add it to labs/index.ts, then npm run labs:tasks (writes task.md) and npm run labs:verify ${slug}`);
