kubectl -n team get pod web -o wide
mkdir -p /opt/course/9
kubectl -n team get pod web -o jsonpath='{.status.podIP}' > /opt/course/9/web-ip.txt
kubectl -n team expose pod web --port=8080 --target-port=80
sleep 5
kubectl -n team exec client -- wget -qO- http://web.team.svc.cluster.local:8080
