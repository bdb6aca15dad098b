import { defineLab } from "../../../lib/labs/define";
import { expectSaw, pass } from "../../../lib/labs/checks";

/** Accepts `http://backend`, `backend.app`, `backend.app.svc`, the FQDN, with or without `:80` and a trailing `/`. */
const SERVICE_URL = /^http:\/\/backend(\.app(\.svc(\.cluster\.local)?)?)?(:80)?\/?$/;

export default defineLab({
  slug: "stable-service-name",
  title: "Pod IPs change, Service names do not",
  summary: "A frontend is configured with a pod IP that breaks on every restart. Give the backend a stable name.",
  domain: "services-networking",
  competency: "Understand connectivity between Pods",
  difficulty: "easy",
  minutes: 8,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl create namespace app");
    s.run("kubectl -n app create deployment backend --image=httpd:2.4 --replicas=2");
    s.run("kubectl -n app run frontend --image=busybox:1.36 -- sleep 86400");
    s.advance(15_000);
    const ip = s.run("kubectl -n app get pods -l app=backend -o jsonpath={.items[0].status.podIP}").trim();
    s.run(`kubectl -n app create configmap frontend-config --from-literal=BACKEND_URL=http://${ip}:80`);
  },
  tasks: [
    {
      id: "service",
      text: "In namespace `app`, pods of Deployment `backend` (httpd, port 80) get new IPs whenever they restart. Create a ClusterIP Service named `backend` on port 80 in front of them, so that pod `frontend` reaches them at `backend:80`.",
      checks: [
        {
          id: "frontend-reaches-backend",
          title: "frontend reaches backend:80 through a Service",
          points: 2,
          check(c) {
            const r = c.reach("app/frontend", "backend", 80);
            return r.ok ? pass(`frontend reaches backend (${r.detail}).`) : expectSaw("app/frontend to reach backend:80", `that ${r.detail}`);
          },
        },
      ],
    },
    {
      id: "config",
      text: "Point the frontend at the Service: set `BACKEND_URL` in ConfigMap `frontend-config` to an `http://` URL that uses the Service's DNS name instead of a pod IP.",
      checks: [
        {
          id: "config-uses-name",
          title: "BACKEND_URL uses the Service name",
          points: 1,
          check(c) {
            const url = (c.get("configmap", "frontend-config", "app")?.data as Record<string, string> | undefined)?.BACKEND_URL;
            return url && SERVICE_URL.test(url) ? pass(`BACKEND_URL is ${url}.`) : expectSaw("BACKEND_URL like http://backend.app.svc.cluster.local", url ?? "no BACKEND_URL");
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Service", url: "https://kubernetes.io/docs/concepts/services-networking/service/" },
    { title: "DNS for Services and Pods", url: "https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/" },
  ],
  otherSolutions: [
    {
      why: "a Service from a manifest and the short name in the URL",
      script: "kubectl apply -f - <<EOF\napiVersion: v1\nkind: Service\nmetadata:\n  name: backend\n  namespace: app\nspec:\n  selector:\n    app: backend\n  ports:\n  - port: 80\n    targetPort: 80\nEOF\nkubectl -n app create configmap frontend-config --from-literal=BACKEND_URL=http://backend --dry-run=client -o yaml | kubectl apply -f -\nsleep 5",
    },
  ],
  wrongSolutions: [
    { why: "maps the Service to port 8080, where httpd does not listen", script: "kubectl -n app create service clusterip backend --tcp=80:8080\nsleep 5", failsCheck: "frontend-reaches-backend" },
    { why: "writes the ClusterIP instead of the name", script: "kubectl -n app create service clusterip backend --tcp=80:80\nkubectl -n app patch configmap frontend-config -p \"{\\\"data\\\":{\\\"BACKEND_URL\\\":\\\"http://$(kubectl -n app get svc backend -o jsonpath={.spec.clusterIP})\\\"}}\"", failsCheck: "config-uses-name" },
  ],
});
