kubectl describe node node02 | grep -i taint
cat > trainer.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: trainer
spec:
  nodeSelector:
    accelerator: gpu
  tolerations:
  - key: dedicated
    operator: Equal
    value: gpu
    effect: NoSchedule
  containers:
  - name: trainer
    image: busybox:1.36
    command: ["sleep", "3600"]
YAML
kubectl apply -f trainer.yaml
sleep 10
kubectl get pod trainer -o wide
