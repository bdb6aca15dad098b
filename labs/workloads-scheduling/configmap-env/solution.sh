kubectl -n billing create configmap app-config --from-literal=LOG_LEVEL=debug
kubectl -n billing get deploy invoices -o jsonpath='{.spec.template.spec.containers[0].env}'
kubectl -n billing patch deployment invoices --type=json -p='[{"op":"replace","path":"/spec/template/spec/containers/0/env","value":[{"name":"LOG_LEVEL","valueFrom":{"configMapKeyRef":{"name":"app-config","key":"LOG_LEVEL"}}}]}]'
sleep 15
kubectl -n billing get deploy invoices -o jsonpath='{.spec.template.spec.containers[0].env}'
kubectl -n billing get deploy invoices
