ssh node01 grep staticPodPath /var/lib/kubelet/config.yaml
ssh node01 'cat > /etc/kubernetes/manifests/audit.yaml' <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: audit
spec:
  containers:
  - name: audit
    image: busybox:1.36
    command: ["sleep", "3600"]
YAML
sleep 5
kubectl get pods -o wide
