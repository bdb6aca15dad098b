kubectl get pv
cat > /tmp/pv.yaml <<'YAML'
apiVersion: v1
kind: PersistentVolume
metadata:
  name: task-pv
spec:
  capacity:
    storage: 1Gi
  accessModes:
  - ReadWriteOnce
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
  accessModes:
  - ReadWriteOnce
  storageClassName: manual
  volumeName: task-pv
  resources:
    requests:
      storage: 500Mi
---
apiVersion: v1
kind: Pod
metadata:
  name: task-pod
  namespace: web
spec:
  containers:
  - name: nginx
    image: nginx
    volumeMounts:
    - name: html
      mountPath: /usr/share/nginx/html
  volumes:
  - name: html
    persistentVolumeClaim:
      claimName: task-pvc
YAML
kubectl apply -f /tmp/pv.yaml
sleep 10
kubectl get pv,pvc -n web
kubectl get pod task-pod -n web
