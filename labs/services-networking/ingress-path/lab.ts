import { defineLab } from "../../../lib/labs/define";
import { expectSaw, pass, type CheckView } from "../../../lib/labs/checks";

/** What the ingress controller answers for `path` with `Host: shop.example.com`, fetched from the control plane. */
const fetch = (c: CheckView, path: string) => c.run(`curl -s -m 5 -H 'Host: shop.example.com' http://172.30.1.2:30080${path}`).stdout;

const INSTALL_CONTROLLER = `kubectl apply -f - <<EOF
apiVersion: v1
kind: Namespace
metadata:
  name: ingress-nginx
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ingress-nginx-controller
  namespace: ingress-nginx
  labels:
    app.kubernetes.io/name: ingress-nginx
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: ingress-nginx
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ingress-nginx
    spec:
      containers:
      - name: controller
        image: registry.k8s.io/ingress-nginx/controller:v1.12.1
        args: ["/nginx-ingress-controller", "--ingress-class=nginx"]
        ports:
        - containerPort: 80
          name: http
---
apiVersion: v1
kind: Service
metadata:
  name: ingress-nginx-controller
  namespace: ingress-nginx
spec:
  type: NodePort
  selector:
    app.kubernetes.io/name: ingress-nginx
  ports:
  - name: http
    port: 80
    targetPort: 80
    nodePort: 30080
---
apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata:
  name: nginx
spec:
  controller: k8s.io/ingress-nginx
EOF`;

export default defineLab({
  slug: "ingress-path",
  title: "One host, two paths",
  summary: "Route shop.example.com/ to the home Service and /cart to the cart Service through the installed ingress-nginx controller.",
  domain: "services-networking",
  competency: "Know how to use Ingress controllers and Ingress resources",
  difficulty: "medium",
  minutes: 10,
  curriculumVersion: "1.32",
  setup(s) {
    s.run(INSTALL_CONTROLLER);
    s.run("kubectl create namespace shop");
    s.run("kubectl -n shop create deployment home --image=httpd:2.4");
    s.run("kubectl -n shop expose deployment home --port=80");
    s.run("kubectl -n shop create deployment cart --image=nginx:1.27");
    s.run("kubectl -n shop expose deployment cart --port=8080 --target-port=80");
    s.advance(20_000);
  },
  tasks: [
    {
      id: "ingress",
      text: "The ingress-nginx controller is installed (IngressClass `nginx`, reachable on NodePort 30080 of every node). In namespace `shop`, create an Ingress named `shop` of class `nginx` for host `shop.example.com` that sends `/cart` (and everything below it) to Service `cart` and every other path to Service `home`. Requests for `/cart` must reach the root page of the cart server (ingress-nginx annotation `nginx.ingress.kubernetes.io/rewrite-target: /`).",
      checks: [
        {
          id: "home-route",
          title: "shop.example.com/ is served by home (httpd)",
          points: 1,
          check(c) {
            const body = fetch(c, "/");
            return body.includes("It works!") ? pass("/ reaches home.") : expectSaw("httpd's 'It works!' page for shop.example.com/", JSON.stringify(body.slice(0, 80)) || "no answer");
          },
        },
        {
          id: "cart-route",
          title: "shop.example.com/cart is served by cart (nginx)",
          points: 2,
          check(c) {
            const body = fetch(c, "/cart");
            return body.includes("Welcome to nginx!") ? pass("/cart reaches cart.") : expectSaw("nginx's welcome page for shop.example.com/cart", JSON.stringify(body.slice(0, 80)) || "no answer");
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Ingress", url: "https://kubernetes.io/docs/concepts/services-networking/ingress/" },
    { title: "ingress-nginx rewrite", url: "https://kubernetes.github.io/ingress-nginx/examples/rewrite/" },
  ],
  wrongSolutions: [
    { why: "targets the cart Service on port 80, where it does not listen", script: "kubectl -n shop create ingress shop --class=nginx --annotation=nginx.ingress.kubernetes.io/rewrite-target=/ --rule='shop.example.com/cart*=cart:80' --rule='shop.example.com/*=home:80'", failsCheck: "cart-route" },
  ],
});
