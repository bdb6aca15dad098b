import { defineLab } from "../../lib/labs/define";
import { fail, pass } from "../../lib/labs/checks";

/** The default healthy cluster (1 control plane, 2 workers) with one warm-up task. */
export default defineLab({
  slug: "blank",
  title: "Warm-up: a healthy cluster",
  summary: "Look around a kubeadm cluster with three nodes and start your first pod.",
  domain: "workloads-scheduling",
  competency: "Understand the primitives used to create robust, self-healing, application deployments",
  difficulty: "easy",
  minutes: 5,
  curriculumVersion: "1.32",
  setup: () => {},
  tasks: [
    {
      id: "hello-pod",
      text: "Create a Pod named `hello` in the `default` namespace that runs the image `nginx`, and make sure it is Running.",
      checks: [
        {
          id: "hello-exists",
          title: "Pod default/hello runs nginx",
          points: 1,
          check(c) {
            const pod = c.get("pods", "hello", "default");
            if (!pod) return fail("expected Pod default/hello, saw no such Pod");
            const image = pod.spec.containers[0]?.image;
            return /^(docker\.io\/(library\/)?)?nginx(:.*)?$/.test(image) ? pass("Pod default/hello runs nginx.") : fail(`expected image nginx, saw ${image}`);
          },
        },
        {
          id: "hello-running",
          title: "Pod default/hello is Running",
          points: 1,
          check(c) {
            const phase = c.get("pods", "hello", "default")?.status?.phase;
            return phase === "Running" ? pass("Pod default/hello is Running.") : fail(`expected phase Running, saw ${phase ?? "no Pod"}`);
          },
        },
      ],
    },
  ],
  docs: [{ title: "Pods", url: "https://kubernetes.io/docs/concepts/workloads/pods/" }],
  wrongSolutions: [{ why: "creates the pod in another namespace", script: "kubectl create ns test\nkubectl run hello --image=nginx -n test\nsleep 5", failsCheck: "hello-exists" }],
});
