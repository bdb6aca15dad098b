import type { KubeObject } from "../api/types";
import { matchesSelectorObject } from "../api/selectors";
import { inCidr } from "./cidr";

/**
 * NetworkPolicy evaluation as a policy-enforcing CNI (Calico) applies it: a pod selected by a
 * policy of a direction is isolated in that direction, and then only traffic some rule allows
 * passes; everything else is silently dropped (the sender times out).
 * Models the semantics in k8s.io/api/networking/v1 types.go and the upstream conformance tests.
 */

/** One side of a connection: a pod, or a host address (a node, an external client). */
export interface PolicyPeer {
  ip: string;
  pod?: KubeObject;
}

export interface PolicyContext {
  policies: KubeObject[];
  /** Namespace labels by namespace name. */
  namespaceLabels: Map<string, Record<string, string>>;
}

export type Protocol = "TCP" | "UDP" | "SCTP";

type Sel = Parameters<typeof matchesSelectorObject>[0];
type RulePort = { protocol?: string; port?: number | string; endPort?: number };
type Peer = { podSelector?: Sel; namespaceSelector?: Sel; ipBlock?: { cidr: string; except?: string[] } };
type Rule = { ports?: RulePort[]; from?: Peer[]; to?: Peer[] };

/** An empty selector `{}` matches everything; matchesSelectorObject handles both. */
const selects = (sel: Sel, labels: Record<string, string> | undefined) => matchesSelectorObject(sel ?? {}, labels);

const policyTypes = (p: KubeObject): string[] => p.spec?.policyTypes ?? (p.spec?.egress?.length ? ["Ingress", "Egress"] : ["Ingress"]);

/** Policies of `direction` that select `pod`. */
export function isolating(ctx: PolicyContext, pod: KubeObject, direction: "Ingress" | "Egress"): KubeObject[] {
  return ctx.policies.filter((p) => p.metadata.namespace === pod.metadata.namespace && policyTypes(p).includes(direction) && selects(p.spec?.podSelector, pod.metadata.labels));
}

function peerMatches(ctx: PolicyContext, policy: KubeObject, peer: Peer, other: PolicyPeer): boolean {
  if (peer.ipBlock) return inCidr(other.ip, peer.ipBlock.cidr) && !(peer.ipBlock.except ?? []).some((e) => inCidr(other.ip, e));
  const pod = other.pod;
  if (!pod || pod.spec?.hostNetwork) return false;
  const ns = pod.metadata.namespace!;
  const nsOk = peer.namespaceSelector ? selects(peer.namespaceSelector, ctx.namespaceLabels.get(ns)) : ns === policy.metadata.namespace;
  const podOk = peer.podSelector ? selects(peer.podSelector, pod.metadata.labels) : true;
  return nsOk && podOk;
}

/** A named port resolves against the destination pod's container ports. */
function namedPort(pod: KubeObject | undefined, name: string, protocol: Protocol): number | undefined {
  for (const c of pod?.spec?.containers ?? []) for (const p of c.ports ?? []) if (p.name === name && (p.protocol ?? "TCP") === protocol) return p.containerPort;
  return undefined;
}

function portMatches(ports: RulePort[] | undefined, dst: PolicyPeer, port: number, protocol: Protocol): boolean {
  if (!ports?.length) return true;
  return ports.some((p) => {
    if ((p.protocol ?? "TCP") !== protocol) return false;
    if (p.port === undefined) return true;
    const n = typeof p.port === "number" ? p.port : /^\d+$/.test(p.port) ? Number(p.port) : namedPort(dst.pod, p.port, protocol);
    if (n === undefined) return false;
    return p.endPort !== undefined ? port >= n && port <= p.endPort : port === n;
  });
}

function ruleAllows(ctx: PolicyContext, policy: KubeObject, rule: Rule, peers: Peer[] | undefined, other: PolicyPeer, dst: PolicyPeer, port: number, protocol: Protocol): boolean {
  if (!portMatches(rule.ports, dst, port, protocol)) return false;
  if (!peers?.length) return true;
  return peers.some((peer) => peerMatches(ctx, policy, peer, other));
}

/** Whether `dst` (a pod) accepts traffic from `src` on `port`. */
export function ingressAllowed(ctx: PolicyContext, src: PolicyPeer, dst: PolicyPeer, port: number, protocol: Protocol = "TCP"): boolean {
  if (!dst.pod || dst.pod.spec?.hostNetwork) return true;
  const policies = isolating(ctx, dst.pod, "Ingress");
  if (!policies.length) return true;
  return policies.some((p) => ((p.spec?.ingress ?? []) as Rule[]).some((r) => ruleAllows(ctx, p, r, r.from, src, dst, port, protocol)));
}

/** Whether `src` (a pod) may send traffic to `dst` on `port`. */
export function egressAllowed(ctx: PolicyContext, src: PolicyPeer, dst: PolicyPeer, port: number, protocol: Protocol = "TCP"): boolean {
  if (!src.pod || src.pod.spec?.hostNetwork) return true;
  const policies = isolating(ctx, src.pod, "Egress");
  if (!policies.length) return true;
  return policies.some((p) => ((p.spec?.egress ?? []) as Rule[]).some((r) => ruleAllows(ctx, p, r, r.to, dst, dst, port, protocol)));
}

/** Both directions: the packet leaves the source and enters the destination. */
export function policyAllows(ctx: PolicyContext, src: PolicyPeer, dst: PolicyPeer, port: number, protocol: Protocol = "TCP"): boolean {
  return egressAllowed(ctx, src, dst, port, protocol) && ingressAllowed(ctx, src, dst, port, protocol);
}
