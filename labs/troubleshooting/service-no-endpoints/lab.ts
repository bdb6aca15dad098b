import { defineLab } from "../../../lib/labs/define";
import { fail, pass } from "../../../lib/labs/checks";

const DEPLOY = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      containers:
      - name: api
        image: httpd
        ports:
        - containerPort: 80
`;

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: api
  namespace: shop
spec:
  selector:
    app: apii
  ports:
  - port: 8080
    targetPort: 80
`;

export default defineLab({
  slug: "service-no-endpoints",
  title: "A service with no endpoints",
  summary: "Requests to a ClusterIP service go nowhere although its pods run. Find the mismatch.",
  domain: "troubleshooting",
  competency: "Troubleshoot services and networking",
  difficulty: "easy",
  minutes: 8,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl create namespace shop");
    s.writeFile("controlplane", "/root/setup/deploy.yaml", DEPLOY);
    s.writeFile("controlplane", "/root/setup/svc.yaml", SERVICE);
    s.run("kubectl apply -f /root/setup/deploy.yaml -f /root/setup/svc.yaml");
    s.run("rm -r /root/setup");
    s.advance(10_000);
  },
  tasks: [
    {
      id: "endpoints",
      text: "Service `api` in namespace `shop` should send traffic on port 8080 to the pods of Deployment `api` (container port 80), but it has no endpoints. Fix the Service (not the Deployment).",
      checks: [
        {
          id: "api-endpoints",
          title: "Service shop/api has both api pods as endpoints on port 80",
          points: 2,
          check(c) {
            const ep = c.get("endpoints", "api", "shop");
            const subsets = (ep?.subsets ?? []) as { addresses?: unknown[]; ports?: { port: number }[] }[];
            const ready = subsets.reduce((n, s) => n + (s.addresses?.length ?? 0), 0);
            const ports = subsets.flatMap((s) => (s.ports ?? []).map((p) => p.port));
            if (ready !== 2) return fail(`expected 2 ready endpoints, saw ${ready}`);
            return ports.every((p) => p === 80) ? pass("2 endpoints on port 80.") : fail(`expected endpoint port 80, saw ${ports.join(",")}`);
          },
        },
        {
          id: "deployment-untouched",
          title: "Deployment shop/api keeps its labels",
          points: 1,
          check(c) {
            const labels = c.get("deployments", "api", "shop")?.spec?.template?.metadata?.labels;
            return labels?.app === "api" ? pass("the Deployment's pods are still labelled app=api.") : fail(`expected pod template label app=api, saw ${JSON.stringify(labels ?? null)}`);
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Debug Services", url: "https://kubernetes.io/docs/tasks/debug/debug-application/debug-service/" },
    { title: "Service", url: "https://kubernetes.io/docs/concepts/services-networking/service/" },
  ],
  wrongSolutions: [{ why: "relabels the pods to match the typo", script: "kubectl get deploy api -n shop -o yaml > d.yaml\nsed -i 's/app: api$/app: apii/' d.yaml\nkubectl apply -f d.yaml\nsleep 10", failsCheck: "deployment-untouched" }],
});
