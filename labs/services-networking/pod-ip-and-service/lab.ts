import { defineLab } from "../../../lib/labs/define";
import { expectSaw, pass } from "../../../lib/labs/checks";

const FILE = "/opt/course/9/web-ip.txt";

export default defineLab({
  slug: "pod-ip-and-service",
  title: "Pod IPs and a stable Service",
  summary: "Find a pod's IP, then give it a Service another pod reaches by name on a different port.",
  domain: "services-networking",
  competency: "Understand connectivity between Pods",
  difficulty: "easy",
  minutes: 6,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl create namespace team");
    s.run("kubectl -n team run web --image=nginx:1.27 --labels=app=web");
    s.run("kubectl -n team run client --image=busybox:1.36 -- sleep 86400");
    s.advance(30_000);
  },
  tasks: [
    {
      id: "pod-ip",
      text: `Every pod gets its own IP from its node's pod CIDR. Write the IP of pod \`web\` in namespace \`team\` to \`${FILE}\` on \`controlplane\` (only the address).`,
      checks: [
        {
          id: "ip-file",
          title: `${FILE} holds pod web's IP`,
          points: 1,
          check(c) {
            const ip = c.get("pods", "web", "team")?.status?.podIP as string | undefined;
            const text = c.file("controlplane", FILE)?.trim();
            return ip && text === ip ? pass(`the file says ${ip}.`) : expectSaw(ip ?? "a running pod web", text === undefined ? "no file" : JSON.stringify(text));
          },
        },
      ],
    },
    {
      id: "service",
      text: "Pod IPs change when a pod is recreated. Create a ClusterIP Service `web` in namespace `team` so that pod `client` reaches nginx at `web.team.svc.cluster.local` on port **8080** (nginx listens on 80).",
      checks: [
        {
          id: "client-reaches-web",
          title: "client reaches web.team.svc.cluster.local:8080",
          points: 2,
          check(c) {
            const r = c.reach("team/client", "web.team.svc.cluster.local", 8080);
            return r.ok ? pass("the Service routes to nginx.") : expectSaw("a connection to web.team.svc.cluster.local:8080", r.detail);
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Cluster Networking", url: "https://kubernetes.io/docs/concepts/cluster-administration/networking/" },
    { title: "Service", url: "https://kubernetes.io/docs/concepts/services-networking/service/" },
  ],
  otherSolutions: [
    {
      why: "reads the IP from the wide table and creates the Service with kubectl create service",
      script: `mkdir -p /opt/course/9\nkubectl -n team get pod web -o wide --no-headers | awk '{print $6}' > ${FILE}\nkubectl -n team create service clusterip web --tcp=8080:80\nsleep 5`,
    },
  ],
  wrongSolutions: [
    { why: "forwards to port 8080 on the pod, where nothing listens", script: `mkdir -p /opt/course/9\nkubectl -n team get pod web -o jsonpath='{.status.podIP}' > ${FILE}\nkubectl -n team expose pod web --port=8080\nsleep 5`, failsCheck: "client-reaches-web" },
    { why: "writes the node's IP instead of the pod's", script: `mkdir -p /opt/course/9\nkubectl -n team get pod web -o jsonpath='{.status.hostIP}' > ${FILE}`, failsCheck: "ip-file" },
  ],
});
