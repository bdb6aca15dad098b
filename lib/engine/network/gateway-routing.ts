import type { KubeObject } from "../api/types";
import type { HttpRequest } from "./http-server";
import type { Route } from "./routing";
import type { NetView } from "./view";
import { attach, hostnameMatches, ownedClasses, parentRefsOf, type GatewayListener } from "./gateway-attach";

/**
 * The Gateway data plane: which backend an HTTP request on a gateway port goes to. Among the
 * HTTPRoutes attached to a listener on that port whose hostnames match the Host header, the most
 * specific match wins (Gateway API precedence: exact host over wildcard, Exact path over prefix,
 * longer prefix, method, then the oldest route); a rule's backendRefs share traffic by weight.
 * No match answers 404 and an unresolved backend 500, as NGINX Gateway Fabric does.
 */

interface PathMatch {
  type?: string;
  value?: string;
}

interface RouteMatch {
  path?: PathMatch;
  method?: string;
  headers?: { type?: string; name: string; value: string }[];
  queryParams?: { type?: string; name: string; value: string }[];
}

interface BackendRef {
  group?: string;
  kind?: string;
  name: string;
  namespace?: string;
  port?: number;
  weight?: number;
}

interface RouteRule {
  matches?: RouteMatch[];
  filters?: { type: string; urlRewrite?: { path?: { type: string; replacePrefixMatch?: string; replaceFullPath?: string } } }[];
  backendRefs?: BackendRef[];
}

/** Prefix matching is element-wise: `/foo` matches `/foo` and `/foo/bar`, not `/foobar`. */
function pathMatches(m: PathMatch, path: string): boolean {
  const p = path.split("?")[0] || "/";
  const value = m.value ?? "/";
  if (m.type === "Exact") return p === value;
  if (m.type === "RegularExpression") {
    try {
      return new RegExp(`^(?:${value})$`).test(p);
    } catch {
      return false;
    }
  }
  if (value === "/") return true;
  const v = value.replace(/\/$/, "");
  return p === v || p.startsWith(`${v}/`);
}

function queryMatches(q: { name: string; value: string }, path: string): boolean {
  const query = new URLSearchParams(path.split("?")[1] ?? "");
  return query.get(q.name) === q.value;
}

function matches(m: RouteMatch, req: HttpRequest): boolean {
  if (m.path && !pathMatches(m.path, req.path)) return false;
  if (m.method && m.method !== req.method) return false;
  // Only the Host header is known about a simulated request.
  if ((m.headers ?? []).some((h) => h.name.toLowerCase() !== "host" || !hostnameMatches(h.value, req.host))) return false;
  return (m.queryParams ?? []).every((q) => queryMatches(q, req.path));
}

/** The path the backend receives after a URLRewrite filter. */
function rewritten(rule: RouteRule, m: RouteMatch, path: string): string | undefined {
  const rw = rule.filters?.find((f) => f.type === "URLRewrite")?.urlRewrite?.path;
  if (!rw) return undefined;
  const [p, q] = path.split("?");
  const suffix = q !== undefined ? `?${q}` : "";
  if (rw.type === "ReplaceFullPath") return (rw.replaceFullPath ?? "/") + suffix;
  if (rw.type !== "ReplacePrefixMatch") return undefined;
  const prefix = (m.path?.value ?? "/").replace(/\/$/, "");
  const rest = p.slice(prefix.length);
  const base = (rw.replacePrefixMatch ?? "/").replace(/\/$/, "");
  const out = base + (rest.startsWith("/") || rest === "" ? rest : `/${rest}`);
  return (out || "/") + suffix;
}

/** A backend chosen by weight; `seed` (the request time) spreads successive requests. */
function pickBackend(refs: BackendRef[], seed: number): BackendRef | undefined {
  const weighted = refs.filter((b) => (b.weight ?? 1) > 0);
  const total = weighted.reduce((n, b) => n + (b.weight ?? 1), 0);
  if (!total) return undefined;
  let at = Math.floor(seed / 1000) % total;
  for (const b of weighted) {
    at -= b.weight ?? 1;
    if (at < 0) return b;
  }
  return weighted[0];
}

interface Candidate {
  score: number[];
  route: KubeObject;
  rule: RouteRule;
  match: RouteMatch;
}

const better = (a: Candidate, b: Candidate): boolean => {
  for (let i = 0; i < a.score.length; i++) if (a.score[i] !== b.score[i]) return a.score[i] > b.score[i];
  const ta = a.route.metadata.creationTimestamp ?? "";
  const tb = b.route.metadata.creationTimestamp ?? "";
  if (ta !== tb) return ta < tb;
  return `${a.route.metadata.namespace}/${a.route.metadata.name}` < `${b.route.metadata.namespace}/${b.route.metadata.name}`;
};

/** Hostnames the route serves on a listener: the route's own, narrowed by the listener's. */
function hostScore(route: KubeObject, listeners: GatewayListener[], host: string): number | undefined {
  const names: string[] = route.spec?.hostnames ?? [];
  const listenerOk = listeners.some((l) => !l.hostname || hostnameMatches(l.hostname, host));
  if (!listenerOk) return undefined;
  if (!names.length) return listeners.some((l) => l.hostname && !l.hostname.startsWith("*.")) ? 2000 : listeners.some((l) => l.hostname) ? 1000 + (listeners[0].hostname?.length ?? 0) : 0;
  const hit = names.filter((n) => hostnameMatches(n, host));
  if (!hit.length) return undefined;
  return Math.max(...hit.map((n) => (n.startsWith("*.") ? 1000 + n.length : 2000)));
}

export function routeGateway(view: NetView, req: HttpRequest, port: number, now = 0): Route | undefined | "error" {
  const classes = ownedClasses(view);
  let best: Candidate | undefined;
  for (const route of view.list("httproutes")) {
    const listeners = parentRefsOf(route).flatMap((ref) => attach(view, route, ref, classes)?.listeners ?? []).filter((l) => l.port === port);
    if (!listeners.length) continue;
    const host = hostScore(route, listeners, req.host);
    if (host === undefined) continue;
    for (const rule of (route.spec?.rules ?? [{}]) as RouteRule[]) {
      for (const m of rule.matches?.length ? rule.matches : [{ path: { type: "PathPrefix", value: "/" } }]) {
        if (!matches(m, req)) continue;
        const c: Candidate = { score: [host, m.path?.type === "Exact" ? 1 : 0, (m.path?.value ?? "/").length, m.method ? 1 : 0, (m.headers ?? []).length, (m.queryParams ?? []).length], route, rule, match: m };
        if (!best || better(c, best)) best = c;
      }
    }
  }
  if (!best) return undefined;
  const backend = pickBackend(best.rule.backendRefs ?? [], now);
  // An unresolved backend (wrong kind, missing Service) answers 500, as NGINX Gateway Fabric does.
  const ns = backend?.namespace ?? best.route.metadata.namespace!;
  if (!backend || (backend.kind ?? "Service") !== "Service" || (backend.group ?? "") !== "" || ns !== best.route.metadata.namespace || !view.get("services", backend.name, ns)) return "error";
  const rewrite = rewritten(best.rule, best.match, req.path);
  return { namespace: ns, service: backend.name, port: backend.port ?? 80, ...(rewrite ? { rewrite } : {}) };
}
