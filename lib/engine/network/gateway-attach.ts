import type { KubeObject } from "../api/types";
import { matchesLabels } from "../api/selectors";
import { parseImage } from "../kubelet/images";
import type { NetView } from "./view";

/**
 * How HTTPRoutes attach to Gateways (gateway.networking.k8s.io/v1), as a conformant implementation
 * decides it: the parentRef names a Gateway of a class this controller owns, a listener allows the
 * route (section name, port, allowedRoutes namespaces and kinds) and the hostnames intersect. The
 * gateway controller reports the result in status; the data plane routes by the same rules.
 */

/** The controller name NGINX Gateway Fabric registers its GatewayClass with. */
export const GATEWAY_CONTROLLER = "gateway.nginx.org/nginx-gateway-controller";
export const GATEWAY_GROUP = "gateway.networking.k8s.io";
const NGF_IMAGE = "ghcr.io/nginx/nginx-gateway-fabric";

export interface GatewayListener {
  name: string;
  port: number;
  protocol: string;
  hostname?: string;
  allowedRoutes?: { namespaces?: { from?: string; selector?: { matchLabels?: Record<string, string> } }; kinds?: { group?: string; kind: string }[] };
}

export interface ParentRef {
  group?: string;
  kind?: string;
  name: string;
  namespace?: string;
  sectionName?: string;
  port?: number;
}

export interface ParentResult {
  gateway: KubeObject;
  /** Listeners that accepted the route (empty when not accepted). */
  listeners: GatewayListener[];
  accepted: { status: "True" | "False"; reason: string; message: string };
}

/** The ready NGINX Gateway Fabric pods (controller and data plane in one). */
export function gatewayPods(view: NetView): KubeObject[] {
  const ready = (p: KubeObject) => ((p.status?.conditions ?? []) as { type: string; status: string }[]).some((c) => c.type === "Ready" && c.status === "True");
  return view.list("pods").filter((p) => p.status?.phase === "Running" && ready(p) && !p.metadata.deletionTimestamp && ((p.spec?.containers ?? []) as { image: string }[]).some((c) => parseImage(c.image).repo === NGF_IMAGE));
}

export function ownedClasses(view: NetView): Set<string> {
  return new Set(view.list("gatewayclasses").filter((c) => c.spec?.controllerName === GATEWAY_CONTROLLER).map((c) => c.metadata.name!));
}

export const listenersOf = (gw: KubeObject): GatewayListener[] => (gw.spec?.listeners ?? []) as GatewayListener[];

/** `*.example.com` matches one or more labels in front of `example.com`; exact names match themselves. */
export function hostnameMatches(pattern: string, host: string): boolean {
  const h = host.toLowerCase().replace(/:\d+$/, "");
  const p = pattern.toLowerCase();
  if (p.startsWith("*.")) return h.endsWith(p.slice(1)) && h.length > p.length - 1;
  return h === p;
}

/** Whether two hostnames (either may be a wildcard) can both match some request host. */
function intersects(a: string, b: string): boolean {
  return hostnameMatches(a, b.replace(/^\*\./, "x.")) || hostnameMatches(b, a.replace(/^\*\./, "x."));
}

function allowsNamespace(view: NetView, gw: KubeObject, l: GatewayListener, routeNs: string): boolean {
  const from = l.allowedRoutes?.namespaces?.from ?? "Same";
  if (from === "All") return true;
  if (from === "Same") return routeNs === gw.metadata.namespace;
  const labels = view.list("namespaces").find((n) => n.metadata.name === routeNs)?.metadata.labels ?? {};
  const sel = l.allowedRoutes?.namespaces?.selector?.matchLabels ?? {};
  return matchesLabels(Object.entries(sel).map(([k, v]) => `${k}=${v}`).join(","), labels);
}

const allowsKind = (l: GatewayListener) => !l.allowedRoutes?.kinds?.length || l.allowedRoutes.kinds.some((k) => k.kind === "HTTPRoute" && (k.group ?? GATEWAY_GROUP) === GATEWAY_GROUP);

/** Attachment of `route` to one of its parentRefs, or undefined when the parent is not a Gateway this controller owns. */
export function attach(view: NetView, route: KubeObject, ref: ParentRef, classes = ownedClasses(view)): ParentResult | undefined {
  if ((ref.kind ?? "Gateway") !== "Gateway" || (ref.group ?? GATEWAY_GROUP) !== GATEWAY_GROUP) return undefined;
  const ns = ref.namespace ?? route.metadata.namespace!;
  const gateway = view.get("gateways", ref.name, ns);
  if (!gateway || !classes.has(gateway.spec?.gatewayClassName)) return undefined;
  const refused = (reason: string, message: string): ParentResult => ({ gateway, listeners: [], accepted: { status: "False", reason, message } });
  let listeners = listenersOf(gateway).filter((l) => (!ref.sectionName || l.name === ref.sectionName) && (!ref.port || l.port === ref.port));
  if (!listeners.length) return refused("NoMatchingParent", ref.sectionName ? `No listener named ${ref.sectionName}` : "No matching listener");
  listeners = listeners.filter((l) => ["HTTP", "HTTPS"].includes(l.protocol) && allowsKind(l) && allowsNamespace(view, gateway, l, route.metadata.namespace!));
  if (!listeners.length) return refused("NotAllowedByListeners", "Route is not allowed by any listener");
  const hostnames: string[] = route.spec?.hostnames ?? [];
  listeners = listeners.filter((l) => !l.hostname || !hostnames.length || hostnames.some((h) => intersects(h, l.hostname!)));
  if (!listeners.length) return refused("NoMatchingListenerHostname", "Listener hostname does not match the HTTPRoute hostnames");
  return { gateway, listeners, accepted: { status: "True", reason: "Accepted", message: "The route is accepted" } };
}

export const parentRefsOf = (route: KubeObject): ParentRef[] => (route.spec?.parentRefs ?? []) as ParentRef[];
