kubectl -n ops get pod logger -o wide
ssh node01 crictl ps --name '^logger$'
mkdir -p /opt/course/crictl
ssh node01 crictl ps --name '^logger$' -q > /opt/course/crictl/id.txt
ssh node01 crictl inspect $(cat /opt/course/crictl/id.txt) | jq .info.pid > /opt/course/crictl/pid.txt
cat /opt/course/crictl/id.txt /opt/course/crictl/pid.txt
