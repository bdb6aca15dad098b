kubectl -n net get pods -o wide --show-labels
mkdir -p /opt/course/pod-to-pod
kubectl -n net get pod backend -o jsonpath='{.status.podIP}' > /opt/course/pod-to-pod/backend-ip.txt
cat /opt/course/pod-to-pod/backend-ip.txt
kubectl -n net exec frontend -- wget -qO- -T 5 http://$(cat /opt/course/pod-to-pod/backend-ip.txt)/
kubectl -n net describe networkpolicy backend-ingress
kubectl -n net patch networkpolicy backend-ingress --type=json -p='[{"op":"replace","path":"/spec/ingress/0/from/0/podSelector/matchLabels","value":{"app":"frontend"}}]'
kubectl -n net exec frontend -- wget -qO- -T 5 http://$(cat /opt/course/pod-to-pod/backend-ip.txt)/ > /opt/course/pod-to-pod/response.html
kubectl -n net exec other -- wget -qO- -T 5 http://$(cat /opt/course/pod-to-pod/backend-ip.txt)/
head -4 /opt/course/pod-to-pod/response.html
