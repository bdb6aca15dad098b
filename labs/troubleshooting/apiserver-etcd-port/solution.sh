kubectl get nodes
grep etcd-servers /etc/kubernetes/manifests/kube-apiserver.yaml
grep listen-client-urls /etc/kubernetes/manifests/etcd.yaml
sed -i "s#127.0.0.1:2380#127.0.0.1:2379#" /etc/kubernetes/manifests/kube-apiserver.yaml
kubectl get nodes
