kubectl get pods -A
mkdir -p /opt/course/2
kubectl get pods -A --field-selector=status.phase!=Running -o jsonpath='{range .items[*]}{.metadata.namespace}/{.metadata.name}{"\n"}{end}' > /opt/course/2/broken.txt
cat /opt/course/2/broken.txt
kubectl -n web set image deployment/legacy ngnix=nginx:1.27-alpine
sleep 20
kubectl -n web get deploy legacy
