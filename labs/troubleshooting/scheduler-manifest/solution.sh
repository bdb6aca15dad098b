kubectl get pods -n ops
kubectl get pods -n kube-system
grep -A2 command: /etc/kubernetes/manifests/kube-scheduler.yaml
sed -i "s/kube-schedulerr/kube-scheduler/" /etc/kubernetes/manifests/kube-scheduler.yaml
sleep 10
kubectl get pods -n ops
