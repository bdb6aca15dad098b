import { defineLab } from "../../../lib/labs/define";
import { deploymentReady, fileLines } from "../../../lib/labs/checks";

const REPORT = "/opt/course/2/broken.txt";

export default defineLab({
  slug: "broken-pods-report",
  title: "Report the broken pods, then fix them",
  summary: "Write down which pods are failing across the cluster, then repair the Deployment behind them.",
  domain: "troubleshooting",
  competency: "Monitor cluster and application resource usage",
  difficulty: "medium",
  minutes: 10,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl create namespace web");
    s.run("kubectl create namespace jobs");
    s.run("kubectl -n web create deployment front --image=nginx:1.27 --replicas=2");
    s.run("kubectl -n web create deployment legacy --image=ngnix:1.27-alpine --replicas=2");
    s.run("kubectl -n jobs run cruncher --image=busybox:1.36 -- sleep 86400");
    s.run("kubectl -n jobs run reporter --image=pyhton:3.13 -- python -c 'print(1)'");
    s.advance(30_000);
  },
  capture: {
    broken: (c) => c.list("pods").filter((p) => p.status?.phase !== "Running").map((p) => `${p.metadata.namespace}/${p.metadata.name}`),
  },
  tasks: [
    {
      id: "report",
      text: `Some pods in the cluster are not \`Running\`. Write every pod that is not in phase \`Running\` **right now**, across all namespaces, to \`${REPORT}\` on \`controlplane\`: one per line as \`namespace/name\`, in any order.`,
      checks: [fileLines({ id: "report-lists-broken", title: `${REPORT} lists the pods that were not Running`, points: 2 }, "controlplane", REPORT, (c) => c.captured<string[]>("broken"))],
    },
    {
      id: "fix-legacy",
      text: "Then fix Deployment `legacy` in namespace `web`: its image name is misspelled. It must run image `nginx:1.27-alpine` with 2 ready pods.",
      checks: [
        deploymentReady({ id: "legacy-ready", title: "Deployment web/legacy has 2 ready pods", points: 2 }, "web", "legacy", 2),
      ],
    },
  ],
  docs: [
    { title: "kubectl quick reference", url: "https://kubernetes.io/docs/reference/kubectl/quick-reference/" },
    { title: "Debug Pods", url: "https://kubernetes.io/docs/tasks/debug/debug-application/debug-pods/" },
  ],
  wrongSolutions: [
    { why: "lists only one namespace", script: `mkdir -p /opt/course/2\nkubectl -n web get pods --field-selector=status.phase!=Running -o jsonpath='{range .items[*]}{.metadata.namespace}/{.metadata.name}{"\\n"}{end}' > ${REPORT}`, failsCheck: "report-lists-broken" },
    { why: "fixes first and reports afterwards, when the failing pods are gone", script: `kubectl -n web set image deployment/legacy ngnix=nginx:1.27-alpine\nsleep 20\nmkdir -p /opt/course/2\nkubectl get pods -A --field-selector=status.phase!=Running -o jsonpath='{range .items[*]}{.metadata.namespace}/{.metadata.name}{"\\n"}{end}' > ${REPORT}`, failsCheck: "report-lists-broken" },
  ],
});
