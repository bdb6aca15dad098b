kubectl config get-contexts
kubectl config use-context k8s-c1
kubectl scale deployment web --replicas=3
kubectl config use-context k8s-c2
kubectl get nodes
ssh cluster2-node2
systemctl status kubelet
systemctl enable --now kubelet
exit
sleep 20
kubectl get nodes
kubectl --context k8s-c1 get deploy web
