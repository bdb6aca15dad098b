cd /root
openssl genrsa -out jane.key 2048
openssl req -new -key jane.key -subj "/CN=jane/O=developers" -out jane.csr
cat <<CSR > jane-csr.yaml
apiVersion: certificates.k8s.io/v1
kind: CertificateSigningRequest
metadata:
  name: jane
spec:
  request: $(base64 -w0 jane.csr)
  signerName: kubernetes.io/kube-apiserver-client
  usages:
  - client auth
CSR
kubectl apply -f jane-csr.yaml
kubectl get csr
kubectl certificate approve jane
kubectl get csr jane
kubectl get csr jane -o jsonpath='{.status.certificate}' | base64 -d > jane.crt
openssl x509 -in jane.crt -noout -subject -dates
kubectl config set-credentials jane --client-certificate=/root/jane.crt --client-key=/root/jane.key --embed-certs=true
kubectl config set-context jane --cluster=kubernetes --user=jane --namespace=development
kubectl create role developer --verb=get,list,create,delete --resource=pods -n development
kubectl create rolebinding developer-jane --role=developer --user=jane -n development
kubectl --context jane get pods
kubectl auth can-i delete pods -n development --as=jane
kubectl auth can-i list pods -n default --as=jane
