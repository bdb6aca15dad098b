kubectl -n batch get pods
kubectl -n batch describe pod -l app=report | grep -A3 Events
kubectl describe node node01 | grep -A6 Allocatable
kubectl -n batch set resources deployment report --requests=cpu=250m,memory=256Mi
kubectl -n batch rollout status deployment report
kubectl -n batch get pods -o wide
