kubectl get pv
kubectl get pv archive-pv -o jsonpath='{.spec.claimRef}'; echo
kubectl patch pv archive-pv --type json -p '[{"op":"remove","path":"/spec/claimRef"}]'
kubectl get pv archive-pv
cat > /tmp/archive.yaml <<'YAML'
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: archive
  namespace: reports
spec:
  accessModes:
  - ReadWriteOnce
  storageClassName: manual
  volumeName: archive-pv
  resources:
    requests:
      storage: 1Gi
YAML
kubectl apply -f /tmp/archive.yaml
kubectl patch pv scratch-pv -p '{"spec":{"persistentVolumeReclaimPolicy":"Retain"}}'
sleep 5
kubectl get pv
kubectl get pvc -n reports
