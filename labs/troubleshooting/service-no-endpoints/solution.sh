kubectl get endpoints api -n shop
kubectl get svc api -n shop -o yaml > svc.yaml
sed -i "s/app: apii/app: api/" svc.yaml
kubectl apply -f svc.yaml
sleep 2
kubectl get endpoints api -n shop
