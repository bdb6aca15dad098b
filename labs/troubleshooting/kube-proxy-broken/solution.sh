kubectl -n shop get pods,svc,endpoints
kubectl -n kube-system get pods -o wide
kubectl -n kube-system describe daemonset kube-proxy
kubectl -n kube-system get daemonset kube-proxy -o jsonpath='{.spec.template.spec.containers[0].image}'
kubectl -n kube-system set image daemonset/kube-proxy kube-proxy=registry.k8s.io/kube-proxy:v1.32.5
kubectl -n kube-system rollout status daemonset/kube-proxy
sleep 30
kubectl -n kube-system get pods -l k8s-app=kube-proxy
kubectl -n shop exec client -- wget -qO- -T 5 web
