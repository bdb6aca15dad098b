import { defineLab } from "../../../lib/labs/define";
import { fail, pass } from "../../../lib/labs/checks";

export default defineLab({
  slug: "expose-nodeport",
  title: "Expose a deployment on a NodePort",
  summary: "Make a web deployment reachable on every node at a fixed port.",
  domain: "services-networking",
  competency: "Use ClusterIP, NodePort, LoadBalancer service types and endpoints",
  difficulty: "easy",
  minutes: 6,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl create namespace web");
    s.run("kubectl create deployment front --image=nginx --replicas=2 --port=80 -n web");
    s.advance(10_000);
  },
  tasks: [
    {
      id: "nodeport",
      text: "Create a Service named `front` in namespace `web` of type `NodePort` that exposes the pods of Deployment `front` on port `80`, reachable on every node at port `30080`.",
      checks: [
        {
          id: "front-nodeport",
          title: "Service web/front is NodePort 80 → 30080",
          points: 2,
          check(c) {
            const svc = c.get("services", "front", "web");
            if (!svc) return fail("expected Service web/front, saw no such Service");
            if (svc.spec.type !== "NodePort") return fail(`expected type NodePort, saw ${svc.spec.type}`);
            const p = (svc.spec.ports ?? []).find((x: { port: number }) => x.port === 80);
            if (!p) return fail(`expected a port 80, saw ${(svc.spec.ports ?? []).map((x: { port: number }) => x.port).join(",") || "none"}`);
            return p.nodePort === 30080 ? pass("NodePort 30080 → 80.") : fail(`expected nodePort 30080, saw ${p.nodePort}`);
          },
        },
        {
          id: "front-endpoints",
          title: "Service web/front selects the front pods",
          points: 1,
          check(c) {
            const subsets = (c.get("endpoints", "front", "web")?.subsets ?? []) as { addresses?: unknown[] }[];
            const n = subsets.reduce((k, s) => k + (s.addresses?.length ?? 0), 0);
            return n === 2 ? pass("both front pods are endpoints.") : fail(`expected 2 endpoints, saw ${n}`);
          },
        },
      ],
    },
  ],
  docs: [{ title: "Service type NodePort", url: "https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport" }],
  wrongSolutions: [{ why: "leaves the node port to chance", script: "cat <<EOF | kubectl apply -f -\napiVersion: v1\nkind: Service\nmetadata:\n  name: front\n  namespace: web\nspec:\n  type: NodePort\n  selector:\n    app: front\n  ports:\n  - port: 80\nEOF", failsCheck: "front-nodeport" }],
});
