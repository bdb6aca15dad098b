cat /opt/course/kustomize/base/kustomization.yaml
mkdir -p /opt/course/kustomize/overlays/prod
cat > /opt/course/kustomize/overlays/prod/kustomization.yaml <<'EOF'
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
- ../../base
namespace: monitoring
images:
- name: nginx
  newTag: "1.27"
replicas:
- name: metrics-gateway
  count: 3
labels:
- pairs:
    env: prod
EOF
kubectl kustomize /opt/course/kustomize/overlays/prod
kubectl apply -k /opt/course/kustomize/overlays/prod
sleep 15
kubectl get deploy,svc -n monitoring --show-labels
