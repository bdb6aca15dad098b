import { defineLab } from "../../../lib/labs/define";
import { expectSaw, fail, pass } from "../../../lib/labs/checks";

const APP = `apiVersion: v1
kind: Pod
metadata:
  name: app
  namespace: logging
  labels:
    app: orders
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "while true; do echo \\"$(date) order processed\\" >> /var/log/app/orders.log; sleep 5; done"]
    volumeMounts:
    - name: logs
      mountPath: /var/log/app
  volumes:
  - name: logs
    emptyDir: {}
`;

interface Mount {
  name: string;
  mountPath: string;
}
interface Container {
  name: string;
  image?: string;
  command?: string[];
  args?: string[];
  restartPolicy?: string;
  volumeMounts?: Mount[];
}

const shipperOf = (pod: { spec?: { initContainers?: Container[]; containers?: Container[] } } | undefined) => ({
  init: pod?.spec?.initContainers?.find((c) => c.name === "log-shipper"),
  plain: pod?.spec?.containers?.find((c) => c.name === "log-shipper"),
});

export default defineLab({
  slug: "sidecar-logs",
  title: "A log-streaming sidecar",
  summary: "Add a native sidecar container that streams the log file the main container writes into a shared emptyDir volume.",
  domain: "workloads-scheduling",
  competency: "Understand the primitives used to create robust, self-healing, application deployments",
  difficulty: "medium",
  minutes: 10,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl create namespace logging");
    s.writeFile("controlplane", "/root/app.yaml", APP);
    s.run("kubectl apply -f /root/app.yaml");
    s.advance(20_000);
  },
  tasks: [
    {
      id: "sidecar",
      text: [
        "Pod `app` in namespace `logging` writes its log to the file `/var/log/app/orders.log` (an `emptyDir` volume named `logs`) instead of to standard output, so `kubectl logs` shows nothing. Its manifest is in `/root/app.yaml`.",
        "",
        "Recreate the pod with a **native sidecar** named `log-shipper`: an init container with `restartPolicy: Always`, image `busybox:1.36`, that mounts the same volume and runs `tail -f` on the log file, so that `kubectl -n logging logs app -c log-shipper` shows the order lines. Keep container `app` as it is; both containers must be running.",
      ].join("\n"),
      checks: [
        {
          id: "native-sidecar",
          title: "log-shipper is an init container with restartPolicy Always",
          points: 1,
          check(c) {
            const { init, plain } = shipperOf(c.get("pod", "app", "logging"));
            if (init?.restartPolicy === "Always") return pass("log-shipper is a native sidecar.");
            if (init) return expectSaw("restartPolicy: Always on init container log-shipper", init.restartPolicy ? `restartPolicy: ${init.restartPolicy}` : "no restartPolicy (a plain init container runs to completion first)");
            return expectSaw("init container log-shipper", plain ? "log-shipper as a regular container in spec.containers" : "no log-shipper container");
          },
        },
        {
          id: "shared-volume",
          title: "log-shipper mounts the logs volume",
          points: 1,
          check(c) {
            const pod = c.get("pod", "app", "logging");
            const { init, plain } = shipperOf(pod);
            const shipper = init ?? plain;
            if (!shipper) return fail("expected a log-shipper container, saw none");
            const mount = shipper.volumeMounts?.find((m) => m.name === "logs");
            const volume = (pod?.spec?.volumes ?? []).find((v: { name: string; emptyDir?: unknown }) => v.name === "logs");
            if (!volume?.emptyDir) return expectSaw("the emptyDir volume logs in pod app", volume ? "logs is not an emptyDir" : "no volume named logs");
            return mount ? pass(`log-shipper mounts logs at ${mount.mountPath}.`) : expectSaw("a volumeMount of logs in log-shipper", (shipper.volumeMounts ?? []).map((m) => m.name).join(", ") || "no volume mounts");
          },
        },
        {
          id: "streams-orders",
          title: "kubectl logs app -c log-shipper shows the order lines",
          points: 2,
          check(c) {
            const r = c.run("kubectl -n logging logs app -c log-shipper --tail=5");
            if (r.exitCode !== 0) return expectSaw("logs of log-shipper", r.stderr.trim() || `exit code ${r.exitCode}`);
            const lines = r.stdout.split("\n").filter((l) => l.endsWith("order processed"));
            return lines.length >= 2 ? pass(`log-shipper streams ${lines.length} recent order lines.`) : expectSaw("at least 2 recent 'order processed' lines", r.stdout.trim() ? JSON.stringify(r.stdout.trim().split("\n").slice(-2)) : "no output");
          },
        },
        {
          id: "app-running",
          title: "app keeps writing and both containers run",
          points: 1,
          check(c) {
            const pod = c.get("pod", "app", "logging");
            const app = (pod?.spec?.containers ?? []).find((x: Container) => x.name === "app") as Container | undefined;
            if (!app || !(app.command ?? []).join(" ").includes("/var/log/app/orders.log")) return expectSaw("container app writing /var/log/app/orders.log", app ? JSON.stringify(app.command ?? []) : "no container app");
            const statuses = [...(pod?.status?.initContainerStatuses ?? []), ...(pod?.status?.containerStatuses ?? [])] as { name: string; state?: { running?: unknown } }[];
            const notRunning = statuses.filter((s) => (s.name === "app" || s.name === "log-shipper") && !s.state?.running).map((s) => s.name);
            return pod?.status?.phase === "Running" && !notRunning.length && statuses.some((s) => s.name === "log-shipper") ? pass("app and log-shipper are running.") : expectSaw("app and log-shipper running", `phase ${pod?.status?.phase ?? "none"}${notRunning.length ? `, not running: ${notRunning.join(", ")}` : ""}`);
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Sidecar containers", url: "https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/" },
    { title: "Logging architecture: streaming sidecar container", url: "https://kubernetes.io/docs/concepts/cluster-administration/logging/#sidecar-container-with-logging-agent" },
    { title: "emptyDir volumes", url: "https://kubernetes.io/docs/concepts/storage/volumes/#emptydir" },
  ],
  wrongSolutions: [
    {
      why: "adds log-shipper as a regular second container, not as a native sidecar",
      script: "sed -i 's#^  volumes:#  - name: log-shipper\\n    image: busybox:1.36\\n    command: [\"sh\", \"-c\", \"tail -f /var/log/app/orders.log\"]\\n    volumeMounts:\\n    - name: logs\\n      mountPath: /var/log/app\\n  volumes:#' /root/app.yaml\nkubectl replace --force -f /root/app.yaml\nsleep 20",
      failsCheck: "native-sidecar",
    },
    {
      why: "the sidecar gets its own new emptyDir, so the file it follows never fills",
      script: "kubectl -n logging delete pod app --now\nkubectl apply -f - <<'YAML'\napiVersion: v1\nkind: Pod\nmetadata:\n  name: app\n  namespace: logging\nspec:\n  initContainers:\n  - name: log-shipper\n    image: busybox:1.36\n    restartPolicy: Always\n    command: [\"sh\", \"-c\", \"tail -F /var/log/app/orders.log\"]\n    volumeMounts:\n    - name: logs\n      mountPath: /var/log/app\n  containers:\n  - name: app\n    image: busybox:1.36\n    command: [\"sh\", \"-c\", \"while true; do echo \\\"$(date) order processed\\\" >> /var/log/app/orders.log; sleep 5; done\"]\n    volumeMounts:\n    - name: data\n      mountPath: /var/log/app\n  volumes:\n  - name: logs\n    emptyDir: {}\n  - name: data\n    emptyDir: {}\nYAML\nsleep 20",
      failsCheck: "streams-orders",
    },
  ],
});
