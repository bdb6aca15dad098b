kubectl get ingressclass
kubectl -n shop get svc
kubectl -n shop create ingress shop --class=nginx --annotation=nginx.ingress.kubernetes.io/rewrite-target=/ --rule='shop.example.com/cart*=cart:8080' --rule='shop.example.com/*=home:80'
kubectl -n shop get ingress shop
curl -s -H 'Host: shop.example.com' http://172.30.1.2:30080/cart
curl -s -H 'Host: shop.example.com' http://172.30.1.2:30080/
