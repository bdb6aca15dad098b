import { defineLab } from "../../../lib/labs/define";
import { expectSaw, formatLabels, hasLabels, pass, podRunning, sameImage } from "../../../lib/labs/checks";

const LABELS = { app: "api", tier: "backend" };

export default defineLab({
  slug: "labelled-pod",
  title: "A namespace and a labelled pod",
  summary: "Create a team namespace and a pod that carries the labels the team's Services select on.",
  domain: "workloads-scheduling",
  competency: "Understand the primitives used to create robust, self-healing, application deployments",
  difficulty: "easy",
  minutes: 5,
  curriculumVersion: "1.32",
  setup() {},
  tasks: [
    {
      id: "namespace",
      text: "Create the namespace `team-a`.",
      checks: [
        {
          id: "ns-exists",
          title: "Namespace team-a exists",
          points: 1,
          check: (c) => (c.get("namespace", "team-a") ? pass("namespace team-a exists.") : expectSaw("namespace team-a", "no such namespace")),
        },
      ],
    },
    {
      id: "pod",
      text: "In `team-a`, run a Pod named `api` with image `nginx:1.27`. It must carry at least the labels `app=api` and `tier=backend` (other labels are fine) and be `Running`.",
      checks: [
        {
          id: "api-image",
          title: "Pod team-a/api runs nginx:1.27",
          points: 1,
          check(c) {
            const image = c.get("pod", "api", "team-a")?.spec?.containers?.[0]?.image;
            return sameImage(image, "nginx:1.27") ? pass("api runs nginx:1.27.") : expectSaw("image nginx:1.27", image ?? "no Pod team-a/api");
          },
        },
        {
          id: "api-labels",
          title: "Pod team-a/api has app=api and tier=backend",
          points: 2,
          check(c) {
            const labels = c.get("pod", "api", "team-a")?.metadata.labels;
            return hasLabels(labels, LABELS) ? pass(`api has ${formatLabels(labels)}.`) : expectSaw(`at least ${formatLabels(LABELS)}`, formatLabels(labels));
          },
        },
        podRunning({ id: "api-running", title: "Pod team-a/api is Running", points: 1 }, "team-a", "api"),
      ],
    },
  ],
  docs: [
    { title: "Namespaces", url: "https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/" },
    { title: "Labels and Selectors", url: "https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/" },
  ],
  otherSolutions: [{ why: "labels added afterwards, plus an extra label", script: "kubectl create ns team-a\nkubectl -n team-a run api --image=nginx:1.27\nkubectl -n team-a label pod api app=api tier=backend owner=alice --overwrite\nsleep 5" }],
  wrongSolutions: [
    { why: "uses `run=api`, the default label of kubectl run, instead of app=api", script: "kubectl create ns team-a\nkubectl -n team-a run api --image=nginx:1.27 -l tier=backend\nsleep 5", failsCheck: "api-labels" },
    { why: "runs the pod in the default namespace", script: "kubectl create ns team-a\nkubectl run api --image=nginx:1.27 -l app=api,tier=backend\nsleep 5", failsCheck: "api-running" },
  ],
});
