import { defineLab } from "../../../lib/labs/define";
import { expectSaw, fail, pass, type CheckView } from "../../../lib/labs/checks";
import { gatewayApiCrds } from "../../../lib/engine/network/gateway-crds";

/** What the gateway answers for `path` with Host `host`, fetched from the control plane through NodePort 30080. */
const fetch = (c: CheckView, path: string, host = "shop.example.com") => c.run(`curl -s -m 5 -H 'Host: ${host}' http://172.30.1.2:30080${path}`).stdout;

/** NGINX Gateway Fabric as its manifests install it: controller and data plane in one pod, a NodePort Service, the GatewayClass. */
const INSTALL_GATEWAY = `kubectl apply -f - <<EOF
apiVersion: v1
kind: Namespace
metadata:
  name: nginx-gateway
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-gateway
  namespace: nginx-gateway
  labels:
    app.kubernetes.io/name: nginx-gateway
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: nginx-gateway
  template:
    metadata:
      labels:
        app.kubernetes.io/name: nginx-gateway
    spec:
      containers:
      - name: nginx-gateway
        image: ghcr.io/nginx/nginx-gateway-fabric:1.6.2
        args:
        - static-mode
        - --gateway-ctlr-name=gateway.nginx.org/nginx-gateway-controller
        - --gatewayclass=nginx
        - --config=nginx-gateway-config
        - --service=nginx-gateway
        - --metrics-port=9113
        - --health-port=8081
        - --leader-election-lock-name=nginx-gateway-leader-election
        ports:
        - containerPort: 80
          name: http
---
apiVersion: v1
kind: Service
metadata:
  name: nginx-gateway
  namespace: nginx-gateway
spec:
  type: NodePort
  selector:
    app.kubernetes.io/name: nginx-gateway
  ports:
  - name: http
    port: 80
    targetPort: 80
    nodePort: 30080
---
apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata:
  name: nginx
spec:
  controllerName: gateway.nginx.org/nginx-gateway-controller
EOF`;

const GATEWAY = `kubectl apply -f - <<EOF
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: shop-gateway
  namespace: shop
spec:
  gatewayClassName: nginx
  listeners:
  - name: http
    protocol: HTTP
    port: 80
EOF`;

type Parent = { parentRef?: { name?: string }; controllerName?: string; conditions?: { type: string; status: string; reason?: string }[] };

export default defineLab({
  slug: "gateway-httproute",
  title: "Route a host through the Gateway API",
  summary: "Attach an HTTPRoute to an existing Gateway: /api to the api Service with the prefix rewritten, everything else to web.",
  domain: "services-networking",
  competency: "Use the Gateway API to manage Ingress traffic",
  difficulty: "medium",
  minutes: 12,
  curriculumVersion: "1.32",
  setup(s) {
    s.apply(gatewayApiCrds());
    s.run(INSTALL_GATEWAY);
    s.run("kubectl create namespace shop");
    s.run(GATEWAY);
    s.run("kubectl -n shop create deployment web --image=httpd:2.4");
    s.run("kubectl -n shop expose deployment web --port=80");
    s.run("kubectl -n shop create deployment api --image=nginx:1.27");
    s.run("kubectl -n shop expose deployment api --port=8080 --target-port=80");
    s.advance(20_000);
  },
  tasks: [
    {
      id: "httproute",
      text: "The Gateway API CRDs and NGINX Gateway Fabric are installed (GatewayClass `nginx`; the gateway data plane listens on NodePort 30080 of every node). Namespace `shop` has the Gateway `shop-gateway` and the Services `web` (port 80) and `api` (port 8080).\n\nCreate an HTTPRoute named `shop` in namespace `shop`, attached to `shop-gateway`, that serves only the hostname `shop.example.com`:\n\n- requests whose path starts with `/api` go to Service `api` on port 8080, with the `/api` prefix replaced by `/` before they reach the backend;\n- every other request goes to Service `web` on port 80.",
      checks: [
        {
          id: "route-accepted",
          title: "HTTPRoute shop/shop is accepted by shop-gateway",
          points: 1,
          check(c) {
            const route = c.get("httproutes", "shop", "shop");
            if (!route) return fail("expected HTTPRoute shop in namespace shop, saw none");
            const parents = (route.status?.parents ?? []) as Parent[];
            const p = parents.find((x) => x.parentRef?.name === "shop-gateway");
            const accepted = p?.conditions?.find((x) => x.type === "Accepted");
            if (accepted?.status === "True") return pass("The gateway accepted the route.");
            return expectSaw("Accepted=True from shop-gateway in the route's status.parents", accepted ? `Accepted=${accepted.status} (${accepted.reason})` : "no status from shop-gateway (is the parentRef right?)");
          },
        },
        {
          id: "web-route",
          title: "shop.example.com/ is served by web (httpd)",
          points: 1,
          check(c) {
            const body = fetch(c, "/");
            return body.includes("It works!") ? pass("/ reaches web.") : expectSaw("httpd's 'It works!' page for shop.example.com/", JSON.stringify(body.slice(0, 80)) || "no answer");
          },
        },
        {
          id: "api-route",
          title: "shop.example.com/api is served by api (nginx) at its root",
          points: 2,
          check(c) {
            const body = fetch(c, "/api");
            return body.includes("Welcome to nginx!") ? pass("/api reaches api at /.") : expectSaw("nginx's welcome page for shop.example.com/api", JSON.stringify(body.slice(0, 80)) || "no answer");
          },
        },
        {
          id: "host-only",
          title: "Other hostnames are not routed",
          points: 1,
          check(c) {
            const status = c.run("curl -sI -m 5 -H 'Host: other.example.com' http://172.30.1.2:30080/").stdout.split("\r\n")[0].split("\n")[0].trim();
            return /^HTTP\/\S+ 404\b/.test(status) ? pass("other.example.com gets 404.") : expectSaw("HTTP 404 for Host other.example.com", status || "no answer");
          },
        },
      ],
    },
  ],
  docs: [
    { title: "Gateway API", url: "https://kubernetes.io/docs/concepts/services-networking/gateway/" },
    { title: "HTTPRoute", url: "https://gateway-api.sigs.k8s.io/api-types/httproute/" },
    { title: "HTTP path redirects and rewrites", url: "https://gateway-api.sigs.k8s.io/guides/http-redirect-rewrite/" },
  ],
  wrongSolutions: [
    {
      why: "routes /api to the api Service without rewriting the prefix, so nginx gets /api and answers 404",
      script: `kubectl apply -f - <<EOF
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: shop
  namespace: shop
spec:
  parentRefs:
  - name: shop-gateway
  hostnames: ["shop.example.com"]
  rules:
  - matches:
    - path: {type: PathPrefix, value: /api}
    backendRefs:
    - {name: api, port: 8080}
  - backendRefs:
    - {name: web, port: 80}
EOF`,
      failsCheck: "api-route",
    },
    {
      why: "names a Gateway that does not exist, so no listener takes the route",
      script: `kubectl apply -f - <<EOF
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: shop
  namespace: shop
spec:
  parentRefs:
  - name: shop
  hostnames: ["shop.example.com"]
  rules:
  - backendRefs:
    - {name: web, port: 80}
EOF`,
      failsCheck: "route-accepted",
    },
  ],
});
