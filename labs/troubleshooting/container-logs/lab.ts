import { defineLab } from "../../../lib/labs/define";
import { deploymentReady, expectSaw, pass } from "../../../lib/labs/checks";

const FILE = "/opt/course/4/billing-error.txt";
const ERROR_LINE = "ERROR: DB_HOST is not set, cannot connect to the ledger database";
const DB_HOST = "postgres.finance.svc.cluster.local";
const SCRIPT = `echo "billing v2.3 starting"; if [ -z "$DB_HOST" ]; then echo "${ERROR_LINE}"; exit 1; fi; echo "connected to $DB_HOST"; sleep 3600`;

export default defineLab({
  slug: "container-logs",
  title: "Read a crashing container's logs",
  summary: "Find out from its logs why a Deployment's container keeps restarting, save the evidence, then fix it.",
  domain: "troubleshooting",
  competency: "Manage and evaluate container output streams",
  difficulty: "easy",
  minutes: 8,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl create namespace finance");
    s.run(`kubectl -n finance create deployment billing --image=busybox:1.36 -- sh -c '${SCRIPT}'`);
    s.advance(60_000);
  },
  tasks: [
    {
      id: "evidence",
      text: `The pod of Deployment \`billing\` in namespace \`finance\` keeps restarting. Write **only the error line** its container logs before it exits to \`${FILE}\` on \`controlplane\` (create the directory if needed).`,
      checks: [
        {
          id: "error-line-saved",
          title: `${FILE} holds the container's error line`,
          points: 1,
          check(c) {
            const text = c.file("controlplane", FILE);
            if (text === undefined) return expectSaw(`the file ${FILE}`, "no such file");
            const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
            return lines.length === 1 && lines[0] === ERROR_LINE ? pass("the error line is saved.") : expectSaw(JSON.stringify(ERROR_LINE), JSON.stringify(lines.join("\\n")));
          },
        },
      ],
    },
    {
      id: "fix",
      text: `The log tells you what the application misses. Give the container of Deployment \`billing\` the environment variable it needs, with value \`${DB_HOST}\`, so that its pod runs without restarting.`,
      checks: [
        {
          id: "env-set",
          title: `billing's container has DB_HOST=${DB_HOST}`,
          points: 1,
          check(c) {
            const env = (c.get("deployments", "billing", "finance")?.spec?.template?.spec?.containers?.[0]?.env ?? []) as { name: string; value?: string }[];
            const value = env.find((e) => e.name === "DB_HOST")?.value;
            return value === DB_HOST ? pass("DB_HOST is set.") : expectSaw(`DB_HOST=${DB_HOST}`, value === undefined ? "no DB_HOST variable" : `DB_HOST=${value}`);
          },
        },
        deploymentReady({ id: "billing-ready", title: "Deployment finance/billing has 1 ready pod", points: 1 }, "finance", "billing", 1),
      ],
    },
  ],
  docs: [
    { title: "kubectl logs", url: "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_logs/" },
    { title: "Debug Running Pods", url: "https://kubernetes.io/docs/tasks/debug/debug-application/debug-running-pod/" },
    { title: "Define Environment Variables for a Container", url: "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/" },
  ],
  otherSolutions: [
    {
      why: "greps the previous container's log and patches the env with kubectl patch",
      script: `mkdir -p /opt/course/4\nkubectl -n finance logs deployment/billing -p | grep ERROR > ${FILE}\nkubectl -n finance patch deployment billing --type=json -p '[{"op":"add","path":"/spec/template/spec/containers/0/env","value":[{"name":"DB_HOST","value":"${DB_HOST}"}]}]'\nsleep 30`,
    },
  ],
  wrongSolutions: [
    { why: "saves the whole log, not just the error line", script: `mkdir -p /opt/course/4\nkubectl -n finance logs deploy/billing > ${FILE}`, failsCheck: "error-line-saved" },
    { why: "sets the variable on a different name", script: `kubectl -n finance set env deploy/billing DATABASE_HOST=${DB_HOST}\nsleep 30`, failsCheck: "env-set" },
  ],
});
