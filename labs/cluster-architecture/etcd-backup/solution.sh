kubectl config use-context k8s-c2
ssh cluster2-controlplane
cat /etc/kubernetes/manifests/etcd.yaml | grep -e --listen-client-urls -e --cert-file -e --key-file -e --trusted-ca-file
ETCDCTL_API=3 etcdctl --endpoints=https://127.0.0.1:2379 --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key snapshot save /opt/etcd-backup.db
etcdutl snapshot status /opt/etcd-backup.db -w table
exit
