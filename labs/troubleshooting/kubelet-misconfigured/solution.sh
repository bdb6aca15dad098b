kubectl get nodes
ssh node01 systemctl status kubelet
ssh node01 journalctl -u kubelet -n 5 --no-pager
ssh node01 ls /var/lib/kubelet
ssh node01 sed -i 's#/var/lib/kubelet/kubelet-config.yaml#/var/lib/kubelet/config.yaml#' /etc/systemd/system/kubelet.service.d/10-kubeadm.conf
ssh node01 systemctl daemon-reload
ssh node01 systemctl restart kubelet
sleep 10
kubectl get nodes
