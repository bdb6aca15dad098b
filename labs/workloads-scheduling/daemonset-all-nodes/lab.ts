import { defineLab } from "../../../lib/labs/define";
import { expectSaw, expectThat, pass } from "../../../lib/labs/checks";

const DAEMONSET = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: log-agent
  namespace: logging
  labels:
    app: log-agent
spec:
  selector:
    matchLabels:
      app: log-agent
  template:
    metadata:
      labels:
        app: log-agent
    spec:
      containers:
      - name: agent
        image: busybox:1.36
        command: ["sh", "-c", "tail -F /var/log/syslog 2>/dev/null || sleep 86400"]
`;

const NODES = ["controlplane", "node01", "node02"];

export default defineLab({
  slug: "daemonset-all-nodes",
  title: "A log agent on every node",
  summary: "A DaemonSet skips the control plane. Make it run everywhere without opening the control plane to other pods.",
  domain: "workloads-scheduling",
  competency: "Configure Pod admission and scheduling (limits, node affinity, etc.)",
  difficulty: "medium",
  minutes: 8,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl create namespace logging");
    s.run(`kubectl apply -f - <<'YAML'\n${DAEMONSET}YAML`);
    s.advance(10_000);
  },
  tasks: [
    {
      id: "everywhere",
      text: [
        "The DaemonSet `log-agent` in namespace `logging` collects node logs, but it only runs on the worker nodes.",
        "",
        "Make it run **one pod on every node of the cluster, including `controlplane`**. Keep the DaemonSet's name, namespace and image, and leave the `controlplane` node's taints as they are.",
      ].join("\n"),
      checks: [
        {
          id: "pod-per-node",
          title: "log-agent runs a Running pod on controlplane, node01 and node02",
          points: 2,
          check(c) {
            const pods = c.list("pod", "logging", "app=log-agent").filter((p) => p.status?.phase === "Running" && !p.metadata.deletionTimestamp && p.metadata.ownerReferences?.some((o) => o.kind === "DaemonSet" && o.name === "log-agent"));
            const nodes = [...new Set(pods.map((p) => p.spec?.nodeName as string))].sort();
            const missing = NODES.filter((n) => !nodes.includes(n));
            return missing.length ? expectSaw("a running log-agent pod on every node", `none on ${missing.join(", ")}`) : pass("log-agent runs on all three nodes.");
          },
        },
        {
          id: "daemonset-ready",
          title: "DaemonSet logging/log-agent reports 3 of 3 ready with image busybox:1.36",
          points: 1,
          check(c) {
            const ds = c.get("daemonset", "log-agent", "logging");
            if (!ds) return expectSaw("DaemonSet log-agent in namespace logging", "none");
            const image = ds.spec?.template?.spec?.containers?.[0]?.image;
            if (image !== "busybox:1.36") return expectSaw("image busybox:1.36", image ?? "no image");
            const st = ds.status ?? {};
            return expectThat(st.desiredNumberScheduled === 3 && st.numberReady === 3 && st.updatedNumberScheduled === 3, "3 of 3 daemon pods are ready and up to date.", "desired 3, ready 3, up-to-date 3", `desired ${st.desiredNumberScheduled ?? 0}, ready ${st.numberReady ?? 0}, up-to-date ${st.updatedNumberScheduled ?? 0}`);
          },
        },
        {
          id: "taint-kept",
          title: "controlplane keeps node-role.kubernetes.io/control-plane:NoSchedule",
          points: 1,
          check(c) {
            const taints: { key: string; effect: string }[] = c.get("node", "controlplane")?.spec?.taints ?? [];
            const ok = taints.some((t) => t.key === "node-role.kubernetes.io/control-plane" && t.effect === "NoSchedule");
            return ok ? pass("the control plane is still tainted.") : expectSaw("taint node-role.kubernetes.io/control-plane:NoSchedule on controlplane", taints.length ? taints.map((t) => `${t.key}:${t.effect}`).join(", ") : "no taints");
          },
        },
      ],
    },
  ],
  docs: [
    { title: "DaemonSet", url: "https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/" },
    { title: "Taints and Tolerations", url: "https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/" },
  ],
  wrongSolutions: [
    { why: "removes the control-plane taint instead of tolerating it", script: "kubectl taint node controlplane node-role.kubernetes.io/control-plane:NoSchedule-\nsleep 15", failsCheck: "taint-kept" },
    {
      why: "tolerates the old master taint, which kubeadm no longer sets",
      script: `kubectl -n logging patch ds log-agent --type=merge -p '{"spec":{"template":{"spec":{"tolerations":[{"key":"node-role.kubernetes.io/master","operator":"Exists","effect":"NoSchedule"}]}}}}'\nsleep 30`,
      failsCheck: "pod-per-node",
    },
  ],
});
