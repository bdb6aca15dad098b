import { defineLab } from "../../../lib/labs/define";
import { fail, pass } from "../../../lib/labs/checks";

export default defineLab({
  slug: "scale-deployment",
  title: "Scale out for a sale",
  summary: "Run more replicas of a deployment and record what is running.",
  domain: "workloads-scheduling",
  competency: "Understand the primitives used to create robust, self-healing, application deployments",
  difficulty: "easy",
  minutes: 6,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl create namespace shop");
    s.run("kubectl create deployment cart --image=redis --replicas=1 -n shop");
    s.advance(10_000);
  },
  tasks: [
    {
      id: "scale",
      text: "Scale Deployment `cart` in namespace `shop` to **4** replicas and wait until all of them are ready.",
      checks: [
        {
          id: "cart-ready",
          title: "Deployment shop/cart has 4 ready replicas",
          points: 2,
          check(c) {
            const d = c.get("deployments", "cart", "shop");
            if (!d) return fail("expected Deployment shop/cart, saw no such Deployment");
            if (d.spec.replicas !== 4) return fail(`expected spec.replicas 4, saw ${d.spec.replicas}`);
            return d.status?.readyReplicas === 4 ? pass("4/4 replicas ready.") : fail(`expected 4 ready replicas, saw ${d.status?.readyReplicas ?? 0}`);
          },
        },
      ],
    },
    {
      id: "record",
      text: "Write the names of the `cart` pods, one per line, to `/opt/course/cart-pods.txt` on `controlplane`.",
      checks: [
        {
          id: "pods-file",
          title: "/opt/course/cart-pods.txt lists the cart pods",
          points: 1,
          check(c) {
            const text = c.file("controlplane", "/opt/course/cart-pods.txt");
            if (text === undefined) return fail("expected /opt/course/cart-pods.txt on controlplane, saw no such file");
            const listed = text.split("\n").map((l) => l.trim().replace(/^pod\//, "")).filter(Boolean).sort();
            const actual = c.list("pods", "shop", "app=cart").map((p) => p.metadata.name!).sort();
            return JSON.stringify(listed) === JSON.stringify(actual) ? pass(`${actual.length} pod names recorded.`) : fail(`expected ${actual.join(", ")}, saw ${listed.join(", ") || "an empty file"}`);
          },
        },
      ],
    },
  ],
  docs: [{ title: "Scaling a Deployment", url: "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#scaling-a-deployment" }],
  wrongSolutions: [{ why: "records the pods before scaling", script: "mkdir -p /opt/course\nkubectl get pods -n shop -o name > /opt/course/cart-pods.txt", failsCheck: "cart-ready" }],
});
