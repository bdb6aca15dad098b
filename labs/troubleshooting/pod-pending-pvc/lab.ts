import { defineLab } from "../../../lib/labs/define";
import { deploymentReady, expectSaw, pass, sameQuantity } from "../../../lib/labs/checks";

const SETUP = `apiVersion: v1
kind: Namespace
metadata:
  name: billing
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: invoice-pv
spec:
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  storageClassName: manual
  hostPath:
    path: /srv/invoices
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: invoice-data
  namespace: billing
spec:
  accessModes: [ReadWriteOnce]
  storageClassName: fast
  resources:
    requests:
      storage: 10Gi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: invoice
  namespace: billing
spec:
  replicas: 1
  selector:
    matchLabels:
      app: invoice
  template:
    metadata:
      labels:
        app: invoice
    spec:
      containers:
      - name: app
        image: nginx:1.27
        volumeMounts:
        - name: data
          mountPath: /usr/share/nginx/html
      volumes:
      - name: data
        persistentVolumeClaim:
          claimName: invoice-data
`;

export default defineLab({
  slug: "pod-pending-pvc",
  title: "A pod waiting for its claim",
  summary: "A Deployment's pod stays Pending because its PersistentVolumeClaim cannot bind. Find out why and fix the claim.",
  domain: "troubleshooting",
  competency: "Troubleshoot clusters and nodes",
  difficulty: "medium",
  minutes: 10,
  curriculumVersion: "1.32",
  setup(s) {
    s.apply(SETUP);
    s.advance(10_000);
  },
  capture: { pvUid: (c) => c.get("pv", "invoice-pv")?.metadata.uid },
  tasks: [
    {
      id: "bind",
      text: "The pod of Deployment `invoice` in namespace `billing` is `Pending`. Its data was prepared on PersistentVolume `invoice-pv` (`5Gi`, class `manual`). Fix the claim `invoice-data` so that it binds to `invoice-pv` and the Deployment's pod runs. Do not change `invoice-pv` or the Deployment.",
      checks: [
        {
          id: "claim-bound",
          title: "Claim billing/invoice-data is Bound to invoice-pv",
          points: 2,
          check(c) {
            const pvc = c.get("pvc", "invoice-data", "billing");
            if (!pvc) return expectSaw("PersistentVolumeClaim billing/invoice-data", "no such claim");
            if (pvc.status?.phase !== "Bound") return expectSaw("billing/invoice-data Bound", `phase ${pvc.status?.phase}${pvc.metadata.deletionTimestamp ? " (Terminating)" : ""}`);
            return pvc.spec?.volumeName === "invoice-pv" ? pass("invoice-data is bound to invoice-pv.") : expectSaw("billing/invoice-data bound to invoice-pv", `bound to ${pvc.spec?.volumeName}`);
          },
        },
        {
          id: "pv-unchanged",
          title: "invoice-pv is the original 5Gi volume of class manual",
          points: 1,
          check(c) {
            const pv = c.get("pv", "invoice-pv");
            if (!pv || pv.metadata.uid !== c.captured("pvUid")) return expectSaw("the original invoice-pv", pv ? "a recreated invoice-pv" : "no invoice-pv");
            if (!sameQuantity(pv.spec?.capacity?.storage, "5Gi") || pv.spec?.storageClassName !== "manual") return expectSaw("5Gi of class manual", `${pv.spec?.capacity?.storage} of class ${pv.spec?.storageClassName ?? "none"}`);
            return pass("invoice-pv is unchanged.");
          },
        },
        deploymentReady({ id: "invoice-ready", title: "Deployment billing/invoice has 1/1 ready", points: 2 }, "billing", "invoice", 1),
      ],
    },
  ],
  docs: [
    { title: "Persistent Volumes: Binding", url: "https://kubernetes.io/docs/concepts/storage/persistent-volumes/#binding" },
    { title: "Debug Pods", url: "https://kubernetes.io/docs/tasks/debug/debug-application/debug-pods/" },
  ],
  wrongSolutions: [
    {
      why: "creates the missing StorageClass: the claim still asks for more than the volume has",
      script: `kubectl apply -f - <<'YAML'
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast
provisioner: kubernetes.io/no-provisioner
YAML
sleep 10`,
      failsCheck: "claim-bound",
    },
    {
      why: "recreates the claim with the right class but still asking for 10Gi",
      script: `kubectl get pvc invoice-data -n billing -o yaml > /tmp/pvc.yaml
sed -i 's/storageClassName: fast/storageClassName: manual/' /tmp/pvc.yaml
kubectl delete pvc invoice-data -n billing
kubectl apply -f /tmp/pvc.yaml
sleep 10`,
      failsCheck: "claim-bound",
    },
  ],
});
