kubectl get pvc -n logs
kubectl get sc csi-hostpath-sc
kubectl patch pvc app-logs -n logs -p '{"spec":{"resources":{"requests":{"storage":"3Gi"}}}}'
kubectl patch storageclass csi-hostpath-sc -p '{"allowVolumeExpansion":true}'
kubectl patch pvc app-logs -n logs -p '{"spec":{"resources":{"requests":{"storage":"3Gi"}}}}'
sleep 5
kubectl get pvc -n logs
kubectl describe pvc app-logs -n logs
