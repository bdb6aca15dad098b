cat <<EOF | kubectl apply -f -
apiVersion: v1
kind: Service
metadata:
  name: front
  namespace: web
spec:
  type: NodePort
  selector:
    app: front
  ports:
  - port: 80
    targetPort: 80
    nodePort: 30080
EOF
kubectl get svc front -n web
