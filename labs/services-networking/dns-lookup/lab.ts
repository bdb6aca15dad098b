import { defineLab } from "../../../lib/labs/define";
import { expectSaw, pass } from "../../../lib/labs/checks";

const lines = (text: string | undefined) => (text ?? "").split("\n");

export default defineLab({
  slug: "dns-lookup",
  title: "Look up Service and pod DNS records",
  summary: "Use a busybox pod to resolve a Service name and a pod's DNS name, and keep the answers in files.",
  domain: "services-networking",
  competency: "Understand and use CoreDNS",
  difficulty: "easy",
  minutes: 8,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl create namespace dns-lab");
    s.run("kubectl -n dns-lab create deployment web --image=nginx:1.27");
    s.run("kubectl -n dns-lab expose deployment web --port=80");
    s.run("kubectl -n dns-lab run db --image=redis:7");
    s.advance(15_000);
  },
  tasks: [
    {
      id: "service",
      text: "Run `nslookup` for Service `web` in namespace `dns-lab` from a pod (for example a `busybox:1.36` pod) and save the output in `/opt/dns/svc.txt` on `controlplane`. It must show the Service's ClusterIP.",
      checks: [
        {
          id: "svc-file",
          title: "/opt/dns/svc.txt holds the Service's address",
          points: 1,
          check(c) {
            const ip = c.get("service", "web", "dns-lab")?.spec?.clusterIP;
            const text = c.file("controlplane", "/opt/dns/svc.txt");
            return text !== undefined && lines(text).some((l) => l.trim() === `Address: ${ip}`) ? pass(`svc.txt shows ${ip}.`) : expectSaw(`a line "Address: ${ip}" in /opt/dns/svc.txt`, text === undefined ? "no file" : JSON.stringify(text.slice(0, 120)));
          },
        },
      ],
    },
    {
      id: "pod",
      text: "Pod `db` in `dns-lab` has a DNS name of the form `<pod-ip-with-dashes>.dns-lab.pod.cluster.local`. Resolve it with `nslookup` from a pod and save the output in `/opt/dns/pod.txt` on `controlplane`.",
      checks: [
        {
          id: "pod-file",
          title: "/opt/dns/pod.txt resolves db's pod name",
          points: 2,
          check(c) {
            const ip: string | undefined = c.get("pod", "db", "dns-lab")?.status?.podIP;
            const text = c.file("controlplane", "/opt/dns/pod.txt");
            const name = `${(ip ?? "").replaceAll(".", "-")}.dns-lab.pod.cluster.local`;
            const ok = text !== undefined && lines(text).some((l) => l.trim() === `Name:\t${name}`.trim() || l.trim() === `Name: ${name}`) && lines(text).some((l) => l.trim() === `Address: ${ip}`);
            return ok ? pass(`pod.txt resolves ${name}.`) : expectSaw(`"Name:\t${name}" and "Address: ${ip}" in /opt/dns/pod.txt`, text === undefined ? "no file" : JSON.stringify(text.slice(0, 120)));
          },
        },
      ],
    },
  ],
  docs: [{ title: "DNS for Services and Pods", url: "https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/" }],
  wrongSolutions: [
    { why: "writes the ClusterIP with kubectl instead of a DNS answer", script: "mkdir -p /opt/dns\nkubectl -n dns-lab get svc web -o jsonpath='{.spec.clusterIP}' > /opt/dns/svc.txt", failsCheck: "svc-file" },
  ],
});
