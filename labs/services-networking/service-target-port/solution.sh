kubectl -n store get svc catalog -o wide
kubectl -n store get endpoints catalog
kubectl -n store get pods -l app=catalog -o wide
kubectl -n store patch svc catalog -p '{"spec":{"ports":[{"name":"http","port":80,"targetPort":80}]}}'
sleep 2
kubectl -n store get endpoints catalog
