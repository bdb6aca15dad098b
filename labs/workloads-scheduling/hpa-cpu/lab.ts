import { defineLab } from "../../../lib/labs/define";
import { expectSaw, expectThat, pass, sameQuantity } from "../../../lib/labs/checks";
import { METRICS_SERVER_MANIFEST } from "../../../lib/engine/metrics/metrics-server";

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  namespace: shop
spec:
  replicas: 1
  selector:
    matchLabels:
      app: checkout
  template:
    metadata:
      labels:
        app: checkout
    spec:
      containers:
      - name: worker
        image: busybox:1.36
        command: ["sh", "-c", "while true; do :; done"]
`;

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export default defineLab({
  slug: "hpa-cpu",
  title: "Autoscale on CPU",
  summary: "A CPU-hungry Deployment needs requests and a HorizontalPodAutoscaler that keeps it between 2 and 5 replicas.",
  domain: "workloads-scheduling",
  competency: "Configure workload autoscaling",
  difficulty: "medium",
  minutes: 10,
  curriculumVersion: "1.32",
  setup(s) {
    s.run(`kubectl apply -f - <<'YAML'\n${METRICS_SERVER_MANIFEST}YAML`);
    s.run("kubectl create namespace shop");
    s.run(`kubectl apply -f - <<'YAML'\n${DEPLOYMENT}YAML`);
    s.advance(10_000);
  },
  tasks: [
    {
      id: "requests",
      text: "metrics-server runs in `kube-system`. The Deployment `checkout` in namespace `shop` burns CPU. Give its container `worker` a CPU **request of `100m`** and a CPU **limit of `200m`**.",
      checks: [
        {
          id: "cpu-resources",
          title: "checkout's worker requests 100m CPU and is limited to 200m",
          points: 1,
          check(c) {
            const container = (c.get("deployment", "checkout", "shop")?.spec?.template?.spec?.containers ?? []).find((x: Obj) => x.name === "worker");
            if (!container) return expectSaw("container worker in Deployment shop/checkout", "none");
            const req = container.resources?.requests?.cpu;
            const lim = container.resources?.limits?.cpu;
            return expectThat(sameQuantity(req, "100m") && sameQuantity(lim, "200m"), "requests 100m, limits 200m.", "cpu request 100m and limit 200m", `request ${req ?? "none"}, limit ${lim ?? "none"}`);
          },
        },
      ],
    },
    {
      id: "autoscaler",
      text: "Create a HorizontalPodAutoscaler named `checkout` in namespace `shop` for that Deployment which keeps **between 2 and 5 replicas** and targets an **average CPU utilization of 60%**. Make sure it can actually read the pods' CPU utilization.",
      checks: [
        {
          id: "hpa-spec",
          title: "HPA shop/checkout scales Deployment checkout 2..5 at 60% CPU",
          points: 2,
          check(c) {
            const h = c.get("horizontalpodautoscaler", "checkout", "shop");
            if (!h) return expectSaw("HorizontalPodAutoscaler checkout in namespace shop", "none");
            const ref = h.spec?.scaleTargetRef ?? {};
            if (ref.kind !== "Deployment" || ref.name !== "checkout") return expectSaw("scaleTargetRef Deployment/checkout", `${ref.kind}/${ref.name}`);
            if (h.spec?.minReplicas !== 2 || h.spec?.maxReplicas !== 5) return expectSaw("minReplicas 2 and maxReplicas 5", `${h.spec?.minReplicas ?? "unset"} and ${h.spec?.maxReplicas}`);
            const cpu = (h.spec?.metrics ?? []).find((m: Obj) => m.type === "Resource" && m.resource?.name === "cpu");
            const target = cpu?.resource?.target;
            return expectThat(target?.type === "Utilization" && target?.averageUtilization === 60, "the target is 60% average CPU utilization.", "a cpu Utilization target of 60%", target ? `${target.type} ${target.averageUtilization ?? target.averageValue}` : "no cpu metric");
          },
        },
        {
          id: "hpa-active",
          title: "The autoscaler reads CPU utilization and has scaled checkout within 2..5",
          points: 2,
          check(c) {
            const h = c.get("horizontalpodautoscaler", "checkout", "shop");
            const active = (h?.status?.conditions ?? []).find((x: Obj) => x.type === "ScalingActive");
            if (active?.status !== "True") return expectSaw("condition ScalingActive=True", active ? `${active.status} (${active.reason})` : "no conditions yet");
            const replicas = c.get("deployment", "checkout", "shop")?.spec?.replicas ?? 0;
            return replicas >= 2 && replicas <= 5 ? pass(`checkout runs ${replicas} replicas under the autoscaler.`) : expectSaw("between 2 and 5 replicas", String(replicas));
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Horizontal Pod Autoscaling", url: "https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/" },
    { title: "HorizontalPodAutoscaler Walkthrough", url: "https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale-walkthrough/" },
  ],
  wrongSolutions: [
    { why: "creates the autoscaler but gives the pods no CPU request, so utilization cannot be computed", script: "kubectl -n shop autoscale deployment checkout --min=2 --max=5 --cpu-percent=60\nsleep 60", failsCheck: "hpa-active" },
    { why: "uses the default 80% target", script: "kubectl -n shop set resources deployment checkout -c worker --requests=cpu=100m --limits=cpu=200m\nkubectl -n shop autoscale deployment checkout --min=2 --max=5\nsleep 60", failsCheck: "hpa-spec" },
  ],
});
