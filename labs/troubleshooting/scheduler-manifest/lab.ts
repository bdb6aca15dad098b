import { defineLab } from "../../../lib/labs/define";
import { fail, pass } from "../../../lib/labs/checks";

export default defineLab({
  slug: "scheduler-manifest",
  title: "Pods stay Pending",
  summary: "New pods never leave Pending although every node is Ready. Bring scheduling back.",
  domain: "troubleshooting",
  competency: "Troubleshoot cluster components",
  difficulty: "medium",
  minutes: 10,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("sed -i 's#- kube-scheduler$#- kube-schedulerr#' /etc/kubernetes/manifests/kube-scheduler.yaml");
    s.run("kubectl create namespace ops");
    s.run("kubectl run probe --image=nginx -n ops");
    s.advance(30_000);
  },
  tasks: [
    {
      id: "scheduling",
      text: "Pod `probe` in namespace `ops` has been `Pending` since it was created, and so is every new pod. Find the broken control-plane component on `controlplane`, fix it, and make sure `probe` runs.",
      checks: [
        {
          id: "scheduler-manifest",
          title: "kube-scheduler manifest runs kube-scheduler",
          points: 1,
          check(c) {
            const text = c.file("controlplane", "/etc/kubernetes/manifests/kube-scheduler.yaml");
            if (!text) return fail("expected /etc/kubernetes/manifests/kube-scheduler.yaml, saw no such file");
            const first = /command:\s*\n\s*- (\S+)/.exec(text)?.[1];
            return first === "kube-scheduler" ? pass("the scheduler's command is kube-scheduler.") : fail(`expected the command kube-scheduler, saw ${first ?? "no command"}`);
          },
        },
        {
          id: "probe-running",
          title: "Pod ops/probe is Running",
          points: 2,
          check(c) {
            const pod = c.get("pods", "probe", "ops");
            return pod?.status?.phase === "Running" ? pass(`probe runs on ${pod.spec.nodeName}.`) : fail(`expected Pod ops/probe Running, saw ${pod?.status?.phase ?? "no Pod"}`);
          },
        },
      ],
    },
  ],
  docs: [
    { title: "kube-scheduler", url: "https://kubernetes.io/docs/concepts/scheduling-eviction/kube-scheduler/" },
    { title: "Static Pods", url: "https://kubernetes.io/docs/tasks/configure-pod-container/static-pod/" },
  ],
  wrongSolutions: [{ why: "deletes and recreates the pod instead of fixing the scheduler", script: "kubectl delete pod probe -n ops\nkubectl run probe --image=nginx -n ops\nsleep 5", failsCheck: "probe-running" }],
});
