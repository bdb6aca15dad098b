import { defineLab } from "../../../lib/labs/define";
import { expectSaw, fail, pass } from "../../../lib/labs/checks";

const DIR = "/opt/course/pod-to-pod";

const PODS = `apiVersion: v1
kind: Pod
metadata:
  name: backend
  namespace: net
  labels:
    app: backend
spec:
  nodeName: node02
  containers:
  - name: nginx
    image: nginx:1.27
    ports:
    - containerPort: 80
---
apiVersion: v1
kind: Pod
metadata:
  name: frontend
  namespace: net
  labels:
    app: frontend
spec:
  nodeName: node01
  containers:
  - name: shell
    image: busybox:1.36
    command: ["sleep", "86400"]
---
apiVersion: v1
kind: Pod
metadata:
  name: other
  namespace: net
  labels:
    app: other
spec:
  nodeName: node01
  containers:
  - name: shell
    image: busybox:1.36
    command: ["sleep", "86400"]
`;

const POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: backend-ingress
  namespace: net
spec:
  podSelector:
    matchLabels:
      app: backend
  policyTypes:
  - Ingress
  ingress:
  - from:
    - podSelector:
        matchLabels:
          app: front-end
    ports:
    - protocol: TCP
      port: 80
`;

const backendIp = (c: { get(kind: string, name: string, ns?: string): { status?: { podIP?: string } } | undefined }) => c.get("pod", "backend", "net")?.status?.podIP;

export default defineLab({
  slug: "pod-to-pod",
  title: "Pod to pod across nodes",
  summary: "Reach one pod from another by its pod IP across nodes, and fix the NetworkPolicy that only lets the wrong pods in.",
  domain: "services-networking",
  competency: "Understand connectivity between Pods",
  difficulty: "medium",
  minutes: 10,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl create namespace net");
    s.writeFile("controlplane", "/root/setup/pods.yaml", PODS);
    s.writeFile("controlplane", "/root/setup/policy.yaml", POLICY);
    s.run("kubectl apply -f /root/setup/pods.yaml -f /root/setup/policy.yaml");
    s.run("rm -r /root/setup");
    s.advance(15_000);
  },
  tasks: [
    {
      id: "ip",
      text: `In namespace \`net\`, pod \`backend\` (nginx) runs on \`node02\` and pod \`frontend\` on \`node01\`. Write the pod IP of \`backend\` (only the address) to \`${DIR}/backend-ip.txt\` on \`controlplane\`.`,
      checks: [
        {
          id: "ip-file",
          title: "backend-ip.txt holds backend's pod IP",
          points: 1,
          check(c) {
            const want = backendIp(c);
            const got = c.file("controlplane", `${DIR}/backend-ip.txt`)?.trim();
            if (got === undefined) return fail(`expected ${DIR}/backend-ip.txt, saw no such file`);
            return got === want ? pass(`the file holds ${want}.`) : expectSaw(want ?? "backend's pod IP", JSON.stringify(got));
          },
        },
      ],
    },
    {
      id: "reach",
      text: [
        "`frontend` cannot open `http://<backend pod IP>/` (port 80): NetworkPolicy `backend-ingress` is meant to admit exactly the frontend pod, but it does not. Fix it so that `frontend` reaches `backend` on port 80 by pod IP, while pod `other` stays blocked. Do not change the pods.",
        "",
        `Then save what \`frontend\` receives from \`http://<backend pod IP>/\` to \`${DIR}/response.html\` on \`controlplane\`.`,
      ].join("\n"),
      checks: [
        {
          id: "frontend-reaches-backend",
          title: "frontend reaches backend's pod IP on port 80",
          points: 2,
          check(c) {
            const ip = backendIp(c);
            if (!ip) return fail("expected pod net/backend with an IP, saw none");
            const r = c.reach("net/frontend", ip, 80);
            return r.ok ? pass(`frontend reaches ${ip}:80.`) : expectSaw(`a connection from frontend to ${ip}:80`, r.detail);
          },
        },
        {
          id: "other-blocked",
          title: "other is still blocked from backend",
          points: 1,
          check(c) {
            const ip = backendIp(c);
            const other = c.get("pod", "other", "net");
            if (!ip || other?.status?.phase !== "Running") return fail(`expected pods backend and other running, saw ${!ip ? "no backend IP" : `other ${other?.status?.phase ?? "missing"}`}`);
            if (c.get("networkpolicy", "backend-ingress", "net") === undefined && !c.list("networkpolicy", "net").length) return fail("expected a NetworkPolicy guarding backend, saw none in namespace net");
            const r = c.reach("net/other", ip, 80);
            return r.ok ? fail(`expected other to be blocked from ${ip}:80, saw a connection`) : pass(`other is blocked (${r.detail}).`);
          },
        },
        {
          id: "pods-unchanged",
          title: "the pods keep their labels",
          points: 1,
          check(c) {
            const labels = ["backend", "frontend", "other"].map((n) => `${n}:${c.get("pod", n, "net")?.metadata?.labels?.app ?? "-"}`);
            return labels.join(",") === "backend:backend,frontend:frontend,other:other" ? pass("the pods keep their app labels.") : expectSaw("app labels backend, frontend, other", labels.join(", "));
          },
        },
        {
          id: "response-saved",
          title: "response.html holds nginx's welcome page",
          points: 1,
          check(c) {
            const html = c.file("controlplane", `${DIR}/response.html`);
            if (html === undefined) return fail(`expected ${DIR}/response.html, saw no such file`);
            return html.includes("<title>Welcome to nginx!</title>") ? pass("the nginx welcome page was saved.") : expectSaw("nginx's welcome page", html.trim() ? JSON.stringify(html.trim().split("\n")[0]) : "an empty file");
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Cluster networking: the Kubernetes network model", url: "https://kubernetes.io/docs/concepts/services-networking/#the-kubernetes-network-model" },
    { title: "Network Policies", url: "https://kubernetes.io/docs/concepts/services-networking/network-policies/" },
  ],
  wrongSolutions: [
    {
      why: "deletes the policy: frontend gets in, but so does every other pod",
      script: `mkdir -p ${DIR}\nkubectl -n net get pod backend -o jsonpath='{.status.podIP}' > ${DIR}/backend-ip.txt\nkubectl -n net delete networkpolicy backend-ingress\nkubectl -n net exec frontend -- wget -qO- -T 5 http://$(cat ${DIR}/backend-ip.txt)/ > ${DIR}/response.html`,
      failsCheck: "other-blocked",
    },
    {
      why: "relabels the frontend pod to match the policy instead of fixing the policy",
      script: `mkdir -p ${DIR}\nkubectl -n net get pod backend -o jsonpath='{.status.podIP}' > ${DIR}/backend-ip.txt\nkubectl -n net label pod frontend app=front-end --overwrite\nkubectl -n net exec frontend -- wget -qO- -T 5 http://$(cat ${DIR}/backend-ip.txt)/ > ${DIR}/response.html`,
      failsCheck: "pods-unchanged",
    },
  ],
});
