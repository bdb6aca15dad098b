kubectl get deploy shop
kubectl -n kube-system get pods
grep image: /etc/kubernetes/manifests/kube-controller-manager.yaml
sed -i 's#k8s.gcr.io/#registry.k8s.io/#' /etc/kubernetes/manifests/kube-controller-manager.yaml
sleep 20
kubectl get deploy shop
