kubectl -n data get pod cache -o wide
kubectl -n data get pod cache -o jsonpath='{.spec.nodeSelector}'
kubectl get nodes --show-labels
kubectl label node node02 disktype=ssd
sleep 10
kubectl -n data get pod cache -o wide
