kubectl get deploy cart -n shop -o yaml > cart.yaml
sed -i "s/replicas: 1$/replicas: 4/" cart.yaml
kubectl apply -f cart.yaml
sleep 10
kubectl get deploy cart -n shop
mkdir -p /opt/course
kubectl get pods -n shop -l app=cart -o jsonpath='{range .items[*]}{.metadata.name}{"\n"}{end}' > /opt/course/cart-pods.txt
cat /opt/course/cart-pods.txt
