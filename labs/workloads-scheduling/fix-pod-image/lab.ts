import { defineLab } from "../../../lib/labs/define";
import { fail, pass } from "../../../lib/labs/checks";

export default defineLab({
  slug: "fix-pod-image",
  title: "A pod that never starts",
  summary: "A pod in the shop namespace is stuck pulling its image. Make it run.",
  domain: "workloads-scheduling",
  competency: "Understand the primitives used to create robust, self-healing, application deployments",
  difficulty: "easy",
  minutes: 6,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl create namespace shop");
    s.run("kubectl run web --image=ngnix:1.27 --labels=app=web -n shop");
    s.advance(20_000);
  },
  tasks: [
    {
      id: "web-running",
      text: "Pod `web` in namespace `shop` does not start. Make it run the `nginx` image (any tag), keeping its name, namespace and label `app=web`.",
      checks: [
        {
          id: "web-image",
          title: "Pod shop/web runs an nginx image with label app=web",
          points: 1,
          check(c) {
            const pod = c.get("pods", "web", "shop");
            if (!pod) return fail("expected Pod shop/web, saw no such Pod");
            if (pod.metadata.labels?.app !== "web") return fail(`expected label app=web, saw ${JSON.stringify(pod.metadata.labels ?? {})}`);
            const image: string = pod.spec.containers[0]?.image ?? "";
            return /^(docker\.io\/(library\/)?)?nginx(:[\w.-]+)?$/.test(image) ? pass(`Pod shop/web runs ${image}.`) : fail(`expected an nginx image, saw ${image}`);
          },
        },
        {
          id: "web-running",
          title: "Pod shop/web is Running",
          points: 2,
          check(c) {
            const phase = c.get("pods", "web", "shop")?.status?.phase;
            return phase === "Running" ? pass("Pod shop/web is Running.") : fail(`expected phase Running, saw ${phase ?? "no Pod"}`);
          },
        },
      ],
    },
  ],
  docs: [{ title: "Debug Pods", url: "https://kubernetes.io/docs/tasks/debug/debug-application/debug-pods/" }],
  wrongSolutions: [{ why: "recreates the pod without its label", script: "kubectl delete pod web -n shop --force --grace-period=0\nkubectl run web --image=nginx -n shop --labels=tier=web\nsleep 5", failsCheck: "web-image" }],
});
