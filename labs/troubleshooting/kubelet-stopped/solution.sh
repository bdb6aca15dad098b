kubectl get nodes
ssh node01 systemctl status kubelet
ssh node01 systemctl enable --now kubelet
sleep 5
kubectl get nodes
