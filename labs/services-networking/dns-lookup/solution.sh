kubectl run dnsutil --image=busybox:1.36 -- sleep 3600
sleep 10
mkdir -p /opt/dns
kubectl exec dnsutil -- nslookup web.dns-lab.svc.cluster.local > /opt/dns/svc.txt
cat /opt/dns/svc.txt
kubectl -n dns-lab get pod db -o wide
IP=$(kubectl -n dns-lab get pod db -o jsonpath='{.status.podIP}')
kubectl exec dnsutil -- nslookup $(echo $IP | tr . -).dns-lab.pod.cluster.local > /opt/dns/pod.txt
cat /opt/dns/pod.txt
