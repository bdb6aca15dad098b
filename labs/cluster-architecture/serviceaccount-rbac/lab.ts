import { defineLab } from "../../../lib/labs/define";
import { expectSaw, pass, podRunning, type CheckView } from "../../../lib/labs/checks";

const SA = "system:serviceaccount:ops:pipeline";
const can = (c: CheckView, args: string) => c.run(`kubectl auth can-i ${args} --as=${SA}`).stdout.trim() === "yes";

export default defineLab({
  slug: "serviceaccount-rbac",
  title: "A ServiceAccount that may read Deployments everywhere",
  summary: "Create a ServiceAccount, a ClusterRole and a ClusterRoleBinding, and run a Pod as that ServiceAccount.",
  domain: "cluster-architecture",
  competency: "Manage role based access control (RBAC)",
  difficulty: "easy",
  minutes: 8,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl create namespace ops");
    s.run("kubectl create namespace shop");
    s.run("kubectl -n shop create deployment cart --image=nginx:1.27");
    s.advance(10_000);
  },
  tasks: [
    {
      id: "identity",
      text: "In namespace `ops`, create ServiceAccount `pipeline`. Create ClusterRole `deployment-viewer` that allows `get`, `list` and `watch` on Deployments, and bind it to `pipeline` cluster-wide with ClusterRoleBinding `pipeline-deployment-viewer`.",
      checks: [
        {
          id: "sa-exists",
          title: "ServiceAccount ops/pipeline exists",
          points: 1,
          check: (c) => (c.get("serviceaccount", "pipeline", "ops") ? pass("ServiceAccount ops/pipeline exists.") : expectSaw("ServiceAccount pipeline in namespace ops", "none")),
        },
        {
          id: "sa-reads-deployments",
          title: "pipeline may get, list and watch deployments in every namespace",
          points: 2,
          check(c) {
            for (const args of ["list deployments.apps -A", "get deployments.apps -n shop", "watch deployments.apps -n kube-system"]) if (!can(c, args)) return expectSaw(`yes for can-i ${args} as ${SA}`, "no");
            return c.get("clusterrole", "deployment-viewer") && c.get("clusterrolebinding", "pipeline-deployment-viewer") ? pass("pipeline reads deployments cluster-wide.") : expectSaw("ClusterRole deployment-viewer and ClusterRoleBinding pipeline-deployment-viewer", "missing");
          },
        },
        {
          id: "sa-read-only",
          title: "pipeline may not change deployments or read pods",
          points: 1,
          check(c) {
            for (const args of ["delete deployments.apps -n shop", "create deployments.apps -n ops", "list pods -n shop", "list secrets -n ops"]) if (can(c, args)) return expectSaw(`no for can-i ${args} as ${SA}`, "yes");
            return pass("pipeline is read-only on deployments.");
          },
        },
      ],
    },
    {
      id: "runner",
      text: "In namespace `ops`, run Pod `pipeline-runner` (image `busybox:1.37`, command `sleep 3600`) as ServiceAccount `pipeline`.",
      checks: [
        {
          id: "pod-sa",
          title: "Pod ops/pipeline-runner runs as ServiceAccount pipeline",
          points: 2,
          check(c) {
            const sa = c.get("pod", "pipeline-runner", "ops")?.spec?.serviceAccountName;
            return sa === "pipeline" ? pass("pipeline-runner uses ServiceAccount pipeline.") : expectSaw("serviceAccountName pipeline", sa ?? "no Pod");
          },
        },
        podRunning({ id: "pod-running", title: "Pod ops/pipeline-runner is Running", points: 1 }, "ops", "pipeline-runner"),
      ],
    },
  ],
  docs: [
    { title: "Service accounts", url: "https://kubernetes.io/docs/concepts/security/service-accounts/" },
    { title: "Configure Service Accounts for Pods", url: "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/" },
    { title: "Using RBAC Authorization", url: "https://kubernetes.io/docs/reference/access-authn-authz/rbac/" },
  ],
  wrongSolutions: [
    {
      why: "binds in one namespace only with a RoleBinding",
      script: `kubectl -n ops create serviceaccount pipeline
kubectl create clusterrole deployment-viewer --verb=get,list,watch --resource=deployments
kubectl -n ops create rolebinding pipeline-deployment-viewer --clusterrole=deployment-viewer --serviceaccount=ops:pipeline`,
      failsCheck: "sa-reads-deployments",
    },
    {
      why: "runs the pod with the default ServiceAccount",
      script: `kubectl -n ops create serviceaccount pipeline
kubectl -n ops run pipeline-runner --image=busybox:1.37 --command -- sleep 3600`,
      failsCheck: "pod-sa",
    },
  ],
});
