import { defineLab } from "../../../lib/labs/define";
import { expectSaw, pass } from "../../../lib/labs/checks";

export default defineLab({
  slug: "coredns-broken",
  title: "Cluster DNS is down",
  summary: "Pods can no longer resolve Service names. Find out why CoreDNS is not answering and bring it back.",
  domain: "troubleshooting",
  competency: "Troubleshoot services and networking",
  difficulty: "medium",
  minutes: 12,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl run probe --image=busybox:1.36 -- sleep 86400");
    s.advance(10_000);
    s.run("kubectl -n kube-system get configmap coredns -o yaml | sed 's/kubernetes cluster.local in-addr.arpa/kubernetse cluster.local in-addr.arpa/' | kubectl replace -f -");
    s.run("kubectl -n kube-system scale deployment coredns --replicas=0");
    s.advance(10_000);
  },
  tasks: [
    {
      id: "dns",
      text: "Pod `probe` in namespace `default` cannot resolve `kubernetes.default` any more (`kubectl exec probe -- nslookup kubernetes.default.svc.cluster.local` times out). Repair cluster DNS so that it resolves again, with CoreDNS running its usual 2 replicas.",
      checks: [
        {
          id: "probe-resolves",
          title: "probe resolves kubernetes.default",
          points: 2,
          check(c) {
            const ip = c.dns("kubernetes.default", "default");
            return ip === "10.96.0.1" ? pass("kubernetes.default resolves to 10.96.0.1.") : expectSaw("kubernetes.default to resolve to 10.96.0.1", ip ?? "no answer");
          },
        },
        {
          id: "coredns-ready",
          title: "Deployment coredns has 2 ready replicas",
          points: 1,
          check(c) {
            const d = c.get("deployment", "coredns", "kube-system");
            const ready = d?.status?.readyReplicas ?? 0;
            return ready === 2 && d?.spec?.replicas === 2 ? pass("coredns runs 2 ready replicas.") : expectSaw("coredns with 2/2 ready replicas", d ? `${ready}/${d.spec?.replicas}` : "no Deployment");
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Debugging DNS Resolution", url: "https://kubernetes.io/docs/tasks/administer-cluster/dns-debugging-resolution/" },
    { title: "Customizing DNS Service", url: "https://kubernetes.io/docs/tasks/administer-cluster/dns-custom-nameservers/" },
  ],
  wrongSolutions: [
    { why: "scales CoreDNS back up but leaves the broken Corefile: the new pods crash-loop", script: "kubectl -n kube-system scale deployment coredns --replicas=2\nsleep 15", failsCheck: "probe-resolves" },
  ],
});
