import { defineLab } from "../../../lib/labs/define";
import { expectSaw, pass, podRunning } from "../../../lib/labs/checks";

export default defineLab({
  slug: "static-pod",
  title: "A static pod on a worker",
  summary: "Run a pod that the kubelet of node01 manages from a manifest file, and find its mirror pod in the API.",
  domain: "cluster-architecture",
  competency: "Create and manage Kubernetes clusters using kubeadm",
  difficulty: "easy",
  minutes: 8,
  curriculumVersion: "1.32",
  setup() {},
  tasks: [
    {
      id: "static",
      text: "Create a **static pod** named `audit` on `node01`, in namespace `default`, with one container `audit` running image `busybox:1.36` and the command `sleep 3600`. Use the kubelet's static pod directory on `node01` (see its kubelet configuration); do not create it through the API. Its mirror pod must show up in the API as `Running`.",
      checks: [
        {
          id: "manifest",
          title: "node01's static pod directory holds a manifest for audit",
          points: 1,
          check(c) {
            const dir = /^staticPodPath:\s*(\S+)/m.exec(c.file("node01", "/var/lib/kubelet/config.yaml") ?? "")?.[1] ?? "/etc/kubernetes/manifests";
            const pod = c.get("pod", "audit-node01", "default");
            if (pod?.metadata.annotations?.["kubernetes.io/config.source"] === "file") return pass(`the kubelet of node01 reads audit from ${dir}.`);
            return expectSaw(`a Pod manifest named audit in ${dir} on node01`, pod ? "a pod audit-node01 that no manifest file defines" : "no mirror pod audit-node01");
          },
        },
        podRunning({ id: "mirror-running", title: "Mirror pod default/audit-node01 is Running on node01", points: 2 }, "default", "audit-node01", { node: "node01" }),
        {
          id: "spec",
          title: "audit runs busybox:1.36 with sleep 3600",
          points: 1,
          check(c) {
            const ctr = c.get("pod", "audit-node01", "default")?.spec?.containers?.[0];
            const cmd = [...(ctr?.command ?? []), ...(ctr?.args ?? [])].join(" ");
            if (!ctr) return expectSaw("a container in audit-node01", "no such pod");
            return ctr.name === "audit" && ctr.image === "busybox:1.36" && /\bsleep 3600\b/.test(cmd) ? pass(`container ${ctr.name} runs ${ctr.image}: ${cmd}`) : expectSaw("container audit, image busybox:1.36, command sleep 3600", `container ${ctr.name}, image ${ctr.image}, command ${cmd || "none"}`);
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Create static Pods", url: "https://kubernetes.io/docs/tasks/configure-pod-container/static-pod/" },
    { title: "Kubelet configuration: staticPodPath", url: "https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/" },
  ],
  wrongSolutions: [
    {
      why: "creates a pod named audit-node01 through the API, pinned to node01",
      script: `kubectl apply -f - <<'YAML'\napiVersion: v1\nkind: Pod\nmetadata:\n  name: audit-node01\nspec:\n  nodeName: node01\n  containers:\n  - name: audit\n    image: busybox:1.36\n    command: ["sleep", "3600"]\nYAML\nsleep 5`,
      failsCheck: "manifest",
    },
    {
      why: "writes the manifest on the control plane instead of node01",
      script: `cat > /etc/kubernetes/manifests/audit.yaml <<'YAML'\napiVersion: v1\nkind: Pod\nmetadata:\n  name: audit\nspec:\n  containers:\n  - name: audit\n    image: busybox:1.36\n    command: ["sleep", "3600"]\nYAML\nsleep 5`,
      failsCheck: "mirror-running",
    },
  ],
});
