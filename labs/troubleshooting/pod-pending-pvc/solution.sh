kubectl get pods -n billing
kubectl describe pod -n billing -l app=invoice | tail -4
kubectl get pvc -n billing
kubectl describe pvc invoice-data -n billing | tail -4
kubectl get pv invoice-pv
kubectl get sc
kubectl get pvc invoice-data -n billing -o yaml > /tmp/pvc.yaml
kubectl delete pvc invoice-data -n billing
cat > /tmp/pvc.yaml <<'YAML'
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: invoice-data
  namespace: billing
spec:
  accessModes:
  - ReadWriteOnce
  storageClassName: manual
  volumeName: invoice-pv
  resources:
    requests:
      storage: 5Gi
YAML
kubectl apply -f /tmp/pvc.yaml
sleep 15
kubectl get pvc,pod -n billing
