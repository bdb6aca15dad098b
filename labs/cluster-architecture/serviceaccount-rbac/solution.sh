kubectl -n ops create serviceaccount pipeline
kubectl create clusterrole deployment-viewer --verb=get,list,watch --resource=deployments
kubectl create clusterrolebinding pipeline-deployment-viewer --clusterrole=deployment-viewer --serviceaccount=ops:pipeline
kubectl auth can-i list deployments -A --as=system:serviceaccount:ops:pipeline
kubectl auth can-i delete deployments -n shop --as=system:serviceaccount:ops:pipeline
cat <<POD > runner.yaml
apiVersion: v1
kind: Pod
metadata:
  name: pipeline-runner
  namespace: ops
spec:
  serviceAccountName: pipeline
  containers:
  - name: runner
    image: busybox:1.37
    command: ["sleep", "3600"]
POD
kubectl apply -f runner.yaml
sleep 10
kubectl -n ops get pod pipeline-runner -o jsonpath='{.spec.serviceAccountName}'
