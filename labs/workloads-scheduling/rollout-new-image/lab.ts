import { defineLab } from "../../../lib/labs/define";
import { fail, pass } from "../../../lib/labs/checks";

export default defineLab({
  slug: "rollout-new-image",
  title: "Roll out a new version",
  summary: "Upgrade a deployment's image with a rolling update and keep the old revision for rollback.",
  domain: "workloads-scheduling",
  competency: "Understand application deployments and how to perform rolling update and rollbacks",
  difficulty: "easy",
  minutes: 8,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl create namespace prod");
    s.run("kubectl create deployment web --image=nginx:1.26 --replicas=3 -n prod");
    s.advance(10_000);
  },
  tasks: [
    {
      id: "upgrade",
      text: "Update Deployment `web` in namespace `prod` to image `nginx:1.27` with a rolling update. When it is done, all 3 pods must run `nginx:1.27`, and revision 1 must still be available for a rollback.",
      checks: [
        {
          id: "image-updated",
          title: "All web pods run nginx:1.27",
          points: 2,
          check(c) {
            const pods = c.list("pods", "prod", "app=web");
            const images = pods.map((p) => p.spec.containers[0].image);
            const running = pods.filter((p) => p.status?.phase === "Running").length;
            return images.length === 3 && images.every((i) => i === "nginx:1.27") && running === 3 ? pass("3 pods run nginx:1.27.") : fail(`expected 3 running pods on nginx:1.27, saw ${images.join(", ") || "no pods"} (${running} running)`);
          },
        },
        {
          id: "history-kept",
          title: "The old ReplicaSet (revision 1) is kept",
          points: 1,
          check(c) {
            const history = c
              .list("replicasets", "prod")
              .map((rs) => `${rs.metadata.annotations?.["deployment.kubernetes.io/revision"]}:${rs.spec.template.spec.containers[0].image}`)
              .sort();
            return history.includes("1:nginx:1.26") ? pass(`rollout history: ${history.join(", ")}.`) : fail(`expected revision 1 with nginx:1.26 in the rollout history, saw ${history.join(", ") || "none"}`);
          },
        },
      ],
    },
  ],
  docs: [{ title: "Updating a Deployment", url: "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#updating-a-deployment" }],
  wrongSolutions: [{ why: "deletes the deployment and creates it anew, losing the history", script: "kubectl delete deploy web -n prod\nkubectl create deployment web --image=nginx:1.27 --replicas=3 -n prod\nsleep 10", failsCheck: "history-kept" }],
});
