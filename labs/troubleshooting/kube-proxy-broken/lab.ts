import { defineLab } from "../../../lib/labs/define";
import { expectSaw, pass } from "../../../lib/labs/checks";

const IMAGE = "registry.k8s.io/kube-proxy:v1.32.5";

export default defineLab({
  slug: "kube-proxy-broken",
  title: "Services stopped routing",
  summary: "A new Service does not answer although its pods run. Find the broken node component behind Service routing and repair it.",
  domain: "troubleshooting",
  competency: "Troubleshoot services and networking",
  difficulty: "medium",
  minutes: 12,
  curriculumVersion: "1.32",
  setup(s) {
    // A botched maintenance: the DaemonSet points at an image that does not exist, and its pods were restarted.
    s.run(`kubectl -n kube-system set image daemonset/kube-proxy kube-proxy=registry.k8s.io/kube-proxy-amd64:v1.32.5`);
    s.run("kubectl -n kube-system delete pod -l k8s-app=kube-proxy");
    s.advance(30_000);
    s.run("kubectl create namespace shop");
    s.run("kubectl -n shop create deployment web --image=nginx:1.27 --replicas=2");
    s.run("kubectl -n shop expose deployment web --port=80");
    s.run("kubectl -n shop run client --image=busybox:1.36 -- sleep 86400");
    s.advance(20_000);
  },
  tasks: [
    {
      id: "routing",
      text: [
        "In namespace `shop`, Deployment `web` runs nginx behind Service `web` (port 80), but pod `client` cannot reach it: `kubectl -n shop exec client -- wget -qO- -T 5 web` fails although both `web` pods are running and the Service has endpoints.",
        "",
        "Find the cluster component that programs Service routing on the nodes and repair it, so that it runs on every node with the image `" + IMAGE + "` and `client` reaches `web` again. Do not change the `shop` workloads.",
      ].join("\n"),
      checks: [
        {
          id: "kube-proxy-image",
          title: `DaemonSet kube-proxy runs ${IMAGE}`,
          points: 1,
          check(c) {
            const ds = c.get("daemonset", "kube-proxy", "kube-system");
            const image = (ds?.spec?.template?.spec?.containers ?? []).find((x: { name: string }) => x.name === "kube-proxy")?.image;
            return image === IMAGE ? pass(`kube-proxy uses ${IMAGE}.`) : expectSaw(`image ${IMAGE}`, image ?? "no DaemonSet kube-proxy");
          },
        },
        {
          id: "kube-proxy-ready",
          title: "kube-proxy is ready on every node",
          points: 1,
          check(c) {
            const ds = c.get("daemonset", "kube-proxy", "kube-system");
            const nodes = c.list("nodes").length;
            const ready = ds?.status?.numberReady ?? 0;
            const updated = ds?.status?.updatedNumberScheduled ?? 0;
            return ready === nodes && updated === nodes ? pass(`kube-proxy is ready on all ${nodes} nodes.`) : expectSaw(`${nodes} ready, updated kube-proxy pods`, ds ? `${ready} ready, ${updated} updated` : "no DaemonSet kube-proxy");
          },
        },
        {
          id: "client-reaches-web",
          title: "client reaches web.shop.svc.cluster.local:80",
          points: 2,
          check(c) {
            const r = c.reach("shop/client", "web.shop.svc.cluster.local", 80);
            return r.ok ? pass("the Service routes to nginx again.") : expectSaw("a connection to web.shop.svc.cluster.local:80", r.detail);
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Debug Services: is kube-proxy working?", url: "https://kubernetes.io/docs/tasks/debug/debug-application/debug-service/#is-the-kube-proxy-working" },
    { title: "Virtual IPs and Service proxies", url: "https://kubernetes.io/docs/reference/networking/virtual-ips/" },
    { title: "Perform a rolling update on a DaemonSet", url: "https://kubernetes.io/docs/tasks/manage-daemon/update-daemon-set/" },
  ],
  wrongSolutions: [
    { why: "restarts the kube-proxy pods, which pull the same missing image again", script: "kubectl -n kube-system delete pod -l k8s-app=kube-proxy\nsleep 30", failsCheck: "client-reaches-web" },
    { why: "recreates the Service, but nothing on the nodes programs its ClusterIP", script: "kubectl -n shop delete service web\nkubectl -n shop expose deployment web --port=80\nsleep 10", failsCheck: "client-reaches-web" },
  ],
});
