apt-mark unhold kubeadm
apt-get update
apt-cache madison kubeadm
apt-get install -y kubeadm=1.32.6-1.1
apt-mark hold kubeadm
kubeadm version -o short
kubeadm upgrade plan
kubeadm upgrade apply v1.32.6 -y
kubectl cordon controlplane
apt-mark unhold kubelet kubectl
apt-get install -y kubelet=1.32.6-1.1 kubectl=1.32.6-1.1
apt-mark hold kubelet kubectl
systemctl daemon-reload
systemctl restart kubelet
kubectl uncordon controlplane
sleep 10
kubectl get nodes
