import { defineLab } from "../../../lib/labs/define";
import { expectSaw, expectThat, pass, sameImage } from "../../../lib/labs/checks";

const BASE = "/opt/course/kustomize/base";
const OVERLAY = "/opt/course/kustomize/overlays/prod";

const BASE_KUSTOMIZATION = `resources:
- deployment.yaml
- service.yaml
`;

const BASE_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: metrics-gateway
  labels:
    app: metrics-gateway
spec:
  replicas: 1
  selector:
    matchLabels:
      app: metrics-gateway
  template:
    metadata:
      labels:
        app: metrics-gateway
    spec:
      containers:
      - name: gateway
        image: nginx:1.26
        ports:
        - containerPort: 80
`;

const BASE_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: metrics-gateway
spec:
  selector:
    app: metrics-gateway
  ports:
  - port: 80
    targetPort: 80
`;

export default defineLab({
  slug: "kustomize-overlay",
  title: "A production overlay with Kustomize",
  summary: "Install a component from a shared Kustomize base through a prod overlay, without touching the base.",
  domain: "cluster-architecture",
  competency: "Use Helm and Kustomize to install cluster components",
  difficulty: "medium",
  minutes: 10,
  curriculumVersion: "1.32",
  setup(s) {
    s.writeFile("controlplane", `${BASE}/kustomization.yaml`, BASE_KUSTOMIZATION);
    s.writeFile("controlplane", `${BASE}/deployment.yaml`, BASE_DEPLOYMENT);
    s.writeFile("controlplane", `${BASE}/service.yaml`, BASE_SERVICE);
    s.run("kubectl create namespace monitoring");
  },
  tasks: [
    {
      id: "overlay",
      text: [
        `A Kustomize base for the \`metrics-gateway\` component lives in \`${BASE}\` on \`controlplane\`. Other teams use it: **do not change any file in the base**.`,
        "",
        `Create an overlay in \`${OVERLAY}\` (a \`kustomization.yaml\` that uses the base) which:`,
        "",
        "- puts every object in namespace `monitoring`,",
        "- sets the gateway image to `nginx:1.27`,",
        "- runs `3` replicas,",
        "- adds the label `env=prod` to every object.",
        "",
        "Then install the overlay into the cluster.",
      ].join("\n"),
      checks: [
        {
          id: "overlay-renders",
          title: `${OVERLAY} builds with kubectl kustomize`,
          points: 1,
          check(c) {
            const r = c.run(`kubectl kustomize ${OVERLAY}`);
            if (r.exitCode !== 0) return expectSaw(`kubectl kustomize ${OVERLAY} to succeed`, r.stderr.trim() || `exit ${r.exitCode}`);
            const ok = /namespace: monitoring/.test(r.stdout) && /nginx:1\.27/.test(r.stdout) && /env: prod/.test(r.stdout);
            return expectThat(ok, "the overlay renders the prod namespace, image and label.", "an overlay rendering namespace monitoring, image nginx:1.27 and label env=prod", r.stdout.split("\n").slice(0, 3).join(" ").trim() || "empty output");
          },
        },
        {
          id: "deployment-installed",
          title: "Deployment monitoring/metrics-gateway runs 3 replicas of nginx:1.27 labelled env=prod",
          points: 2,
          check(c) {
            const d = c.get("deployment", "metrics-gateway", "monitoring");
            if (!d) return expectSaw("Deployment metrics-gateway in namespace monitoring", "none");
            const image: string | undefined = d.spec?.template?.spec?.containers?.[0]?.image;
            if (!sameImage(image, "nginx:1.27") || !image?.endsWith(":1.27")) return expectSaw("image nginx:1.27", image ?? "no image");
            if (d.metadata.labels?.env !== "prod") return expectSaw("label env=prod on the Deployment", d.metadata.labels?.env ? `env=${d.metadata.labels.env}` : "no env label");
            const ready = d.status?.readyReplicas ?? 0;
            return expectThat(d.spec?.replicas === 3 && ready === 3, "3 of 3 replicas are ready.", "3 ready replicas", `${ready}/${d.spec?.replicas ?? 0}`);
          },
        },
        {
          id: "service-installed",
          title: "Service monitoring/metrics-gateway labelled env=prod",
          points: 1,
          check(c) {
            const svc = c.get("service", "metrics-gateway", "monitoring");
            if (!svc) return expectSaw("Service metrics-gateway in namespace monitoring", "none");
            return expectThat(svc.metadata.labels?.env === "prod", "the Service carries env=prod.", "label env=prod on the Service", svc.metadata.labels?.env ? `env=${svc.metadata.labels.env}` : "no env label");
          },
        },
        {
          id: "base-untouched",
          title: "The base is unchanged",
          points: 1,
          check(c) {
            const same = c.file("controlplane", `${BASE}/kustomization.yaml`) === BASE_KUSTOMIZATION && c.file("controlplane", `${BASE}/deployment.yaml`) === BASE_DEPLOYMENT && c.file("controlplane", `${BASE}/service.yaml`) === BASE_SERVICE;
            return same ? pass("the base files are as they were.") : expectSaw("the base files unchanged", "a modified or missing base file");
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Declarative Management of Kubernetes Objects Using Kustomize", url: "https://kubernetes.io/docs/tasks/manage-kubernetes-objects/kustomization/" },
    { title: "Kustomize: bases and overlays", url: "https://kubernetes.io/docs/tasks/manage-kubernetes-objects/kustomization/#bases-and-overlays" },
  ],
  wrongSolutions: [
    {
      why: "edits the base in place instead of writing an overlay",
      script: `sed -i 's/nginx:1.26/nginx:1.27/' ${BASE}/deployment.yaml\nkubectl apply -k ${BASE} -n monitoring\nsleep 10`,
      failsCheck: "base-untouched",
    },
    {
      why: "installs the overlay without the image and replica changes",
      script: `mkdir -p ${OVERLAY}\ncat > ${OVERLAY}/kustomization.yaml <<'EOF'\nresources:\n- ../../base\nnamespace: monitoring\nlabels:\n- pairs:\n    env: prod\nEOF\nkubectl apply -k ${OVERLAY}\nsleep 10`,
      failsCheck: "deployment-installed",
    },
  ],
});
