import { defineLab } from "../../../lib/labs/define";
import { expectSaw, pass } from "../../../lib/labs/checks";

export default defineLab({
  slug: "networkpolicy-default-deny",
  title: "Default deny, then let the frontend in",
  summary: "Lock namespace shop down with NetworkPolicies: nothing gets in except the frontend on port 80, and DNS keeps working.",
  domain: "services-networking",
  competency: "Define and enforce Network Policies",
  difficulty: "medium",
  minutes: 12,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl create namespace shop");
    s.run("kubectl -n shop create deployment api --image=nginx:1.27 --replicas=2");
    s.run("kubectl -n shop expose deployment api --port=80");
    s.run("kubectl -n shop run frontend --image=busybox:1.36 -l role=frontend -- sleep 86400");
    s.run("kubectl -n shop run intruder --image=busybox:1.36 -l role=other -- sleep 86400");
    s.advance(20_000);
  },
  tasks: [
    {
      id: "deny",
      text: "In namespace `shop`, create a NetworkPolicy named `default-deny` that selects every pod and denies all ingress and all egress traffic.",
      checks: [
        {
          id: "intruder-blocked",
          title: "pod intruder cannot reach api:80",
          points: 1,
          check(c) {
            const r = c.reach("shop/intruder", "api", 80);
            return !r.ok ? pass(`intruder is blocked (${r.detail}).`) : expectSaw("intruder to be blocked from api:80", `that ${r.detail}`);
          },
        },
        {
          id: "deny-policy",
          title: "default-deny selects all pods for Ingress and Egress",
          points: 1,
          check(c) {
            const p = c.get("networkpolicy", "default-deny", "shop");
            if (!p) return expectSaw("NetworkPolicy shop/default-deny", "none");
            const sel = p.spec?.podSelector ?? {};
            const all = !Object.keys(sel.matchLabels ?? {}).length && !(sel.matchExpressions ?? []).length;
            const types: string[] = p.spec?.policyTypes ?? [];
            const rules = (p.spec?.ingress?.length ?? 0) + (p.spec?.egress?.length ?? 0);
            return all && types.includes("Ingress") && types.includes("Egress") && rules === 0
              ? pass("default-deny isolates every pod in both directions.")
              : expectSaw("podSelector {} with policyTypes Ingress and Egress and no rules", `podSelector ${JSON.stringify(sel)}, policyTypes [${types.join(", ")}], ${rules} rule(s)`);
          },
        },
      ],
    },
    {
      id: "allow",
      text: "Add policies so that pods labelled `role=frontend` can reach the `api` pods on TCP port 80 (through Service `api`), and every pod in `shop` can still resolve names through cluster DNS (UDP and TCP port 53). Nothing else may be allowed.",
      checks: [
        {
          id: "frontend-reaches-api",
          title: "frontend reaches api:80 by name",
          points: 2,
          check(c) {
            const r = c.reach("shop/frontend", "api", 80);
            return r.ok ? pass(`frontend reaches api (${r.detail}).`) : expectSaw("shop/frontend to reach api:80", `that ${r.detail}`);
          },
        },
        {
          id: "dns-works",
          title: "pods in shop still resolve names",
          points: 1,
          check(c) {
            const r = c.reach("shop/intruder", "kubernetes.default", 443);
            return !r.detail.includes("does not resolve") ? pass("DNS answers from shop.") : expectSaw("kubernetes.default to resolve from shop/intruder", r.detail);
          },
        },
        {
          id: "intruder-still-blocked",
          title: "intruder still cannot reach api:80",
          points: 1,
          check(c) {
            const r = c.reach("shop/intruder", "api", 80);
            return !r.ok ? pass("intruder stays blocked.") : expectSaw("intruder to stay blocked from api:80", `that ${r.detail}`);
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Network Policies", url: "https://kubernetes.io/docs/concepts/services-networking/network-policies/" },
    { title: "Default policies", url: "https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-policies" },
  ],
  wrongSolutions: [
    {
      why: "allows the frontend but forgets the frontend's own egress under default deny",
      script: "kubectl apply -f - <<EOF\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny\n  namespace: shop\nspec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: api-from-frontend\n  namespace: shop\nspec:\n  podSelector:\n    matchLabels:\n      app: api\n  ingress:\n  - from:\n    - podSelector:\n        matchLabels:\n          role: frontend\n    ports:\n    - port: 80\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: allow-dns\n  namespace: shop\nspec:\n  podSelector: {}\n  policyTypes: [Egress]\n  egress:\n  - ports:\n    - port: 53\n      protocol: UDP\n    - port: 53\n      protocol: TCP\nEOF",
      failsCheck: "frontend-reaches-api",
    },
    {
      why: "denies everything but never opens DNS",
      script: "kubectl apply -f - <<EOF\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny\n  namespace: shop\nspec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]\nEOF",
      failsCheck: "dns-works",
    },
  ],
});
