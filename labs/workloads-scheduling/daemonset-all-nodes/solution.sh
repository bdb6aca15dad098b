kubectl -n logging get ds log-agent
kubectl describe node controlplane | grep Taints
kubectl -n logging patch ds log-agent --type=json -p '[{"op":"add","path":"/spec/template/spec/tolerations","value":[{"key":"node-role.kubernetes.io/control-plane","operator":"Exists","effect":"NoSchedule"}]}]'
kubectl -n logging rollout status ds/log-agent
kubectl -n logging get pods -l app=log-agent -o wide
