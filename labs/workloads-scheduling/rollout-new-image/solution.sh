kubectl get deploy web -n prod -o yaml > web.yaml
sed -i "s/nginx:1.26/nginx:1.27/" web.yaml
kubectl apply -f web.yaml
sleep 30
kubectl get rs -n prod
