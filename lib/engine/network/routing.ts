import type { HttpRequest } from "./http-server";
import type { NetView } from "./view";

/**
 * Host and path matching for Ingress (networking.k8s.io/v1, as ingress-nginx implements it). The
 * longest matching path wins. HTTPRoute matching is in gateway-routing.ts.
 */

export interface Route {
  namespace: string;
  service: string;
  port: number | string;
  /** The path the backend receives (ingress-nginx `rewrite-target`), when it differs. */
  rewrite?: string;
}

const REWRITE = "nginx.ingress.kubernetes.io/rewrite-target";

export const INGRESS_NGINX_CONTROLLER = "k8s.io/ingress-nginx";

function hostMatches(pattern: string | undefined, host: string): boolean {
  if (!pattern) return true;
  const h = host.toLowerCase().replace(/:\d+$/, "");
  if (pattern.startsWith("*.")) return h.endsWith(pattern.slice(1)) && h.split(".").length === pattern.split(".").length;
  return h === pattern.toLowerCase();
}

/** Prefix matching is element-wise: `/foo` matches `/foo` and `/foo/bar`, not `/foobar`. */
function pathMatches(type: string, value: string, path: string): boolean {
  const p = path.split("?")[0] || "/";
  if (type === "Exact") return p === value;
  if (value === "/" || value === "") return true;
  const v = value.replace(/\/$/, "");
  return p === v || p.startsWith(`${v}/`);
}

function defaultClass(view: NetView): string | undefined {
  return view.list("ingressclasses").find((c) => c.metadata.annotations?.["ingressclass.kubernetes.io/is-default-class"] === "true")?.metadata.name;
}

export function routeIngress(view: NetView, req: HttpRequest): Route | undefined {
  const classes = new Set(view.list("ingressclasses").filter((c) => c.spec?.controller === INGRESS_NGINX_CONTROLLER).map((c) => c.metadata.name!));
  const dflt = defaultClass(view);
  const ingresses = view.list("ingresses").filter((i) => classes.has(i.spec?.ingressClassName ?? dflt ?? ""));
  let best: { len: number; route: Route } | undefined;
  for (const ing of ingresses) {
    for (const rule of (ing.spec?.rules ?? []) as { host?: string; http?: { paths?: { path?: string; pathType?: string; backend?: { service?: { name: string; port?: { number?: number; name?: string } } } }[] } }[]) {
      if (!hostMatches(rule.host, req.host)) continue;
      for (const p of rule.http?.paths ?? []) {
        const value = p.path ?? "/";
        const svc = p.backend?.service;
        if (!svc || !pathMatches(p.pathType === "Exact" ? "Exact" : "Prefix", value, req.path)) continue;
        const len = value.length + (rule.host ? 1000 : 0) + (p.pathType === "Exact" ? 500 : 0);
        const rewrite = ing.metadata.annotations?.[REWRITE];
        if (!best || len > best.len) best = { len, route: { namespace: ing.metadata.namespace!, service: svc.name, port: svc.port?.number ?? svc.port?.name ?? 80, ...(rewrite ? { rewrite } : {}) } };
      }
    }
  }
  if (best) return best.route;
  for (const ing of ingresses) {
    const svc = ing.spec?.defaultBackend?.service;
    if (svc) return { namespace: ing.metadata.namespace!, service: svc.name, port: svc.port?.number ?? svc.port?.name ?? 80 };
  }
  return undefined;
}
