kubectl get gatewayclass
kubectl -n shop get gateway shop-gateway
kubectl -n shop get svc
kubectl apply -f - <<'EOF'
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: shop
  namespace: shop
spec:
  parentRefs:
  - name: shop-gateway
  hostnames:
  - shop.example.com
  rules:
  - matches:
    - path:
        type: PathPrefix
        value: /api
    filters:
    - type: URLRewrite
      urlRewrite:
        path:
          type: ReplacePrefixMatch
          replacePrefixMatch: /
    backendRefs:
    - name: api
      port: 8080
  - backendRefs:
    - name: web
      port: 80
EOF
sleep 5
kubectl -n shop get httproute shop
kubectl -n shop describe httproute shop
curl -s -H 'Host: shop.example.com' http://172.30.1.2:30080/api
curl -s -H 'Host: shop.example.com' http://172.30.1.2:30080/
