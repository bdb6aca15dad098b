kubectl get sc
kubectl get pods -n local-path-storage
kubectl annotate storageclass standard storageclass.kubernetes.io/is-default-class=false --overwrite
cat > /tmp/sc.yaml <<'YAML'
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
kubectl apply -f /tmp/sc.yaml
kubectl get sc
cat > /tmp/cart.yaml <<'YAML'
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: cart-data
  namespace: shop
spec:
  accessModes:
  - ReadWriteOnce
  resources:
    requests:
      storage: 2Gi
---
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
    - name: data
      mountPath: /data
  volumes:
  - name: data
    persistentVolumeClaim:
      claimName: cart-data
YAML
kubectl apply -f /tmp/cart.yaml
kubectl get pvc -n shop
sleep 10
kubectl get pvc,pod -n shop
kubectl get pv
