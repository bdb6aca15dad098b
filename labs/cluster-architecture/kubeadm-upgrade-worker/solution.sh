kubectl get nodes
kubectl cordon cluster1-node1
ssh cluster1-node1
apt-mark unhold kubeadm kubelet kubectl
apt-get update
apt-get install -y kubeadm=1.32.6-1.1
kubeadm upgrade node
apt-get install -y kubelet=1.32.6-1.1 kubectl=1.32.6-1.1
apt-mark hold kubeadm kubelet kubectl
systemctl daemon-reload
systemctl restart kubelet
exit
kubectl uncordon cluster1-node1
sleep 10
kubectl get nodes
