kubeadm certs check-expiration
kubeadm certs renew all
kubeadm certs check-expiration | grep '^apiserver ' | cut -c28-49 > /opt/apiserver-expiry.txt
cat /opt/apiserver-expiry.txt
