import { defineLab } from "../../../lib/labs/define";
import { expectSaw, pass, type CheckView } from "../../../lib/labs/checks";
import { examTopology } from "../../../lib/labs/topology";

const CTX = "k8s-c2";
/** What `kubectl auth can-i` answers on cluster k8s-c2 (the admin's view, impersonating). */
const can = (c: CheckView, args: string) => c.run(`kubectl --context ${CTX} auth can-i ${args}`).stdout.trim() === "yes";

interface Expect {
  args: string;
  allowed: boolean;
}

function answers(c: CheckView, who: string, table: Expect[]) {
  for (const e of table) {
    const got = can(c, `${e.args} ${who}`);
    if (got !== e.allowed) return expectSaw(`can-i ${e.args} ${who} → ${e.allowed ? "yes" : "no"}`, got ? "yes" : "no");
  }
  return pass(`every answer for ${who} is as the task says.`);
}

export default defineLab({
  slug: "rbac-developer",
  title: "RBAC so that can-i answers as asked",
  summary: "Exam-style, on the second cluster: a Role for a user and read-only access for a group, checked with kubectl auth can-i.",
  domain: "cluster-architecture",
  competency: "Manage role based access control (RBAC)",
  difficulty: "medium",
  minutes: 10,
  curriculumVersion: "1.32",
  topology: examTopology([
    { context: "k8s-c1", workers: 1 },
    { context: CTX, workers: 1 },
  ]),
  setup(s) {
    for (const ctx of ["k8s-c1", CTX]) s.run(`kubectl --context ${ctx} create namespace project-hamster`);
  },
  tasks: [
    {
      id: "processor",
      text: "Use context `k8s-c2`. In namespace `project-hamster`, create Role `processor` and RoleBinding `processor` so that user `dev-ann` may **create** Secrets and ConfigMaps there and nothing else: `kubectl auth can-i create secrets --as dev-ann -n project-hamster` says `yes`, `get secrets`, `create pods` and `delete configmaps` say `no`.",
      checks: [
        {
          id: "ann-creates",
          title: "k8s-c2: dev-ann may create secrets and configmaps in project-hamster",
          points: 2,
          check: (c) => answers(c, "--as dev-ann", [
            { args: "create secrets -n project-hamster", allowed: true },
            { args: "create configmaps -n project-hamster", allowed: true },
          ]),
        },
        {
          id: "ann-nothing-else",
          title: "k8s-c2: dev-ann may do nothing else",
          points: 2,
          check(c) {
            const r = answers(c, "--as dev-ann", [
              { args: "get secrets -n project-hamster", allowed: false },
              { args: "delete configmaps -n project-hamster", allowed: false },
              { args: "create pods -n project-hamster", allowed: false },
              { args: "create secrets -n default", allowed: false },
            ]);
            if (!r.passed) return r;
            return c.get("role", "processor", "project-hamster", CTX) && c.get("rolebinding", "processor", "project-hamster", CTX) ? r : expectSaw("Role and RoleBinding processor in project-hamster on k8s-c2", "missing");
          },
        },
      ],
    },
    {
      id: "qa",
      text: "Still on `k8s-c2`: members of group `qa` may only **read** (get, list, watch) the usual namespaced objects of `project-hamster` — use the built-in ClusterRole `view` in a RoleBinding `qa-view`. They must not read Secrets or change anything.",
      checks: [
        {
          id: "qa-view",
          title: "k8s-c2: group qa reads project-hamster and nothing more",
          points: 2,
          check: (c) => answers(c, "--as qa-user --as-group qa", [
            { args: "list pods -n project-hamster", allowed: true },
            { args: "watch deployments.apps -n project-hamster", allowed: true },
            { args: "get configmaps -n project-hamster", allowed: true },
            { args: "get secrets -n project-hamster", allowed: false },
            { args: "create pods -n project-hamster", allowed: false },
            { args: "list pods -n default", allowed: false },
          ]),
        },
      ],
    },
  ],
  docs: [
    { title: "Using RBAC Authorization", url: "https://kubernetes.io/docs/reference/access-authn-authz/rbac/" },
    { title: "Checking API access (kubectl auth can-i)", url: "https://kubernetes.io/docs/reference/access-authn-authz/authorization/#checking-api-access" },
  ],
  wrongSolutions: [
    {
      why: "does the work on the current context k8s-c1",
      script: `kubectl -n project-hamster create role processor --verb=create --resource=secrets,configmaps
kubectl -n project-hamster create rolebinding processor --role=processor --user=dev-ann
kubectl -n project-hamster create rolebinding qa-view --clusterrole=view --group=qa`,
      failsCheck: "ann-creates",
    },
    {
      why: "grants edit instead of create only",
      script: `kubectl config use-context k8s-c2
kubectl -n project-hamster create rolebinding processor --clusterrole=edit --user=dev-ann
kubectl -n project-hamster create rolebinding qa-view --clusterrole=view --group=qa`,
      failsCheck: "ann-nothing-else",
    },
    {
      why: "binds view cluster-wide",
      script: `kubectl config use-context k8s-c2
kubectl -n project-hamster create role processor --verb=create --resource=secrets,configmaps
kubectl -n project-hamster create rolebinding processor --role=processor --user=dev-ann
kubectl create clusterrolebinding qa-view --clusterrole=view --group=qa`,
      failsCheck: "qa-view",
    },
  ],
});
