kubectl create namespace team-a
kubectl -n team-a run api --image=nginx:1.27 --labels=app=api,tier=backend
sleep 5
kubectl -n team-a get pod api --show-labels
