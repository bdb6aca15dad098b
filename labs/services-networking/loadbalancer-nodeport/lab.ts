import { defineLab } from "../../../lib/labs/define";
import { expectSaw, pass } from "../../../lib/labs/checks";

const FILE = "/opt/course/7/nodeport.txt";
const NODE01_IP = "172.30.2.2";

type Port = { port?: number; targetPort?: number | string; nodePort?: number; protocol?: string };

export default defineLab({
  slug: "loadbalancer-nodeport",
  title: "A LoadBalancer Service without a cloud",
  summary: "Expose a Deployment as a LoadBalancer Service, then find the node port that serves it while the external IP stays pending.",
  domain: "services-networking",
  competency: "Use ClusterIP, NodePort, LoadBalancer service types and endpoints",
  difficulty: "easy",
  minutes: 8,
  curriculumVersion: "1.32",
  setup(s) {
    s.run("kubectl create namespace shop");
    s.run("kubectl -n shop create deployment storefront --image=httpd:2.4 --replicas=2");
    s.run("kubectl -n shop run probe --image=busybox:1.36 -- sleep 86400");
    s.advance(30_000);
  },
  tasks: [
    {
      id: "expose",
      text: "Expose Deployment `storefront` in namespace `shop` (Apache httpd on port 80) as a Service named `storefront-lb` of type **LoadBalancer** on port `80`, sending traffic to the pods' port `80`.",
      checks: [
        {
          id: "lb-service",
          title: "Service shop/storefront-lb is a LoadBalancer on port 80 → 80",
          points: 2,
          check(c) {
            const svc = c.get("services", "storefront-lb", "shop");
            if (!svc) return expectSaw("Service shop/storefront-lb", "no such Service");
            const port = (svc.spec?.ports ?? [])[0] as Port | undefined;
            const target = port?.targetPort ?? port?.port;
            const seen = `type ${svc.spec?.type ?? "ClusterIP"}, port ${port?.port ?? "none"} → ${target ?? "none"}`;
            return svc.spec?.type === "LoadBalancer" && port?.port === 80 && (target === 80 || target === "http") ? pass("the Service is a LoadBalancer on 80.") : expectSaw("type LoadBalancer, port 80 → 80", seen);
          },
        },
        {
          id: "lb-endpoints",
          title: "storefront-lb has both storefront pods as endpoints",
          points: 1,
          check(c) {
            const subsets = (c.get("endpoints", "storefront-lb", "shop")?.subsets ?? []) as { addresses?: { ip: string }[] }[];
            const ready = subsets.flatMap((s) => s.addresses ?? []).length;
            return ready === 2 ? pass("two ready endpoints.") : expectSaw("2 ready endpoints", `${ready}`);
          },
        },
      ],
    },
    {
      id: "nodeport",
      text: `This cluster has no cloud controller, so \`EXTERNAL-IP\` stays \`<pending>\` — yet the Service already works on every node through the node port Kubernetes allocated for it. Write that node port number (only the number) to \`${FILE}\` on \`controlplane\`.`,
      checks: [
        {
          id: "nodeport-file",
          title: `${FILE} holds storefront-lb's node port`,
          points: 1,
          check(c) {
            const nodePort = ((c.get("services", "storefront-lb", "shop")?.spec?.ports ?? [])[0] as Port | undefined)?.nodePort;
            const text = c.file("controlplane", FILE)?.trim();
            if (nodePort === undefined) return expectSaw("a node port on Service storefront-lb", "no node port");
            return text === String(nodePort) ? pass(`the file says ${nodePort}.`) : expectSaw(String(nodePort), text === undefined ? "no file" : JSON.stringify(text));
          },
        },
        {
          id: "nodeport-serves",
          title: "the node port answers on node01",
          points: 1,
          check(c) {
            const nodePort = ((c.get("services", "storefront-lb", "shop")?.spec?.ports ?? [])[0] as Port | undefined)?.nodePort;
            if (nodePort === undefined) return expectSaw("a node port on Service storefront-lb", "no node port");
            const r = c.reach("shop/probe", NODE01_IP, nodePort);
            return r.ok ? pass(`${NODE01_IP}:${nodePort} answers.`) : expectSaw(`${NODE01_IP}:${nodePort} to answer`, r.detail);
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Service type LoadBalancer", url: "https://kubernetes.io/docs/concepts/services-networking/service/#loadbalancer" },
    { title: "Service type NodePort", url: "https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport" },
  ],
  otherSolutions: [
    {
      why: "writes the Service manifest by hand and reads the port with jsonpath",
      script: `cat > /root/lb.yaml <<EOF
apiVersion: v1
kind: Service
metadata:
  name: storefront-lb
  namespace: shop
spec:
  type: LoadBalancer
  selector:
    app: storefront
  ports:
  - port: 80
    targetPort: 80
EOF
kubectl apply -f /root/lb.yaml
sleep 5
mkdir -p /opt/course/7
kubectl -n shop get svc storefront-lb -o jsonpath='{.spec.ports[0].nodePort}' > ${FILE}`,
    },
  ],
  wrongSolutions: [
    { why: "creates a plain NodePort Service instead of a LoadBalancer", script: `kubectl -n shop expose deployment storefront --name=storefront-lb --type=NodePort --port=80\nsleep 5\nmkdir -p /opt/course/7\nkubectl -n shop get svc storefront-lb -o jsonpath='{.spec.ports[0].nodePort}' > ${FILE}`, failsCheck: "lb-service" },
    { why: "writes the service port instead of the node port", script: `kubectl -n shop expose deployment storefront --name=storefront-lb --type=LoadBalancer --port=80\nsleep 5\nmkdir -p /opt/course/7\necho 80 > ${FILE}`, failsCheck: "nodeport-file" },
  ],
});
