import type { KubeObject } from "../api/types";
import { parseImage } from "../kubelet/images";
import type { Protocol } from "./policy";

/**
 * What a container listens on, by image, as the real images do. `containerPort` in a pod spec is
 * informational only: nginx answers on 80 whatever the spec declares.
 */
export type ServerKind = "nginx" | "httpd" | "dns" | "ingress-nginx" | "gateway" | "tcp" | "echo" | "healthz";

export interface Listener {
  port: number;
  protocol: Protocol;
  kind: ServerKind;
}

const L = (port: number, kind: ServerKind, protocol: Protocol = "TCP"): Listener => ({ port, protocol, kind });

const BY_IMAGE: Record<string, Listener[]> = {
  nginx: [L(80, "nginx")],
  "nginxinc/nginx-unprivileged": [L(8080, "nginx")],
  httpd: [L(80, "httpd")],
  redis: [L(6379, "tcp")],
  memcached: [L(11211, "tcp")],
  mysql: [L(3306, "tcp"), L(33060, "tcp")],
  postgres: [L(5432, "tcp")],
  "registry.k8s.io/coredns/coredns": [L(53, "dns", "UDP"), L(53, "dns"), L(9153, "tcp"), L(8080, "tcp"), L(8181, "tcp")],
  "registry.k8s.io/ingress-nginx/controller": [L(80, "ingress-nginx"), L(443, "ingress-nginx"), L(10254, "tcp")],
  "ghcr.io/nginx/nginx-gateway-fabric": [L(80, "gateway")],
  "ghcr.io/nginx/nginx-gateway-fabric/nginx": [L(80, "gateway")],
  "registry.k8s.io/e2e-test-images/agnhost": [L(8080, "echo"), L(9376, "echo")],
};

/** A busybox/alpine `nc -l -p N`, `httpd -p N` or `python -m http.server N` in the container's command. */
function commandListeners(c: { command?: string[]; args?: string[] }): Listener[] {
  const line = [...(c.command ?? []), ...(c.args ?? [])].join(" ");
  const out: Listener[] = [];
  for (const m of line.matchAll(/\bnc\b[^;&|]*?-l[^;&|]*?-p\s*(\d+)/g)) out.push(L(Number(m[1]), "tcp"));
  for (const m of line.matchAll(/\bhttpd\b[^;&|]*?-p\s*(?:[\d.]+:)?(\d+)/g)) out.push(L(Number(m[1]), "httpd"));
  for (const m of line.matchAll(/http\.server\s+(\d+)/g)) out.push(L(Number(m[1]), "echo"));
  return out;
}

export function podListeners(pod: KubeObject): Listener[] {
  const out: Listener[] = [];
  for (const c of (pod.spec?.containers ?? []) as { image: string; command?: string[]; args?: string[] }[]) {
    out.push(...(BY_IMAGE[parseImage(c.image).repo] ?? []), ...commandListeners(c));
  }
  return out;
}

export function listenerOn(pod: KubeObject, port: number, protocol: Protocol): Listener | undefined {
  return podListeners(pod).find((l) => l.port === port && l.protocol === protocol);
}

/** The version a server image reports in its `Server:` header. */
export function serverVersion(pod: KubeObject, kind: ServerKind): string {
  const c = ((pod.spec?.containers ?? []) as { image: string }[]).find((x) => BY_IMAGE[parseImage(x.image).repo]?.some((l) => l.kind === kind)) ?? pod.spec?.containers?.[0];
  const tag = c ? parseImage(c.image).tag : "latest";
  const full = /^\d+\.\d+\.\d+$/.test(tag) ? tag : /^\d+\.\d+$/.test(tag) ? `${tag}.${kind === "httpd" ? "63" : "5"}` : kind === "httpd" ? "2.4.63" : "1.27.5";
  return full;
}
