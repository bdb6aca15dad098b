kubectl get pods -n shop
kubectl get pod web -n shop -o yaml > web.yaml
sed -i "s/ngnix/nginx/" web.yaml
kubectl delete pod web -n shop --force --grace-period=0
kubectl apply -f web.yaml
sleep 5
kubectl get pods -n shop
