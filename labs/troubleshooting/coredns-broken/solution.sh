kubectl exec probe -- cat /etc/resolv.conf
kubectl -n kube-system get deploy,pods -l k8s-app=kube-dns
kubectl -n kube-system get configmap coredns -o yaml
kubectl -n kube-system get configmap coredns -o yaml | sed 's/kubernetse cluster.local/kubernetes cluster.local/' | kubectl replace -f -
kubectl -n kube-system scale deployment coredns --replicas=2
sleep 15
kubectl -n kube-system get pods -l k8s-app=kube-dns
kubectl exec probe -- nslookup kubernetes.default.svc.cluster.local
