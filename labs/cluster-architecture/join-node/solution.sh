kubectl get nodes
kubeadm token create --print-join-command > /root/join.sh
cat /root/join.sh
ssh cluster1-node2 "$(cat /root/join.sh)"
sleep 10
kubectl get nodes
