cat /etc/apt/sources.list.d/kubernetes.list
sed -i 's#/v1.32/#/v1.33/#' /etc/apt/sources.list.d/kubernetes.list
apt-get update
apt-cache madison kubeadm
apt-mark unhold kubeadm kubelet kubectl
apt-get install -y kubeadm=1.33.3-1.1
kubeadm upgrade plan
kubeadm upgrade apply v1.33.3 -y
kubectl cordon controlplane
apt-get install -y kubelet=1.33.3-1.1 kubectl=1.33.3-1.1
apt-mark hold kubeadm kubelet kubectl
systemctl daemon-reload
systemctl restart kubelet
kubectl uncordon controlplane
sleep 10
kubectl get nodes
