import { defineLab } from "../../../lib/labs/define";
import { deploymentReady, expectSaw, pass } from "../../../lib/labs/checks";
import type { KubeObject } from "../../../lib/engine/api/types";

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ticker
  namespace: ops
spec:
  replicas: 1
  selector:
    matchLabels:
      app: ticker
  template:
    metadata:
      labels:
        app: ticker
    spec:
      containers:
      - name: ticker
        image: busybox:1.36
        command: ["sh", "-c", "echo starting ticker; slep 3600"]
`;

type Container = { name: string; image: string; command?: string[]; args?: string[] };
const tickerContainer = (d: KubeObject | undefined): Container | undefined => d?.spec?.template?.spec?.containers?.find((c: Container) => c.name === "ticker");
const script = (c: Container | undefined) => [...(c?.command ?? []), ...(c?.args ?? [])].join(" ");

export default defineLab({
  slug: "crashloop-command",
  title: "A container that keeps crashing",
  summary: "A Deployment's pod is in CrashLoopBackOff. Read its previous logs, find the broken command and fix the Deployment.",
  domain: "troubleshooting",
  competency: "Manage and evaluate container output streams",
  difficulty: "easy",
  minutes: 8,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl create namespace ops");
    s.apply(DEPLOYMENT);
    s.advance(40_000);
  },
  tasks: [
    {
      id: "fix",
      text: "Deployment `ticker` in namespace `ops` never becomes ready: its pod restarts again and again. Find out why from the container's output and fix the Deployment so its pod runs. The container must still print `starting ticker` and then sleep for an hour (`sleep 3600`), with image `busybox:1.36`.",
      checks: [
        deploymentReady({ id: "ticker-ready", title: "Deployment ops/ticker has 1 ready replica", points: 2 }, "ops", "ticker", 1),
        {
          id: "ticker-command",
          title: "The container still prints the banner and sleeps an hour",
          points: 1,
          check(c) {
            const ctr = tickerContainer(c.get("deployment", "ticker", "ops"));
            const cmd = script(ctr);
            if (ctr?.image !== "busybox:1.36") return expectSaw("image busybox:1.36", ctr?.image ?? "no ticker container");
            return cmd.includes("starting ticker") && /\bsleep 3600\b/.test(cmd) ? pass(`the command is: ${cmd}`) : expectSaw('a command that echoes "starting ticker" and runs sleep 3600', cmd || "no command");
          },
        },
        {
          id: "ticker-stable",
          title: "The ticker pod runs without restarting",
          points: 1,
          check(c) {
            const pods = c.list("pod", "ops", "app=ticker").filter((p) => !p.metadata.deletionTimestamp);
            const running = pods.filter((p) => p.status?.phase === "Running" && p.status?.containerStatuses?.[0]?.state?.running);
            if (!running.length) return expectSaw("a Running ticker pod", pods.map((p) => `${p.metadata.name} ${p.status?.containerStatuses?.[0]?.state?.waiting?.reason ?? p.status?.phase}`).join(", ") || "no pods");
            const restarts = running[0].status.containerStatuses[0].restartCount ?? 0;
            return restarts === 0 ? pass(`${running[0].metadata.name} is running with 0 restarts.`) : expectSaw("0 restarts", `${restarts} restarts`);
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Debug Running Pods", url: "https://kubernetes.io/docs/tasks/debug/debug-application/debug-running-pod/" },
    { title: "Pod Lifecycle: container restart policy", url: "https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy" },
    { title: "kubectl logs", url: "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_logs/" },
  ],
  wrongSolutions: [
    { why: "deletes the pod, hoping a new one will work", script: "kubectl -n ops delete pod -l app=ticker\nsleep 20", failsCheck: "ticker-ready" },
    {
      why: "replaces the command with a bare sleep",
      script: `kubectl -n ops patch deployment ticker --type=json -p='[{"op":"replace","path":"/spec/template/spec/containers/0/command","value":["sleep","3600"]}]'\nsleep 20`,
      failsCheck: "ticker-command",
    },
  ],
});
