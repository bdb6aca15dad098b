kubectl -n ops get pods
kubectl -n ops describe pod -l app=ticker
kubectl -n ops logs deploy/ticker -p
kubectl -n ops get deployment ticker -o jsonpath='{.spec.template.spec.containers[0].command}'; echo
kubectl -n ops patch deployment ticker --type=json -p='[{"op":"replace","path":"/spec/template/spec/containers/0/command","value":["sh","-c","echo starting ticker; sleep 3600"]}]'
kubectl -n ops rollout status deployment ticker
kubectl -n ops get pods
kubectl -n ops logs deploy/ticker
