kubectl -n app get pods -o wide
kubectl -n app get configmap frontend-config -o yaml
kubectl -n app create service clusterip backend --tcp=80:80
kubectl -n app get endpoints backend
kubectl -n app patch configmap frontend-config -p '{"data":{"BACKEND_URL":"http://backend.app.svc.cluster.local"}}'
