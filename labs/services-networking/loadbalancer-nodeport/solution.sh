kubectl -n shop expose deployment storefront --name=storefront-lb --type=LoadBalancer --port=80 --target-port=80
sleep 5
kubectl -n shop get svc storefront-lb
mkdir -p /opt/course/7
kubectl -n shop get svc storefront-lb -o jsonpath='{.spec.ports[0].nodePort}' > /opt/course/7/nodeport.txt
cat /opt/course/7/nodeport.txt
