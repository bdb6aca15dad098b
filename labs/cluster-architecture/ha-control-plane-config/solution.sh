cat /root/README-ha.txt
cat > /root/kubeadm-ha.yaml <<EOF
apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
kubernetesVersion: v1.32.5
controlPlaneEndpoint: "k8s-api.lab.internal:6443"
networking:
  podSubnet: 192.168.0.0/16
etcd:
  local:
    dataDir: /var/lib/etcd
EOF
echo "kubeadm init --config /root/kubeadm-ha.yaml --upload-certs" > /root/init.sh
