ssh node01 cat /var/lib/kubelet/kubeadm-flags.env
ssh node01 ls /etc/cni/net.d
ssh node01 grep type /etc/cni/net.d/10-calico.conflist
mkdir -p /opt/course/5
echo unix:///var/run/containerd/containerd.sock > /opt/course/5/cri.txt
echo calico > /opt/course/5/cni.txt
