import { defineLab } from "../../../lib/labs/define";
import { fail, pass } from "../../../lib/labs/checks";

const DIR = "/opt/course/crictl";

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: logger
  namespace: ops
  labels:
    app: logger
spec:
  nodeName: node01
  containers:
  - name: logger
    image: busybox:1.36
    command: ["sh", "-c", "while true; do date; sleep 5; done"]
---
apiVersion: v1
kind: Pod
metadata:
  name: logger-canary
  namespace: ops
spec:
  nodeName: node01
  containers:
  - name: canary
    image: busybox:1.36
    command: ["sleep", "86400"]
`;

/** The running logger container's id, from the pod status the kubelet reports (the runtime's own id). */
function loggerId(c: Parameters<Parameters<typeof defineLab>[0]["tasks"][number]["checks"][number]["check"]>[0]): string | undefined {
  const st = c.get("pods", "logger", "ops")?.status?.containerStatuses?.find((s: { name: string }) => s.name === "logger");
  return typeof st?.containerID === "string" ? st.containerID.replace(/^\w+:\/\//, "") : undefined;
}

export default defineLab({
  slug: "crictl-container",
  title: "Find a container on its node with crictl",
  summary: "Look below the API: find a pod's container on its node with crictl, and record its ID and main process.",
  domain: "troubleshooting",
  competency: "Troubleshoot cluster components",
  difficulty: "easy",
  minutes: 8,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl create namespace ops");
    s.apply(POD);
    s.advance(20_000);
  },
  tasks: [
    {
      id: "container-facts",
      text: `Pod \`logger\` in namespace \`ops\` runs on \`node01\`. On that node, use the container runtime's CLI (\`crictl\`) to find its container named \`logger\`, then on \`controlplane\` write:\n\n- the container's ID (the full ID or the 13-character short ID \`crictl ps\` prints) to \`${DIR}/id.txt\`;\n- the PID of the container's main process, as the runtime reports it, to \`${DIR}/pid.txt\`.`,
      checks: [
        {
          id: "container-id",
          title: `${DIR}/id.txt holds the logger container's ID`,
          points: 2,
          check(c) {
            const want = loggerId(c);
            const got = (c.file("controlplane", `${DIR}/id.txt`) ?? "").trim();
            if (!want) return fail("expected pod ops/logger to have a running container, saw none");
            if (!got) return fail(`expected ${DIR}/id.txt on controlplane with the container ID, saw no file or an empty one`);
            return got.length >= 13 && want.startsWith(got) ? pass(`${DIR}/id.txt names container ${got.slice(0, 13)}.`) : fail(`expected the ID of container logger (${want.slice(0, 13)}…), saw "${got.slice(0, 70)}"`);
          },
        },
        {
          id: "container-pid",
          title: `${DIR}/pid.txt holds the PID of the logger container's process`,
          points: 1,
          check(c) {
            const want = loggerId(c);
            const pid = want ? c.run(`ssh node01 crictl inspect ${want}`).stdout.match(/"pid": (\d+)/)?.[1] : undefined;
            const got = (c.file("controlplane", `${DIR}/pid.txt`) ?? "").trim();
            if (!pid) return fail("expected the logger container to be running on node01, saw no process");
            return got === pid ? pass(`${DIR}/pid.txt holds PID ${pid}.`) : fail(`expected PID ${pid} in ${DIR}/pid.txt, saw "${got.slice(0, 40)}"`);
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Debugging Kubernetes nodes with crictl", url: "https://kubernetes.io/docs/tasks/debug/debug-cluster/crictl/" },
    { title: "crictl user guide", url: "https://github.com/kubernetes-sigs/cri-tools/blob/master/docs/crictl.md" },
  ],
  wrongSolutions: [
    { why: "records the pod sandbox ID instead of the container ID", script: `mkdir -p ${DIR}\nssh node01 crictl pods --name '^logger$' -q > ${DIR}/id.txt`, failsCheck: "container-id" },
    { why: "records the PID of the container's shim instead of the container's process", script: `mkdir -p ${DIR}\nssh node01 crictl ps --name '^logger$' -q > ${DIR}/id.txt\nssh node01 ps -ef | grep containerd-shim | head -1 | awk '{print $2}' > ${DIR}/pid.txt`, failsCheck: "container-pid" },
  ],
});
