import { defineLab } from "../../../lib/labs/define";
import { expectSaw, pass, sameQuantity } from "../../../lib/labs/checks";

const SETUP = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: csi-hostpathplugin
  namespace: kube-system
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: csi-hostpathplugin
  template:
    metadata:
      labels:
        app.kubernetes.io/name: csi-hostpathplugin
    spec:
      containers:
      - name: hostpath
        image: registry.k8s.io/sig-storage/hostpathplugin:v1.15.0
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: csi-hostpath-sc
provisioner: hostpath.csi.k8s.io
reclaimPolicy: Delete
volumeBindingMode: Immediate
---
apiVersion: v1
kind: Namespace
metadata:
  name: logs
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: app-logs
  namespace: logs
spec:
  accessModes: [ReadWriteOnce]
  storageClassName: csi-hostpath-sc
  resources:
    requests:
      storage: 1Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: logger
  namespace: logs
spec:
  containers:
  - name: nginx
    image: nginx:1.27
    volumeMounts:
    - name: logs
      mountPath: /var/log/nginx
  volumes:
  - name: logs
    persistentVolumeClaim:
      claimName: app-logs
`;

export default defineLab({
  slug: "expand-pvc",
  title: "Grow a full volume in place",
  summary: "Expand a bound claim to a larger size without losing its volume.",
  domain: "storage",
  competency: "Manage persistent volumes and persistent volume claims",
  difficulty: "medium",
  minutes: 8,
  curriculumVersion: "1.32",
  setup(s) {
    s.apply(SETUP);
    s.advance(15_000);
  },
  capture: { volume: (c) => c.get("pvc", "app-logs", "logs")?.spec?.volumeName },
  tasks: [
    {
      id: "expand",
      text: "Claim `app-logs` in namespace `logs` (used by pod `logger`) is full. Expand it to `3Gi`. Keep the data: the claim must stay bound to the volume it has now.",
      checks: [
        {
          id: "capacity",
          title: "Claim logs/app-logs has a capacity of 3Gi",
          points: 2,
          check(c) {
            const pvc = c.get("pvc", "app-logs", "logs");
            if (!pvc) return expectSaw("PersistentVolumeClaim logs/app-logs", "no such claim");
            const have = pvc.status?.capacity?.storage;
            return sameQuantity(have, "3Gi") ? pass("logs/app-logs now has 3Gi.") : expectSaw("capacity 3Gi", have ? String(have) : "no capacity");
          },
        },
        {
          id: "same-volume",
          title: "Claim logs/app-logs is still bound to its original volume",
          points: 1,
          check(c) {
            const pvc = c.get("pvc", "app-logs", "logs");
            const want = c.captured<string>("volume");
            return pvc?.status?.phase === "Bound" && pvc.spec?.volumeName === want ? pass(`still bound to ${want}.`) : expectSaw(`bound to ${want}`, pvc ? `${pvc.status?.phase} ${pvc.spec?.volumeName ?? ""}`.trim() : "no such claim");
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Expanding Persistent Volumes Claims", url: "https://kubernetes.io/docs/concepts/storage/persistent-volumes/#expanding-persistent-volumes-claims" },
    { title: "Storage Classes: Allow Volume Expansion", url: "https://kubernetes.io/docs/concepts/storage/storage-classes/#allow-volume-expansion" },
  ],
  wrongSolutions: [
    {
      why: "patches the claim while the class does not allow expansion: the API server refuses",
      script: `kubectl patch pvc app-logs -n logs -p '{"spec":{"resources":{"requests":{"storage":"3Gi"}}}}'
sleep 5`,
      failsCheck: "capacity",
    },
  ],
});
