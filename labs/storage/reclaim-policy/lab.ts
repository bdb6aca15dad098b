import { defineLab } from "../../../lib/labs/define";
import { expectSaw, pass } from "../../../lib/labs/checks";

const SETUP = `apiVersion: v1
kind: Namespace
metadata:
  name: reports
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: archive-pv
spec:
  capacity:
    storage: 1Gi
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  storageClassName: manual
  hostPath:
    path: /mnt/archive
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: scratch-pv
spec:
  capacity:
    storage: 2Gi
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Delete
  storageClassName: manual
  hostPath:
    path: /mnt/scratch
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: q3-reports
  namespace: reports
spec:
  accessModes: [ReadWriteOnce]
  storageClassName: manual
  volumeName: archive-pv
  resources:
    requests:
      storage: 1Gi
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: scratch
  namespace: reports
spec:
  accessModes: [ReadWriteOnce]
  storageClassName: manual
  volumeName: scratch-pv
  resources:
    requests:
      storage: 2Gi
`;

export default defineLab({
  slug: "reclaim-policy",
  title: "Reuse a Released volume, protect another",
  summary: "Bring a Retained volume back into use after its claim was deleted, and switch a volume from Delete to Retain.",
  domain: "storage",
  competency: "Configure volume types, access modes and reclaim policies",
  difficulty: "medium",
  minutes: 10,
  curriculumVersion: "1.32",
  setup(s) {
    s.apply(SETUP);
    s.advance(5_000);
    s.run("kubectl delete pvc q3-reports -n reports");
    s.advance(5_000);
  },
  capture: { archiveUid: (c) => c.get("pv", "archive-pv")?.metadata.uid },
  tasks: [
    {
      id: "reuse",
      text: "PersistentVolume `archive-pv` still holds last quarter's reports, but its claim was deleted and it is now `Released`. Without deleting or recreating the volume, bind it to a new claim `archive` in namespace `reports` (`1Gi`, `ReadWriteOnce`, storage class `manual`).",
      checks: [
        {
          id: "same-volume",
          title: "archive-pv is the original volume (not recreated)",
          points: 1,
          check(c) {
            const pv = c.get("pv", "archive-pv");
            return pv && pv.metadata.uid === c.captured("archiveUid") ? pass("archive-pv is the original volume.") : expectSaw("the original archive-pv", pv ? "a recreated archive-pv" : "no archive-pv");
          },
        },
        {
          id: "archive-bound",
          title: "Claim reports/archive is Bound to archive-pv",
          points: 2,
          check(c) {
            const pvc = c.get("pvc", "archive", "reports");
            if (!pvc) return expectSaw("PersistentVolumeClaim reports/archive", "no such claim");
            if (pvc.status?.phase !== "Bound") return expectSaw("reports/archive Bound", `phase ${pvc.status?.phase}`);
            return pvc.spec?.volumeName === "archive-pv" ? pass("reports/archive is bound to archive-pv.") : expectSaw("reports/archive bound to archive-pv", `bound to ${pvc.spec?.volumeName}`);
          },
        },
      ],
    },
    {
      id: "retain",
      text: "PersistentVolume `scratch-pv` has reclaim policy `Delete`. Change it to `Retain`, keeping it bound to claim `reports/scratch`.",
      checks: [
        {
          id: "scratch-retain",
          title: "scratch-pv has reclaim policy Retain and stays bound to reports/scratch",
          points: 2,
          check(c) {
            const pv = c.get("pv", "scratch-pv");
            if (!pv) return expectSaw("PersistentVolume scratch-pv", "no such volume");
            if (pv.spec?.persistentVolumeReclaimPolicy !== "Retain") return expectSaw("reclaim policy Retain", String(pv.spec?.persistentVolumeReclaimPolicy));
            const ref = pv.spec?.claimRef;
            return pv.status?.phase === "Bound" && ref?.namespace === "reports" && ref?.name === "scratch" ? pass("scratch-pv is Retain and bound to reports/scratch.") : expectSaw("scratch-pv Bound to reports/scratch", `${pv.status?.phase}${ref ? ` to ${ref.namespace}/${ref.name}` : ""}`);
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Persistent Volumes: Reclaiming", url: "https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reclaiming" },
    { title: "Change the Reclaim Policy of a PersistentVolume", url: "https://kubernetes.io/docs/tasks/administer-cluster/change-pv-reclaim-policy/" },
  ],
  wrongSolutions: [
    {
      why: "creates the new claim without clearing the old claimRef: the Released volume never binds",
      script: `kubectl apply -f - <<'YAML'
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: archive
  namespace: reports
spec:
  accessModes: [ReadWriteOnce]
  storageClassName: manual
  volumeName: archive-pv
  resources:
    requests:
      storage: 1Gi
YAML
sleep 5`,
      failsCheck: "archive-bound",
    },
    {
      why: "deletes and recreates the volume instead of reusing it",
      script: `kubectl get pv archive-pv -o yaml > /tmp/pv.yaml
kubectl delete pv archive-pv
sleep 3
kubectl apply -f - <<'YAML'
apiVersion: v1
kind: PersistentVolume
metadata:
  name: archive-pv
spec:
  capacity:
    storage: 1Gi
  accessModes: [ReadWriteOnce]
  storageClassName: manual
  hostPath:
    path: /mnt/archive
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: archive
  namespace: reports
spec:
  accessModes: [ReadWriteOnce]
  storageClassName: manual
  volumeName: archive-pv
  resources:
    requests:
      storage: 1Gi
YAML
sleep 5`,
      failsCheck: "same-volume",
    },
  ],
  otherSolutions: [
    {
      why: "edits the claimRef away with a merge patch and lets a plain claim bind",
      script: `kubectl patch pv archive-pv --type merge -p '{"spec":{"claimRef":null}}'
kubectl patch pv scratch-pv --type merge -p '{"spec":{"persistentVolumeReclaimPolicy":"Retain"}}'
kubectl apply -f - <<'YAML'
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: archive
  namespace: reports
spec:
  accessModes: [ReadWriteOnce]
  storageClassName: manual
  resources:
    requests:
      storage: 1Gi
YAML
sleep 5`,
    },
  ],
});
