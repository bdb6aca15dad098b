import { defineLab } from "../../../lib/labs/define";
import { expectSaw, pass, podRunning } from "../../../lib/labs/checks";

const SETUP = `apiVersion: v1
kind: Namespace
metadata:
  name: local-path-storage
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: local-path-provisioner
  namespace: local-path-storage
spec:
  replicas: 1
  selector:
    matchLabels:
      app: local-path-provisioner
  template:
    metadata:
      labels:
        app: local-path-provisioner
    spec:
      containers:
      - name: local-path-provisioner
        image: rancher/local-path-provisioner:v0.0.30
        command: ["local-path-provisioner", "--debug", "start", "--config", "/etc/config/config.json"]
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard
  annotations:
    storageclass.kubernetes.io/is-default-class: "true"
provisioner: kubernetes.io/no-provisioner
volumeBindingMode: WaitForFirstConsumer
---
apiVersion: v1
kind: Namespace
metadata:
  name: shop
`;

const DEFAULT = "storageclass.kubernetes.io/is-default-class";
type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export default defineLab({
  slug: "dynamic-storageclass",
  title: "A default StorageClass that provisions on demand",
  summary: "Add a local-path StorageClass, make it the default, and let a claim get its volume when a pod needs it.",
  domain: "storage",
  competency: "Implement storage classes and dynamic volume provisioning",
  difficulty: "medium",
  minutes: 12,
  curriculumVersion: "1.32",
  setup(s) {
    s.apply(SETUP);
    s.advance(10_000);
  },
  tasks: [
    {
      id: "class",
      text: "The local-path provisioner (`rancher.io/local-path`) runs in namespace `local-path-storage`. Create a StorageClass `fast-local` that uses it, with `volumeBindingMode: WaitForFirstConsumer` and `reclaimPolicy: Retain`, and make `fast-local` the cluster's only default StorageClass.",
      checks: [
        {
          id: "class-spec",
          title: "StorageClass fast-local: rancher.io/local-path, WaitForFirstConsumer, Retain",
          points: 2,
          check(c) {
            const sc = c.get("storageclass", "fast-local");
            if (!sc) return expectSaw("StorageClass fast-local", "no such StorageClass");
            if (sc.provisioner !== "rancher.io/local-path") return expectSaw("provisioner rancher.io/local-path", String(sc.provisioner));
            if (sc.volumeBindingMode !== "WaitForFirstConsumer") return expectSaw("volumeBindingMode WaitForFirstConsumer", String(sc.volumeBindingMode));
            if (sc.reclaimPolicy !== "Retain") return expectSaw("reclaimPolicy Retain", String(sc.reclaimPolicy));
            return pass("fast-local provisions with local-path on first consumer and retains volumes.");
          },
        },
        {
          id: "only-default",
          title: "fast-local is the only default StorageClass",
          points: 2,
          check(c) {
            const defaults = c.list("storageclass").filter((sc) => sc.metadata.annotations?.[DEFAULT] === "true").map((sc) => sc.metadata.name!);
            return defaults.length === 1 && defaults[0] === "fast-local" ? pass("fast-local is the only default class.") : expectSaw("only fast-local marked default", defaults.length ? defaults.join(", ") : "no default class");
          },
        },
      ],
    },
    {
      id: "claim",
      text: "In namespace `shop`, create a PersistentVolumeClaim `cart-data` that requests `2Gi` with access mode `ReadWriteOnce` **without naming a storage class**, and a pod `cart` (image `redis:7`) that mounts it at `/data`. The claim must be bound to a volume provisioned by `rancher.io/local-path`.",
      checks: [
        {
          id: "claim-class",
          title: "Claim shop/cart-data got the default class fast-local",
          points: 1,
          check(c) {
            const pvc = c.get("pvc", "cart-data", "shop");
            if (!pvc) return expectSaw("PersistentVolumeClaim shop/cart-data", "no such claim");
            return pvc.spec?.storageClassName === "fast-local" ? pass("cart-data uses fast-local.") : expectSaw("storageClassName fast-local", pvc.spec?.storageClassName ?? "none");
          },
        },
        {
          id: "claim-provisioned",
          title: "Claim shop/cart-data is Bound to a local-path volume",
          points: 2,
          check(c) {
            const pvc = c.get("pvc", "cart-data", "shop");
            if (pvc?.status?.phase !== "Bound") return expectSaw("shop/cart-data Bound", pvc ? `phase ${pvc.status?.phase}` : "no such claim");
            const pv = c.get("pv", pvc.spec.volumeName);
            const by = pv?.metadata.annotations?.["pv.kubernetes.io/provisioned-by"];
            return by === "rancher.io/local-path" ? pass(`cart-data is bound to ${pv!.metadata.name}, provisioned by local-path.`) : expectSaw("a volume provisioned by rancher.io/local-path", by ? `provisioned by ${by}` : "a volume nobody provisioned");
          },
        },
        podRunning({ id: "cart-running", title: "Pod shop/cart is Running", points: 1 }, "shop", "cart"),
        {
          id: "cart-mount",
          title: "Pod shop/cart mounts cart-data at /data",
          points: 1,
          check(c) {
            const pod = c.get("pod", "cart", "shop");
            const vol = (pod?.spec?.volumes ?? []).find((v: Obj) => v.persistentVolumeClaim?.claimName === "cart-data")?.name;
            const path = (pod?.spec?.containers ?? []).flatMap((ct: Obj) => ct.volumeMounts ?? []).find((m: Obj) => m.name === vol)?.mountPath;
            return vol && path === "/data" ? pass("cart-data is mounted at /data.") : expectSaw("claim cart-data mounted at /data", vol ? `mounted at ${path ?? "nowhere"}` : "no volume for cart-data");
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Storage Classes", url: "https://kubernetes.io/docs/concepts/storage/storage-classes/" },
    { title: "Change the default StorageClass", url: "https://kubernetes.io/docs/tasks/administer-cluster/change-default-storage-class/" },
    { title: "Dynamic Volume Provisioning", url: "https://kubernetes.io/docs/concepts/storage/dynamic-provisioning/" },
  ],
  wrongSolutions: [
    {
      why: "creates the claim before changing the default: it keeps class standard, which never provisions",
      script: `kubectl apply -f - <<'YAML'
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: cart-data
  namespace: shop
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 2Gi
YAML
kubectl apply -f - <<'YAML'
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast-local
  annotations:
    storageclass.kubernetes.io/is-default-class: "true"
provisioner: rancher.io/local-path
volumeBindingMode: WaitForFirstConsumer
reclaimPolicy: Retain
YAML
kubectl annotate sc standard storageclass.kubernetes.io/is-default-class=false --overwrite
kubectl apply -f - <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: cart
  namespace: shop
spec:
  containers:
  - name: redis
    image: redis:7
    volumeMounts:
    - {name: data, mountPath: /data}
  volumes:
  - name: data
    persistentVolumeClaim:
      claimName: cart-data
YAML
sleep 10
kubectl describe pod cart -n shop`,
      failsCheck: "claim-provisioned",
    },
  ],
});
