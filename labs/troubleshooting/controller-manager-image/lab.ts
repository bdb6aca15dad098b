import YAML from "yaml";
import { defineLab } from "../../../lib/labs/define";
import { deploymentReady, expectSaw, pass } from "../../../lib/labs/checks";

const MANIFEST = "/etc/kubernetes/manifests/kube-controller-manager.yaml";

export default defineLab({
  slug: "controller-manager-image",
  title: "A Deployment that makes no pods",
  summary: "A new Deployment shows 0/2 and has no ReplicaSet. Find the control-plane component that is down.",
  domain: "troubleshooting",
  competency: "Troubleshoot cluster components",
  difficulty: "medium",
  minutes: 10,
  curriculumVersion: "1.32",
  setup(s) {
    s.editFile("controlplane", MANIFEST, (t) => t.replace("image: registry.k8s.io/kube-controller-manager:", "image: k8s.gcr.io/kube-controller-manager:"));
    s.run("kubectl create deployment shop --image=nginx:1.27 --replicas=2");
    s.advance(20_000);
  },
  tasks: [
    {
      id: "controllers",
      text: "Deployment `shop` in namespace `default` was created minutes ago but has no pods: `READY 0/2`, and not even a ReplicaSet. Repair the broken control-plane component on `controlplane` (do not recreate the Deployment) so that `shop` runs 2 ready pods.",
      checks: [
        {
          id: "kcm-manifest",
          title: "kube-controller-manager static pod uses the right image",
          points: 1,
          check(c) {
            const text = c.file("controlplane", MANIFEST);
            if (!text) return expectSaw(MANIFEST, "no such file");
            let image: string | undefined;
            try {
              image = YAML.parse(text)?.spec?.containers?.[0]?.image;
            } catch {
              return expectSaw(`${MANIFEST} to be valid YAML`, "a file that does not parse");
            }
            return /^registry\.k8s\.io\/kube-controller-manager:v1\.32\.\d+$/.test(image ?? "") ? pass(`the controller manager runs ${image}.`) : expectSaw("image registry.k8s.io/kube-controller-manager:v1.32.x", image ?? "no image");
          },
        },
        deploymentReady({ id: "shop-ready", title: "Deployment default/shop has 2 ready pods", points: 2 }, "default", "shop", 2),
      ],
    },
  ],
  docs: [
    { title: "Troubleshooting clusters", url: "https://kubernetes.io/docs/tasks/debug/debug-cluster/" },
    { title: "kube-controller-manager", url: "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/" },
  ],
  wrongSolutions: [{ why: "recreates the Deployment instead of fixing the controller manager", script: "kubectl delete deployment shop\nkubectl create deployment shop --image=nginx:1.27 --replicas=2\nsleep 10", failsCheck: "shop-ready" }],
});
