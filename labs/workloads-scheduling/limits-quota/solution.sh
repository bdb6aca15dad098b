kubectl get deploy,pods -n team-a
cat > /tmp/limits.yaml <<'YAML'
apiVersion: v1
kind: LimitRange
metadata:
  name: defaults
  namespace: team-a
spec:
  limits:
  - type: Container
    defaultRequest:
      cpu: 100m
      memory: 128Mi
    default:
      cpu: 500m
      memory: 256Mi
YAML
kubectl apply -f /tmp/limits.yaml
kubectl create quota team-quota -n team-a --hard=pods=5,requests.cpu=1,limits.memory=2Gi
kubectl rollout restart deployment api -n team-a
kubectl scale deployment api -n team-a --replicas=4
sleep 20
kubectl get quota -n team-a
kubectl describe ns team-a
kubectl get pods -n team-a
