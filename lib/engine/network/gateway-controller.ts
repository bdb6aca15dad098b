import type { KubeObject } from "../api/types";
import { rfc3339 } from "../clock";
import type { Controller } from "../controllers/controller";
import type { NetView } from "./view";
import { attach, gatewayPods, GATEWAY_CONTROLLER, GATEWAY_GROUP, listenersOf, ownedClasses, parentRefsOf, type ParentRef } from "./gateway-attach";

/**
 * NGINX Gateway Fabric's control plane: while its pod runs it accepts GatewayClasses naming its
 * controller, programs their Gateways (address = the LoadBalancer address of its Service, else its
 * pod IP) and reports each HTTPRoute's attachment per parentRef (Accepted, ResolvedRefs).
 */

interface Condition {
  type: string;
  status: string;
  observedGeneration?: number;
  lastTransitionTime: string;
  reason: string;
  message: string;
}

type Cond = [type: string, status: string, reason: string, message: string];

/** Conditions with lastTransitionTime kept from `old` when the status did not change. */
function conditions(old: Condition[] | undefined, want: Cond[], generation: number | undefined, now: string): Condition[] {
  return want.map(([type, status, reason, message]) => {
    const prev = (old ?? []).find((c) => c.type === type);
    return { type, status, observedGeneration: generation, lastTransitionTime: prev && prev.status === status ? prev.lastTransitionTime : now, reason, message };
  });
}

function gatewayAddress(view: NetView, pod: KubeObject): string | undefined {
  for (const svc of view.list("services", pod.metadata.namespace)) {
    const sel: Record<string, string> = svc.spec?.selector ?? {};
    if (!Object.keys(sel).length || !Object.entries(sel).every(([k, v]) => pod.metadata.labels?.[k] === v)) continue;
    const ingress = svc.status?.loadBalancer?.ingress?.[0];
    if (svc.spec?.type === "LoadBalancer" && ingress) return ingress.ip ?? ingress.hostname;
  }
  return pod.status?.podIP;
}

/** The status of a backendRef list: every Service exists in its namespace. */
function resolvedRefs(view: NetView, route: KubeObject): Cond {
  const rules = (route.spec?.rules ?? []) as { backendRefs?: { group?: string; kind?: string; name: string; namespace?: string }[] }[];
  for (const [i, rule] of rules.entries()) {
    for (const [j, b] of (rule.backendRefs ?? []).entries()) {
      const at = `spec.rules[${i}].backendRefs[${j}]`;
      if ((b.kind ?? "Service") !== "Service" || (b.group ?? "") !== "") return ["ResolvedRefs", "False", "InvalidKind", `${at}.kind: Unsupported value: "${b.kind}": supported values: "Service"`];
      const ns = b.namespace ?? route.metadata.namespace!;
      if (ns !== route.metadata.namespace) return ["ResolvedRefs", "False", "RefNotPermitted", `${at}.namespace: Forbidden: Backend ref to Service ${ns}/${b.name} not permitted by any ReferenceGrant`];
      if (!view.get("services", b.name, ns)) return ["ResolvedRefs", "False", "BackendNotFound", `${at}.name: Not found: "${b.name}"`];
    }
  }
  return ["ResolvedRefs", "True", "ResolvedRefs", "All references are resolved"];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export const gatewayController: Controller = {
  name: "nginx-gateway-fabric",
  sync(env, cluster) {
    const view = env.netView(cluster.spec.name);
    if (!view.api.resolve("gatewayclasses") || !view.api.resolve("gateways") || !view.api.resolve("httproutes")) return;
    const pod = gatewayPods(view)[0];
    if (!pod) return;
    const now = rfc3339(env.clock.now());
    const write = (obj: KubeObject, status: unknown) => {
      if (same(obj.status, status)) return;
      cluster.api.update({ ...obj, metadata: { ...obj.metadata, resourceVersion: undefined }, status } as KubeObject, {}, "status");
    };
    const classes = ownedClasses(view);
    for (const gc of view.list("gatewayclasses")) {
      if (!classes.has(gc.metadata.name!)) continue;
      const conds = conditions(gc.status?.conditions, [["Accepted", "True", "Accepted", "GatewayClass is accepted"], ["SupportedVersion", "True", "SupportedVersion", "Gateway API CRD versions are supported"]], gc.metadata.generation, now);
      write(gc, { ...gc.status, conditions: conds });
    }
    const routes = view.list("httproutes");
    const address = gatewayAddress(view, pod);
    for (const gw of view.list("gateways")) {
      if (!classes.has(gw.spec?.gatewayClassName)) continue;
      const listeners = listenersOf(gw).map((l) => {
        const supported = ["HTTP", "HTTPS"].includes(l.protocol);
        const attached = routes.filter((r) => parentRefsOf(r).some((ref) => {
          const a = attach(view, r, ref, classes);
          return !!a && a.gateway.metadata.uid === gw.metadata.uid && a.listeners.some((x) => x.name === l.name);
        })).length;
        const old = ((gw.status?.listeners ?? []) as { name: string; conditions?: Condition[] }[]).find((x) => x.name === l.name);
        const want: Cond[] = supported
          ? [["Accepted", "True", "Accepted", "Listener is accepted"], ["Programmed", "True", "Programmed", "Listener is programmed"], ["ResolvedRefs", "True", "ResolvedRefs", "All references are resolved"], ["Conflicted", "False", "NoConflicts", "No conflicts"]]
          : [["Accepted", "False", "UnsupportedProtocol", `Protocol "${l.protocol}" is not supported, use one of HTTP, HTTPS`], ["Programmed", "False", "Invalid", "Listener is invalid"], ["ResolvedRefs", "True", "ResolvedRefs", "All references are resolved"], ["Conflicted", "False", "NoConflicts", "No conflicts"]];
        return { name: l.name, supportedKinds: supported ? [{ group: GATEWAY_GROUP, kind: "HTTPRoute" }, { group: GATEWAY_GROUP, kind: "GRPCRoute" }] : [], attachedRoutes: attached, conditions: conditions(old?.conditions, want, gw.metadata.generation, now) };
      });
      const conds = conditions(gw.status?.conditions, [["Accepted", "True", "Accepted", "Gateway is accepted"], ["Programmed", "True", "Programmed", "Gateway is programmed"]], gw.metadata.generation, now);
      write(gw, { ...(address ? { addresses: [{ type: "IPAddress", value: address }] } : {}), conditions: conds, listeners });
    }
    for (const r of routes) {
      const others = ((r.status?.parents ?? []) as { controllerName: string }[]).filter((p) => p.controllerName !== GATEWAY_CONTROLLER);
      const ours = parentRefsOf(r).flatMap((ref) => {
        const a = attach(view, r, ref, classes);
        if (!a) return [];
        const old = ((r.status?.parents ?? []) as { controllerName: string; parentRef: ParentRef; conditions?: Condition[] }[]).find((p) => p.controllerName === GATEWAY_CONTROLLER && same(p.parentRef, ref));
        const conds = conditions(old?.conditions, [["Accepted", a.accepted.status, a.accepted.reason, a.accepted.message], resolvedRefs(view, r)], r.metadata.generation, now);
        return [{ parentRef: ref, controllerName: GATEWAY_CONTROLLER, conditions: conds }];
      });
      if (!ours.length && !r.status?.parents?.length) continue;
      write(r, { ...r.status, parents: [...others, ...ours] });
    }
  },
};
