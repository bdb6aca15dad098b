etcdutl snapshot status /opt/backup/etcd-snapshot.db -w table
etcdutl snapshot restore /opt/backup/etcd-snapshot.db --data-dir /var/lib/etcd-from-backup
sed -i 's#path: /var/lib/etcd$#path: /var/lib/etcd-from-backup#' /etc/kubernetes/manifests/etcd.yaml
sleep 30
kubectl -n payments get configmap settings
