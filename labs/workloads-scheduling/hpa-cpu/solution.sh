kubectl -n shop get deploy checkout
kubectl -n shop set resources deployment checkout -c worker --requests=cpu=100m --limits=cpu=200m
kubectl -n shop rollout status deployment checkout
kubectl -n shop autoscale deployment checkout --name=checkout --min=2 --max=5 --cpu-percent=60
sleep 60
kubectl -n shop get hpa checkout
kubectl -n shop describe hpa checkout
