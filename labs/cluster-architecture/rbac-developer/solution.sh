kubectl config use-context k8s-c2
kubectl -n project-hamster create role processor --verb=create --resource=secrets,configmaps
kubectl -n project-hamster create rolebinding processor --role=processor --user=dev-ann
kubectl auth can-i create secrets --as dev-ann -n project-hamster
kubectl auth can-i get secrets --as dev-ann -n project-hamster
kubectl -n project-hamster create rolebinding qa-view --clusterrole=view --group=qa
kubectl auth can-i list pods -n project-hamster --as qa-user --as-group qa
kubectl auth can-i get secrets -n project-hamster --as qa-user --as-group qa
