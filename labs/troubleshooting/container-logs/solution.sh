kubectl -n finance get pods
kubectl -n finance logs deploy/billing
mkdir -p /opt/course/4
kubectl -n finance logs deploy/billing | grep ERROR > /opt/course/4/billing-error.txt
cat /opt/course/4/billing-error.txt
kubectl -n finance set env deploy/billing DB_HOST=postgres.finance.svc.cluster.local
sleep 30
kubectl -n finance get pods
