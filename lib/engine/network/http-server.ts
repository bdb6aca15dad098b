import type { KubeObject } from "../api/types";
import { connect, sourceOfPod, type Connection } from "./connect";
import { serverVersion } from "./listeners";
import { HTTPD_WELCOME, httpdNotFound, nginxError } from "./pages";
import { containerFiles } from "../kubelet/container-files";
import { containerInstanceId, layeredFiles } from "../kubelet/container-layer";
import { documentRoot } from "../kubelet/image-files";
import { parseImage } from "../kubelet/images";
import { routeIngress, type Route } from "./routing";
import { routeGateway } from "./gateway-routing";
import type { NetView } from "./view";

/** HTTP/1.1 as the simulated servers speak it: nginx, httpd, ingress-nginx and a Gateway data plane. */

export interface HttpRequest {
  method: string;
  /** The Host header (the URL's host unless overridden with -H). */
  host: string;
  path: string;
}

export interface HttpResponse {
  status: number;
  reason: string;
  headers: [string, string][];
  body: string;
}

/** Not HTTP on the other end (redis, a raw nc listener): the client sees an empty reply. */
export type HttpOutcome = { response: HttpResponse } | { empty: true };

const REASONS: Record<number, string> = { 200: "OK", 404: "Not Found", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Temporarily Unavailable", 504: "Gateway Time-out" };

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/** RFC 7231 date as servers print it: `Tue, 01 Dec 2026 23:14:17 GMT`. */
export const httpDate = (ms: number) => new Date(ms).toUTCString();

/** When the image's index.html was built (its Last-Modified / ETag). */
const NGINX_BUILT_S = 1744804871;
const HTTPD_BUILT_S = 1137656498;

function nginxPage(status: number, server: string, now: number, body: string, indexPage: boolean): HttpResponse {
  const headers: [string, string][] = [["Server", server], ["Date", httpDate(now)], ["Content-Type", "text/html"], ["Content-Length", String(utf8Length(body))]];
  if (indexPage) headers.push(["Last-Modified", httpDate(NGINX_BUILT_S * 1000)], ["Connection", "keep-alive"], ["ETag", `"${NGINX_BUILT_S.toString(16)}-${utf8Length(body).toString(16)}"`], ["Accept-Ranges", "bytes"]);
  else headers.push(["Connection", "keep-alive"]);
  return { status, reason: REASONS[status] ?? "", headers, body };
}

/** The file a web server answers `path` with from its container's document root (`/` → index.html). */
function served(view: NetView, pod: KubeObject, repo: string, path: string): { body?: string; directory: boolean } {
  const c = ((pod.spec?.containers ?? []) as { name: string; image?: string }[]).find((x) => documentRoot(String(x.image ?? "")) && parseImage(String(x.image)).repo === repo);
  const root = c && documentRoot(String(c.image));
  if (!c || !root) return { directory: false };
  const id = containerInstanceId(pod, c.name);
  const files = layeredFiles(containerFiles(pod, c, { get: (r, n, ns) => view.get(r, n, ns) }), id ? view.layers?.get(id) : undefined);
  const directory = path.endsWith("/");
  return { body: files[`${root}${directory ? `${path}index.html` : path}`], directory };
}

function nginx(view: NetView, pod: KubeObject, req: HttpRequest, now: number): HttpResponse {
  const server = `nginx/${serverVersion(pod, "nginx")}`;
  const path = req.path.split("?")[0];
  const file = served(view, pod, "nginx", path);
  if (file.body !== undefined) return nginxPage(200, server, now, file.body, true);
  // A directory without index.html is forbidden (autoindex is off); anything else is missing.
  if (file.directory) return nginxPage(403, server, now, nginxError(403, "Forbidden", server), false);
  return nginxPage(404, server, now, nginxError(404, "Not Found", server), false);
}

function httpd(view: NetView, pod: KubeObject, req: HttpRequest, now: number): HttpResponse {
  const server = `Apache/${serverVersion(pod, "httpd")} (Unix)`;
  const path = req.path.split("?")[0];
  const file = served(view, pod, "httpd", path);
  if (file.body !== undefined) {
    const etag = file.body === HTTPD_WELCOME ? `"2d-432a5e4a73a80"` : `"${utf8Length(file.body).toString(16)}-432a5e4a73a80"`;
    return { status: 200, reason: "OK", headers: [["Date", httpDate(now)], ["Server", server], ["Last-Modified", httpDate(HTTPD_BUILT_S * 1000)], ["ETag", etag], ["Accept-Ranges", "bytes"], ["Content-Length", String(utf8Length(file.body))], ["Content-Type", "text/html"]], body: file.body };
  }
  const body = httpdNotFound(path);
  return { status: 404, reason: "Not Found", headers: [["Date", httpDate(now)], ["Server", server], ["Content-Length", String(body.length)], ["Content-Type", "text/html; charset=iso-8859-1"]], body };
}

/** A proxy (ingress controller, gateway) forwards to the chosen backend Service from its own pod. */
function proxy(view: NetView, proxyPod: KubeObject, route: Route | undefined | "error", req: HttpRequest, now: number, depth: number): HttpResponse {
  const err = (status: number) => nginxPage(status, "nginx", now, nginxError(status, REASONS[status], "nginx"), false);
  if (!route) return err(404);
  if (route === "error") return err(500);
  const svc = view.get("services", route.service, route.namespace);
  if (!svc) return err(503);
  const sp = ((svc.spec?.ports ?? []) as { name?: string; port: number }[]).find((p) => (typeof route.port === "number" ? p.port === route.port : p.name === route.port));
  if (!sp || !svc.spec?.clusterIP || svc.spec.clusterIP === "None") return err(503);
  const conn = connect(view, sourceOfPod(view, proxyPod), svc.spec.clusterIP, sp.port);
  if (!conn.ok) return err(conn.error === "timeout" ? 504 : conn.detail.includes("no ready endpoints") ? 503 : 502);
  const out = serveHttp(view, conn, route.rewrite ? { ...req, path: route.rewrite } : req, now, depth + 1);
  return "response" in out ? out.response : err(502);
}

/** A Go healthz server (the kubelet on 127.0.0.1:10248): `ok` on /healthz, Go's 404 text elsewhere. */
function healthz(req: HttpRequest, now: number): HttpResponse {
  const ok = req.path.split("?")[0] === "/healthz";
  const body = ok ? "ok" : "404 page not found\n";
  const headers: [string, string][] = [["Content-Type", "text/plain; charset=utf-8"], ["X-Content-Type-Options", "nosniff"], ["Date", httpDate(now)], ["Content-Length", String(body.length)]];
  return ok ? { status: 200, reason: "OK", headers, body } : { status: 404, reason: "Not Found", headers, body };
}

/** What the process behind an open connection answers to `req`. */
export function serveHttp(view: NetView, conn: Extract<Connection, { ok: true }>, req: HttpRequest, now: number, depth = 0): HttpOutcome {
  if (conn.listener.kind === "healthz") return { response: healthz(req, now) };
  const pod = conn.pod;
  if (!pod || depth > 3) return { empty: true };
  switch (conn.listener.kind) {
    case "nginx":
      return { response: nginx(view, pod, req, now) };
    case "httpd":
      return { response: httpd(view, pod, req, now) };
    case "ingress-nginx":
      return { response: proxy(view, pod, routeIngress(view, req), req, now, depth) };
    case "gateway":
      return { response: proxy(view, pod, routeGateway(view, req, conn.listener.port, now), req, now, depth) };
    default:
      return { empty: true };
  }
}
