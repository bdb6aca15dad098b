import { defineLab } from "../../../lib/labs/define";
import { deploymentReady, expectSaw, pass } from "../../../lib/labs/checks";

interface Requirement {
  key: string;
  operator: string;
  values?: string[];
}

/** Whether the template's required node affinity (every term) demands disktype=ssd. */
function requiresSsd(template: { spec?: { affinity?: { nodeAffinity?: { requiredDuringSchedulingIgnoredDuringExecution?: { nodeSelectorTerms?: { matchExpressions?: Requirement[] }[] } } } } } | undefined): boolean {
  const terms = template?.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  const demands = (r: Requirement) => r.key === "disktype" && r.operator === "In" && (r.values ?? []).length === 1 && r.values![0] === "ssd";
  return terms.length > 0 && terms.every((t) => (t.matchExpressions ?? []).some(demands));
}

export default defineLab({
  slug: "node-affinity",
  title: "Pin a Deployment to SSD nodes",
  summary: "Label a node and give a Deployment a required node affinity so its pods land only there.",
  domain: "workloads-scheduling",
  competency: "Configure Pod admission and scheduling (limits, node affinity, etc.)",
  difficulty: "medium",
  minutes: 8,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl create namespace cache");
    s.run("kubectl -n cache create deployment db-cache --image=redis:7.4 --replicas=2");
    s.advance(30_000);
  },
  tasks: [
    {
      id: "label",
      text: "Node `node02` has fast disks. Give it the label `disktype=ssd`.",
      checks: [
        {
          id: "node02-labelled",
          title: "node02 has label disktype=ssd",
          points: 1,
          check(c) {
            const value = c.get("nodes", "node02")?.metadata.labels?.disktype;
            return value === "ssd" ? pass("node02 is labelled.") : expectSaw("disktype=ssd on node02", value === undefined ? "no disktype label" : `disktype=${value}`);
          },
        },
      ],
    },
    {
      id: "affinity",
      text: "Change Deployment `db-cache` in namespace `cache` so that its pods can **only** be scheduled onto nodes with `disktype=ssd`, using a **required node affinity** rule (`requiredDuringSchedulingIgnoredDuringExecution`, operator `In`). Keep 2 replicas, both ready.",
      checks: [
        {
          id: "affinity-required",
          title: "db-cache requires disktype In (ssd) through node affinity",
          points: 2,
          check(c) {
            const d = c.get("deployments", "db-cache", "cache");
            return requiresSsd(d?.spec?.template) ? pass("the pod template requires disktype=ssd.") : expectSaw("a required node affinity term with disktype In [ssd]", d?.spec?.template?.spec?.affinity ? JSON.stringify(d.spec.template.spec.affinity) : "no affinity");
          },
        },
        {
          id: "pods-on-ssd",
          title: "every db-cache pod runs on node02",
          points: 1,
          check(c) {
            const pods = c.list("pods", "cache").filter((p) => p.metadata.labels?.app === "db-cache" && !p.metadata.deletionTimestamp);
            const elsewhere = pods.filter((p) => p.spec?.nodeName !== "node02").map((p) => `${p.metadata.name} on ${p.spec?.nodeName ?? "no node"}`);
            return pods.length && !elsewhere.length ? pass("all pods are on node02.") : expectSaw("every db-cache pod on node02", elsewhere.join(", ") || "no pods");
          },
        },
        deploymentReady({ id: "db-cache-ready", title: "Deployment cache/db-cache has 2 ready pods", points: 1 }, "cache", "db-cache", 2),
      ],
    },
  ],
  docs: [
    { title: "Assign Pods to Nodes using Node Affinity", url: "https://kubernetes.io/docs/tasks/configure-pod-container/assign-pods-nodes-using-node-affinity/" },
    { title: "Assigning Pods to Nodes", url: "https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/" },
  ],
  otherSolutions: [
    {
      why: "edits the manifest and re-applies it",
      script: `kubectl label node node02 disktype=ssd
kubectl -n cache get deploy db-cache -o yaml > /root/db-cache.yaml
sed -i 's/^    spec:$/    spec:\\n      affinity:\\n        nodeAffinity:\\n          requiredDuringSchedulingIgnoredDuringExecution:\\n            nodeSelectorTerms:\\n            - matchExpressions:\\n              - key: disktype\\n                operator: In\\n                values:\\n                - ssd/' /root/db-cache.yaml
kubectl apply -f /root/db-cache.yaml
sleep 40`,
    },
  ],
  wrongSolutions: [
    { why: "uses a nodeSelector instead of the node affinity the task asks for", script: `kubectl label node node02 disktype=ssd\nkubectl -n cache patch deployment db-cache -p '{"spec":{"template":{"spec":{"nodeSelector":{"disktype":"ssd"}}}}}'\nsleep 40`, failsCheck: "affinity-required" },
    { why: "adds the rule but forgets to label the node, so the new pods stay Pending", script: `kubectl -n cache patch deployment db-cache -p '{"spec":{"template":{"spec":{"affinity":{"nodeAffinity":{"requiredDuringSchedulingIgnoredDuringExecution":{"nodeSelectorTerms":[{"matchExpressions":[{"key":"disktype","operator":"In","values":["ssd"]}]}]}}}}}}}'\nsleep 40`, failsCheck: "node02-labelled" },
  ],
});
