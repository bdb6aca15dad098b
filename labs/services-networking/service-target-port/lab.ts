import { defineLab } from "../../../lib/labs/define";
import { expectSaw, pass } from "../../../lib/labs/checks";

const APP = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: catalog
  namespace: store
spec:
  replicas: 2
  selector:
    matchLabels:
      app: catalog
  template:
    metadata:
      labels:
        app: catalog
    spec:
      containers:
      - name: web
        image: nginx:1.27
---
apiVersion: v1
kind: Service
metadata:
  name: catalog
  namespace: store
spec:
  selector:
    app: catalog
  ports:
  - name: http
    port: 80
    targetPort: 8080
---
apiVersion: v1
kind: Pod
metadata:
  name: shopper
  namespace: store
spec:
  containers:
  - name: shell
    image: busybox:1.36
    command: ["sleep", "86400"]
`;

export default defineLab({
  slug: "service-target-port",
  title: "Connection refused behind a Service",
  summary: "The Service has endpoints, yet every request through it fails. Make the frontend reach the catalog.",
  domain: "services-networking",
  competency: "Use ClusterIP, NodePort, LoadBalancer service types and endpoints",
  difficulty: "medium",
  minutes: 8,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl create namespace store");
    s.apply(APP);
    s.advance(15_000);
  },
  tasks: [
    {
      id: "reach-catalog",
      text: "In namespace `store`, pod `shopper` cannot fetch `http://catalog.store.svc.cluster.local/` (port 80): the connection is refused although Service `catalog` lists endpoints. The `catalog` pods (nginx) are healthy. Fix the **Service** so that `shopper` reaches the catalog on port 80 by that name. Keep the Service's port at 80.",
      checks: [
        {
          id: "shopper-reaches-catalog",
          title: "shopper reaches catalog.store.svc.cluster.local:80",
          points: 2,
          check(c) {
            const r = c.reach("store/shopper", "catalog.store.svc.cluster.local", 80);
            return r.ok ? pass(`shopper reaches the catalog (${r.detail}).`) : expectSaw("a connection from store/shopper to catalog.store.svc.cluster.local:80", `that ${r.detail}`);
          },
        },
        {
          id: "service-port-80",
          title: "Service store/catalog still exposes port 80",
          points: 1,
          check(c) {
            const ports: { port: number }[] = c.get("svc", "catalog", "store")?.spec?.ports ?? [];
            return ports.some((p) => p.port === 80) ? pass("catalog exposes port 80.") : expectSaw("Service store/catalog with port 80", ports.length ? `ports ${ports.map((p) => p.port).join(", ")}` : "no Service");
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Service", url: "https://kubernetes.io/docs/concepts/services-networking/service/" },
    { title: "Debug Services", url: "https://kubernetes.io/docs/tasks/debug/debug-application/debug-service/" },
  ],
  wrongSolutions: [
    { why: "changes the Service port instead of its targetPort", script: `kubectl -n store patch svc catalog --type=json -p='[{"op":"replace","path":"/spec/ports/0/port","value":8080}]'`, failsCheck: "service-port-80" },
    { why: "declares containerPort 8080 on the pods, but nginx still listens on 80", script: `kubectl -n store patch deploy catalog --type=json -p='[{"op":"add","path":"/spec/template/spec/containers/0/ports","value":[{"containerPort":8080}]}]'\nsleep 20`, failsCheck: "shopper-reaches-catalog" },
  ],
});
