import { defineLab } from "../../../lib/labs/define";
import { deploymentReady, expectSaw, pass, sameQuantity } from "../../../lib/labs/checks";

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: report
  namespace: batch
spec:
  replicas: 2
  selector:
    matchLabels:
      app: report
  template:
    metadata:
      labels:
        app: report
    spec:
      containers:
      - name: report
        image: nginx:1.27
        resources:
          requests:
            cpu: "3"
            memory: 256Mi
`;

export default defineLab({
  slug: "pending-insufficient-resources",
  title: "Pods that ask for too much",
  summary: "A Deployment's pods stay Pending with Insufficient cpu. Read the scheduler's message and right-size the requests.",
  domain: "troubleshooting",
  competency: "Monitor cluster and application resource usage",
  difficulty: "easy",
  minutes: 8,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl create namespace batch");
    s.apply(DEPLOYMENT);
    s.advance(10_000);
  },
  tasks: [
    {
      id: "fit",
      text: "The pods of Deployment `report` in namespace `batch` stay `Pending`. The application needs `250m` CPU and `256Mi` memory per pod. Change the Deployment so that it requests exactly that and both replicas run. Keep 2 replicas.",
      checks: [
        {
          id: "report-requests",
          title: "The report container requests 250m CPU and 256Mi memory",
          points: 1,
          check(c) {
            const ctr = c.get("deployment", "report", "batch")?.spec?.template?.spec?.containers?.find((x: { name: string }) => x.name === "report");
            const req = ctr?.resources?.requests ?? {};
            return sameQuantity(req.cpu, "250m") && sameQuantity(req.memory, "256Mi") ? pass(`requests cpu=${req.cpu} memory=${req.memory}.`) : expectSaw("requests cpu=250m memory=256Mi", `cpu=${req.cpu ?? "unset"} memory=${req.memory ?? "unset"}`);
          },
        },
        deploymentReady({ id: "report-ready", title: "Deployment batch/report has 2 ready replicas", points: 2 }, "batch", "report", 2),
      ],
    },
  ],
  docs: [
    { title: "Resource Management for Pods and Containers", url: "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/" },
    { title: "Debug Pods: My pod stays pending", url: "https://kubernetes.io/docs/tasks/debug/debug-application/debug-pods/#my-pod-stays-pending" },
  ],
  wrongSolutions: [
    { why: "scales the Deployment down instead", script: "kubectl -n batch scale deployment report --replicas=1\nsleep 10", failsCheck: "report-ready" },
    {
      why: "drops the CPU request but leaves a 3-CPU limit, which the request defaults to",
      script: `kubectl -n batch patch deployment report --type=json -p='[{"op":"remove","path":"/spec/template/spec/containers/0/resources/requests/cpu"},{"op":"add","path":"/spec/template/spec/containers/0/resources/limits","value":{"cpu":"3"}}]'\nsleep 10`,
      failsCheck: "report-ready",
    },
  ],
});
