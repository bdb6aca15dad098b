import type { KubeObject } from "../../engine/api/types";
import { annotationsMultiline, DescribeWriter, labelsMultiline } from "./writer";
import { selectorString } from "./workloads";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// Models describe.go describeNetworkPolicy (no events: the upstream describer does not look them up).

/** Go's time.Time String() of a metav1.Time, in UTC: `2006-01-02 15:04:05 +0000 UTC`. */
export function goTimeString(ts: string | null | undefined): string {
  if (!ts) return "0001-01-01 00:00:00 +0000 UTC";
  return `${new Date(ts).toISOString().slice(0, 19).replace("T", " ")} +0000 UTC`;
}

function ports(w: DescribeWriter, indent: string, list: Obj[] | undefined): void {
  if (!list?.length) return w.write(0, `${indent}To Port: <any> (traffic allowed to all ports)\n`);
  for (const p of list) {
    const port = p.port === undefined || p.port === null ? "<nil>" : String(p.port);
    const proto = p.protocol ?? "TCP";
    if (p.endPort === undefined || p.endPort === null) w.write(0, `${indent}To Port: ${port}/${proto}\n`);
    else w.write(0, `${indent}To Port Range: ${port}-${p.endPort}/${proto}\n`);
  }
}

function peers(w: DescribeWriter, indent: string, title: "From" | "To", list: Obj[] | undefined): void {
  if (!list?.length) {
    const what = title === "From" ? "From: <any> (traffic not restricted by source)" : "To: <any> (traffic not restricted by destination)";
    return w.write(0, `${indent}${what}\n`);
  }
  for (const peer of list) {
    w.write(0, `${indent}${title}:\n`);
    if (peer.podSelector && peer.namespaceSelector) {
      w.write(1, `${indent}NamespaceSelector: ${selectorString(peer.namespaceSelector)}\n`);
      w.write(1, `${indent}PodSelector: ${selectorString(peer.podSelector)}\n`);
    } else if (peer.podSelector) w.write(1, `${indent}PodSelector: ${selectorString(peer.podSelector)}\n`);
    else if (peer.namespaceSelector) w.write(1, `${indent}NamespaceSelector: ${selectorString(peer.namespaceSelector)}\n`);
    else if (peer.ipBlock) {
      w.write(1, `${indent}IPBlock:\n`);
      w.write(2, `${indent}CIDR: ${peer.ipBlock.cidr ?? ""}\n`);
      w.write(2, `${indent}Except: ${(peer.ipBlock.except ?? []).join(", ")}\n`);
    }
  }
}

function rules(w: DescribeWriter, direction: "ingress" | "egress", list: Obj[] | undefined): void {
  const indent = "    ";
  if (!list?.length) return w.write(0, `${indent}<none> (Selected pods are isolated for ${direction} connectivity)\n`);
  list.forEach((rule, i) => {
    ports(w, indent, rule.ports);
    if (direction === "ingress") peers(w, indent, "From", rule.from);
    else peers(w, indent, "To", rule.to);
    if (i !== list.length - 1) w.write(0, `${indent}----------\n`);
  });
}

export function describeNetworkPolicy(np: KubeObject): string {
  const w = new DescribeWriter();
  const spec = np.spec ?? {};
  const types: string[] | undefined = spec.policyTypes;
  w.write(0, `Name:\t${np.metadata.name}\n`);
  w.write(0, `Namespace:\t${np.metadata.namespace ?? ""}\n`);
  w.write(0, `Created on:\t${goTimeString(np.metadata.creationTimestamp)}\n`);
  labelsMultiline(w, 0, "Labels", np.metadata.labels);
  annotationsMultiline(w, 0, np.metadata.annotations);
  w.write(0, "Spec:\n");
  w.write(1, "PodSelector: ");
  const sel = spec.podSelector ?? {};
  if (!Object.keys(sel.matchLabels ?? {}).length && !(sel.matchExpressions ?? []).length) w.write(2, "<none> (Allowing the specific traffic to all pods in this namespace)\n");
  else w.write(2, `${selectorString(sel)}\n`);
  if (types?.includes("Ingress")) {
    w.write(1, "Allowing ingress traffic:\n");
    rules(w, "ingress", spec.ingress);
  } else w.write(1, "Not affecting ingress traffic\n");
  if (types?.includes("Egress")) {
    w.write(1, "Allowing egress traffic:\n");
    rules(w, "egress", spec.egress);
  } else w.write(1, "Not affecting egress traffic\n");
  w.write(1, `Policy Types: ${types?.length ? types.join(", ") : "<none>"}\n`);
  return w.toString();
}
