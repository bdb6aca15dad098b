kubectl label node node02 disktype=ssd
kubectl -n cache patch deployment db-cache -p '{"spec":{"template":{"spec":{"affinity":{"nodeAffinity":{"requiredDuringSchedulingIgnoredDuringExecution":{"nodeSelectorTerms":[{"matchExpressions":[{"key":"disktype","operator":"In","values":["ssd"]}]}]}}}}}}}'
kubectl -n cache rollout status deployment db-cache
sleep 40
kubectl -n cache get pods -o wide
