import type { KubeObject } from "../../engine/api/types";
import { age } from "./duration";
import type { Column } from "./columns";

// Models pkg/printers/internalversion/printers.go: printIngress, printIngressClass,
// printNetworkPolicy, printEndpointSlice.

const AGE: Column = { name: "AGE", cell: (o, now) => age(o.metadata.creationTimestamp, now) };
const NAME: Column = { name: "NAME", cell: (o) => o.metadata.name ?? "" };

type Sel = { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values?: string[] }[] };

/** metav1.FormatLabelSelector: `a=b,c in (x,y)`, `<none>` for an empty selector. */
export function formatLabelSelector(sel: Sel | undefined): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(sel?.matchLabels ?? {}).sort(([a], [b]) => a.localeCompare(b))) parts.push(`${k}=${v}`);
  for (const e of sel?.matchExpressions ?? []) {
    const op = e.operator;
    if (op === "In" || op === "NotIn") parts.push(`${e.key} ${op.toLowerCase()} (${[...(e.values ?? [])].sort().join(",")})`);
    else if (op === "Exists") parts.push(e.key);
    else if (op === "DoesNotExist") parts.push(`!${e.key}`);
  }
  return parts.length ? parts.join(",") : "<none>";
}

function ingressHosts(o: KubeObject): string {
  const hosts = (o.spec?.rules ?? []).map((r: { host?: string }) => r.host).filter(Boolean) as string[];
  if (!hosts.length) return "*";
  return hosts.length > 3 ? `${hosts.slice(0, 3).join(",")} + ${hosts.length - 3} more...` : hosts.join(",");
}

function ingressAddress(o: KubeObject, wide: boolean): string {
  const addrs = (o.status?.loadBalancer?.ingress ?? []).map((i: { ip?: string; hostname?: string }) => i.ip || i.hostname).filter(Boolean).join(",");
  return !wide && addrs.length > 16 ? `${addrs.slice(0, 13)}...` : addrs;
}

function slicePorts(o: KubeObject): string {
  const ports = (o.ports ?? []) as { port?: number }[];
  if (!ports.length) return "<unset>";
  const all = ports.map((p) => (p.port === undefined ? "<unset>" : String(p.port)));
  return all.length > 3 ? `${all.slice(0, 3).join(",")} + ${all.length - 3} more...` : all.join(",");
}

function sliceEndpoints(o: KubeObject): string {
  const all = ((o.endpoints ?? []) as { addresses?: string[] }[]).flatMap((e) => e.addresses ?? []);
  if (!all.length) return "<unset>";
  return all.length > 3 ? `${all.slice(0, 3).join(",")} + ${all.length - 3} more...` : all.join(",");
}

export const NETWORK_TABLES: Record<string, Column[]> = {
  ingresses: [
    NAME,
    { name: "CLASS", cell: (o) => o.spec?.ingressClassName || "<none>" },
    { name: "HOSTS", cell: ingressHosts },
    { name: "ADDRESS", cell: (o) => ingressAddress(o, false) },
    { name: "PORTS", cell: (o) => (o.spec?.tls?.length ? "80, 443" : "80") },
    AGE,
  ],
  ingressclasses: [NAME, { name: "CONTROLLER", cell: (o) => o.spec?.controller ?? "" }, { name: "PARAMETERS", cell: (o) => (o.spec?.parameters ? `${o.spec.parameters.kind}${o.spec.parameters.apiGroup ? `.${o.spec.parameters.apiGroup}` : ""}/${o.spec.parameters.name}` : "<none>") }, AGE],
  networkpolicies: [NAME, { name: "POD-SELECTOR", cell: (o) => formatLabelSelector(o.spec?.podSelector) }, AGE],
  endpointslices: [NAME, { name: "ADDRESSTYPE", cell: (o) => String(o.addressType ?? "") }, { name: "PORTS", cell: slicePorts }, { name: "ENDPOINTS", cell: sliceEndpoints }, AGE],
};
