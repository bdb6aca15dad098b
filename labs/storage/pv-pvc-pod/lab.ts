import { defineLab } from "../../../lib/labs/define";
import type { CheckView } from "../../../lib/labs/checks";
import { expectSaw, pass, podRunning, sameQuantity } from "../../../lib/labs/checks";

const LEGACY = `apiVersion: v1
kind: PersistentVolume
metadata:
  name: legacy-pv
spec:
  capacity:
    storage: 500Mi
  accessModes:
  - ReadWriteOnce
  storageClassName: manual
  hostPath:
    path: /mnt/legacy
`;

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The pod's volume that mounts claim `task-pvc`, and where its first container mounts it. */
function mountOf(c: CheckView): { volume?: string; path?: string } {
  const pod = c.get("pod", "task-pod", "web");
  const volume = (pod?.spec?.volumes ?? []).find((v: Obj) => v.persistentVolumeClaim?.claimName === "task-pvc")?.name;
  const path = (pod?.spec?.containers ?? []).flatMap((ct: Obj) => ct.volumeMounts ?? []).find((m: Obj) => m.name === volume)?.mountPath;
  return { volume, path };
}

export default defineLab({
  slug: "pv-pvc-pod",
  title: "A hostPath volume for a web pod",
  summary: "Create a PersistentVolume and a claim that binds to it, then mount the claim in a pod.",
  domain: "storage",
  competency: "Manage persistent volumes and persistent volume claims",
  difficulty: "easy",
  minutes: 10,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl create namespace web");
    s.apply(LEGACY);
    s.advance(5_000);
  },
  tasks: [
    {
      id: "volume",
      text: "Create a PersistentVolume `task-pv` with capacity `1Gi`, access mode `ReadWriteOnce`, storage class name `manual` and a `hostPath` at `/mnt/data`.",
      checks: [
        {
          id: "pv-spec",
          title: "PersistentVolume task-pv: 1Gi, ReadWriteOnce, class manual, hostPath /mnt/data",
          points: 2,
          check(c) {
            const pv = c.get("pv", "task-pv");
            if (!pv) return expectSaw("PersistentVolume task-pv", "no such PersistentVolume");
            const spec = pv.spec ?? {};
            if (!sameQuantity(spec.capacity?.storage, "1Gi")) return expectSaw("capacity 1Gi", String(spec.capacity?.storage));
            if (!(spec.accessModes ?? []).includes("ReadWriteOnce")) return expectSaw("access mode ReadWriteOnce", (spec.accessModes ?? []).join(",") || "none");
            if (spec.storageClassName !== "manual") return expectSaw("storageClassName manual", spec.storageClassName ?? "none");
            if (spec.hostPath?.path?.replace(/\/$/, "") !== "/mnt/data") return expectSaw("hostPath /mnt/data", spec.hostPath?.path ?? "no hostPath");
            return pass("task-pv is a 1Gi ReadWriteOnce hostPath volume of class manual.");
          },
        },
      ],
    },
    {
      id: "claim",
      text: "In namespace `web`, create a PersistentVolumeClaim `task-pvc` that requests `500Mi` with access mode `ReadWriteOnce` and storage class `manual`. It must be bound to `task-pv` (not to any other volume).",
      checks: [
        {
          id: "pvc-bound",
          title: "Claim web/task-pvc is Bound to task-pv",
          points: 2,
          check(c) {
            const pvc = c.get("pvc", "task-pvc", "web");
            if (!pvc) return expectSaw("PersistentVolumeClaim web/task-pvc", "no such claim");
            if (!sameQuantity(pvc.spec?.resources?.requests?.storage, "500Mi")) return expectSaw("a request of 500Mi", String(pvc.spec?.resources?.requests?.storage));
            if (pvc.status?.phase !== "Bound") return expectSaw("web/task-pvc Bound", `phase ${pvc.status?.phase}`);
            return pvc.spec?.volumeName === "task-pv" ? pass("web/task-pvc is Bound to task-pv.") : expectSaw("web/task-pvc bound to task-pv", `bound to ${pvc.spec?.volumeName}`);
          },
        },
      ],
    },
    {
      id: "pod",
      text: "In namespace `web`, run a pod `task-pod` with image `nginx` that mounts the claim `task-pvc` at `/usr/share/nginx/html`.",
      checks: [
        podRunning({ id: "pod-running", title: "Pod web/task-pod is Running", points: 1 }, "web", "task-pod"),
        {
          id: "pod-mount",
          title: "Pod web/task-pod mounts task-pvc at /usr/share/nginx/html",
          points: 2,
          check(c) {
            const { volume, path } = mountOf(c);
            if (!volume) return expectSaw("a volume of web/task-pod using claim task-pvc", "none");
            return path === "/usr/share/nginx/html" ? pass("task-pvc is mounted at /usr/share/nginx/html.") : expectSaw("mountPath /usr/share/nginx/html", path ?? "the volume not mounted");
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Configure a Pod to Use a PersistentVolume for Storage", url: "https://kubernetes.io/docs/tasks/configure-pod-container/configure-persistent-volume-storage/" },
    { title: "Persistent Volumes", url: "https://kubernetes.io/docs/concepts/storage/persistent-volumes/" },
  ],
  wrongSolutions: [
    {
      why: "creates the claim without naming the volume: it binds to the smaller legacy-pv",
      script: `kubectl apply -f - <<'YAML'
apiVersion: v1
kind: PersistentVolume
metadata:
  name: task-pv
spec:
  capacity:
    storage: 1Gi
  accessModes: [ReadWriteOnce]
  storageClassName: manual
  hostPath:
    path: /mnt/data
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: task-pvc
  namespace: web
spec:
  accessModes: [ReadWriteOnce]
  storageClassName: manual
  resources:
    requests:
      storage: 500Mi
YAML
sleep 5`,
      failsCheck: "pvc-bound",
    },
  ],
});
