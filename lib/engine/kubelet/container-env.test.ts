import { describe, expect, it } from "vitest";
import { containerArgv } from "./container-env";
import { IMAGES } from "./images";

/** Docker semantics: command replaces ENTRYPOINT (CMD dropped), args alone replace CMD, neither runs ENTRYPOINT + CMD. */
describe("containerArgv", () => {
  const cases: { image: string; command?: string[]; args?: string[]; argv: string[] }[] = [
    { image: "nginx", argv: ["/docker-entrypoint.sh", "nginx", "-g", "daemon off;"] },
    { image: "nginx", args: ["nginx-debug", "-g", "daemon off;"], argv: ["/docker-entrypoint.sh", "nginx-debug", "-g", "daemon off;"] },
    { image: "nginx", command: ["nginx"], args: ["-g", "daemon off;"], argv: ["nginx", "-g", "daemon off;"] },
    { image: "busybox", argv: ["sh"] },
    { image: "busybox", args: ["sleep", "3600"], argv: ["sleep", "3600"] },
    { image: "busybox", command: ["sh", "-c"], args: ["echo $(NAME)"], argv: ["sh", "-c", "echo web"] },
    { image: "alpine", argv: ["/bin/sh"] },
    { image: "redis", argv: ["docker-entrypoint.sh", "redis-server"] },
    { image: "redis", args: ["--appendonly", "yes"], argv: ["docker-entrypoint.sh", "--appendonly", "yes"] },
    { image: "httpd", argv: ["httpd-foreground"] },
    { image: "memcached", args: ["-m", "64"], argv: ["docker-entrypoint.sh", "-m", "64"] },
    { image: "postgres", argv: ["docker-entrypoint.sh", "postgres"] },
    { image: "mysql", argv: ["docker-entrypoint.sh", "mysqld"] },
    { image: "curlimages/curl", args: ["-s", "http://web"], argv: ["/entrypoint.sh", "-s", "http://web"] },
    { image: "nicolaka/netshoot", argv: ["zsh"] },
    { image: "python", argv: ["python3"] },
    { image: "node", argv: ["docker-entrypoint.sh", "node"] },
    { image: "registry.k8s.io/ingress-nginx/controller", args: ["/nginx-ingress-controller", "--election-id=ingress-nginx-leader"], argv: ["/usr/bin/dumb-init", "--", "/nginx-ingress-controller", "--election-id=ingress-nginx-leader"] },
    { image: "ghcr.io/nginx/nginx-gateway-fabric", args: ["static-mode", "--gatewayclass=nginx"], argv: ["/usr/bin/gateway", "static-mode", "--gatewayclass=nginx"] },
    { image: "registry.k8s.io/coredns/coredns", args: ["-conf", "/etc/coredns/Corefile"], argv: ["/coredns", "-conf", "/etc/coredns/Corefile"] },
    { image: "registry.k8s.io/kube-apiserver", command: ["kube-apiserver", "--advertise-address=172.30.1.2"], argv: ["kube-apiserver", "--advertise-address=172.30.1.2"] },
    { image: "registry.k8s.io/kube-proxy", args: ["--config=/var/lib/kube-proxy/config.conf"], argv: ["/usr/local/bin/kube-proxy", "--config=/var/lib/kube-proxy/config.conf"] },
    { image: "registry.k8s.io/metrics-server/metrics-server", args: ["--secure-port=10250"], argv: ["/metrics-server", "--secure-port=10250"] },
    { image: "registry.k8s.io/pause", argv: ["/pause"] },
  ];
  for (const c of cases)
    it(`${c.image} ${c.command ? `command ${c.command.join(" ")} ` : ""}${c.args ? `args ${c.args.join(" ")}` : ""}`, () => {
      expect(containerArgv({ name: "c", image: c.image, command: c.command, args: c.args }, IMAGES[c.image], { NAME: "web" })).toEqual(c.argv);
    });
});
