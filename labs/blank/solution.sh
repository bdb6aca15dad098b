kubectl run hello --image=nginx
sleep 5
kubectl get pod hello
