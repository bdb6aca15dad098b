kubectl -n logging logs app
kubectl -n logging exec app -- tail -n 2 /var/log/app/orders.log
kubectl -n logging delete pod app --now
cat > /root/app.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: app
  namespace: logging
  labels:
    app: orders
spec:
  initContainers:
  - name: log-shipper
    image: busybox:1.36
    restartPolicy: Always
    command: ["sh", "-c", "tail -F /var/log/app/orders.log"]
    volumeMounts:
    - name: logs
      mountPath: /var/log/app
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "while true; do echo \"$(date) order processed\" >> /var/log/app/orders.log; sleep 5; done"]
    volumeMounts:
    - name: logs
      mountPath: /var/log/app
  volumes:
  - name: logs
    emptyDir: {}
YAML
kubectl apply -f /root/app.yaml
sleep 20
kubectl -n logging get pod app
kubectl -n logging logs app -c log-shipper --tail=3
