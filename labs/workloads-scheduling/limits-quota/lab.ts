import { defineLab } from "../../../lib/labs/define";
import type { CheckView } from "../../../lib/labs/checks";
import { deploymentReady, expectSaw, pass, sameQuantity } from "../../../lib/labs/checks";

const SETUP = `apiVersion: v1
kind: Namespace
metadata:
  name: team-a
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: team-a
spec:
  replicas: 2
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      containers:
      - name: api
        image: nginx:1.27
`;

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const WANT = { defaultRequest: { cpu: "100m", memory: "128Mi" }, default: { cpu: "500m", memory: "256Mi" } };

function containerItem(c: CheckView): Obj | undefined {
  for (const lr of c.list("limitrange", "team-a")) {
    const item = (lr.spec?.limits ?? []).find((i: Obj) => i.type === "Container");
    if (item) return item;
  }
  return undefined;
}

export default defineLab({
  slug: "limits-quota",
  title: "Defaults and a budget for a team namespace",
  summary: "Give a namespace default requests and limits, cap it with a ResourceQuota, and bring a Deployment's pods under both.",
  domain: "workloads-scheduling",
  competency: "Configure Pod admission and scheduling (limits, node affinity, etc.)",
  difficulty: "medium",
  minutes: 12,
  curriculumVersion: "1.32",
  setup(s) {
    s.apply(SETUP);
    s.advance(10_000);
  },
  tasks: [
    {
      id: "limits",
      text: "In namespace `team-a`, create a LimitRange that gives every container that does not set them a default **request** of `cpu: 100m, memory: 128Mi` and a default **limit** of `cpu: 500m, memory: 256Mi`.",
      checks: [
        {
          id: "limitrange",
          title: "A LimitRange in team-a defaults containers to 100m/128Mi requests and 500m/256Mi limits",
          points: 2,
          check(c) {
            const item = containerItem(c);
            if (!item) return expectSaw("a LimitRange with a Container item in team-a", "none");
            for (const field of ["defaultRequest", "default"] as const)
              for (const [res, want] of Object.entries(WANT[field]))
                if (!sameQuantity(item[field]?.[res], want)) return expectSaw(`${field} ${res}=${want}`, `${field} ${res}=${item[field]?.[res] ?? "unset"}`);
            return pass("containers in team-a get 100m/128Mi requests and 500m/256Mi limits by default.");
          },
        },
      ],
    },
    {
      id: "quota",
      text: "Create a ResourceQuota `team-quota` in `team-a` that allows at most `5` pods, `1` CPU of requests (`requests.cpu`) and `2Gi` of memory limits (`limits.memory`).",
      checks: [
        {
          id: "quota-hard",
          title: "ResourceQuota team-a/team-quota: pods 5, requests.cpu 1, limits.memory 2Gi",
          points: 2,
          check(c) {
            const q = c.get("resourcequota", "team-quota", "team-a");
            if (!q) return expectSaw("ResourceQuota team-a/team-quota", "no such quota");
            const hard = q.spec?.hard ?? {};
            const want: Record<string, string> = { pods: "5", "requests.cpu": "1", "limits.memory": "2Gi" };
            for (const [k, v] of Object.entries(want)) if (!sameQuantity(hard[k], v)) return expectSaw(`${k}=${v}`, `${k}=${hard[k] ?? "unset"}`);
            return pass("team-quota caps pods, cpu requests and memory limits.");
          },
        },
      ],
    },
    {
      id: "scale",
      text: "Deployment `api` in `team-a` must run `4` ready replicas, and **every** one of its pods must carry the LimitRange defaults (a memory limit of `256Mi`).",
      checks: [
        deploymentReady({ id: "api-ready", title: "Deployment team-a/api has 4/4 ready", points: 2 }, "team-a", "api", 4),
        {
          id: "api-limits",
          title: "Every pod of api has a 256Mi memory limit",
          points: 2,
          check(c) {
            const pods = c.list("pod", "team-a", "app=api").filter((p) => !p.metadata.deletionTimestamp);
            if (!pods.length) return expectSaw("pods of api", "none");
            const bare = pods.filter((p) => !sameQuantity(p.spec?.containers?.[0]?.resources?.limits?.memory, "256Mi"));
            return bare.length ? expectSaw("a 256Mi memory limit on every api pod", `${bare.length} of ${pods.length} without it (${bare.map((p) => p.metadata.name).join(", ")})`) : pass(`all ${pods.length} api pods have the default limits.`);
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Limit Ranges", url: "https://kubernetes.io/docs/concepts/policy/limit-range/" },
    { title: "Resource Quotas", url: "https://kubernetes.io/docs/concepts/policy/resource-quotas/" },
  ],
  wrongSolutions: [
    {
      why: "scales without recreating the old pods, which predate the LimitRange",
      script: `kubectl apply -f - <<'YAML'
apiVersion: v1
kind: LimitRange
metadata:
  name: defaults
  namespace: team-a
spec:
  limits:
  - type: Container
    defaultRequest: {cpu: 100m, memory: 128Mi}
    default: {cpu: 500m, memory: 256Mi}
YAML
kubectl create quota team-quota -n team-a --hard=pods=5,requests.cpu=1,limits.memory=2Gi
kubectl scale deployment api -n team-a --replicas=4
sleep 15`,
      failsCheck: "api-limits",
    },
    {
      why: "creates the quota before the LimitRange: new pods without requests are refused",
      script: `kubectl create quota team-quota -n team-a --hard=pods=5,requests.cpu=1,limits.memory=2Gi
kubectl rollout restart deployment api -n team-a
kubectl scale deployment api -n team-a --replicas=4
sleep 15`,
      failsCheck: "api-ready",
    },
  ],
});
