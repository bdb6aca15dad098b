import type { KubeObject } from "../../engine/api/types";
import { annotationsMultiline, describeEvents, DescribeWriter, labelsMultiline } from "./writer";
import { formatEndpointSlices } from "./endpoint-slices";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// Models describe.go IngressDescriber (describeIngressV1, describeBackendV1) and IngressClassDescriber.

/** What a service backend resolves to: its service (or the lookup error) and the EndpointSlices labelled with its name. */
export interface BackendLookup {
  service(name: string): { service?: KubeObject; error?: string };
  slices(name: string): KubeObject[];
}


function describeBackend(backend: Obj, lookup: BackendLookup): string {
  if (backend.service) {
    const svc = backend.service;
    const sb = `${svc.name}:${svc.port?.number ? svc.port.number : (svc.port?.name ?? "")}`;
    const found = lookup.service(svc.name);
    if (!found.service) return `${sb} (<error: ${found.error}>)`;
    let portName = "";
    for (const sp of (found.service.spec?.ports ?? []) as Obj[]) {
      if (svc.port?.number && svc.port.number === sp.port) portName = sp.name ?? "";
      else if (svc.port?.name && svc.port.name === sp.name) portName = sp.name ?? "";
    }
    return `${sb} (${formatEndpointSlices(lookup.slices(svc.name), portName)})`;
  }
  if (backend.resource) {
    const r = backend.resource;
    return `APIGroup: ${r.apiGroup ?? "<none>"}, Kind: ${r.kind}, Name: ${r.name}`;
  }
  return "";
}

/** The load balancer addresses, de-duplicated and sorted (ingressLoadBalancerStatusStringerV1, wide). */
const address = (ing: KubeObject) => [...new Set(((ing.status?.loadBalancer?.ingress ?? []) as Obj[]).map((i) => i.ip || i.hostname).filter(Boolean))].sort().join(",");

export function describeIngress(ing: KubeObject, events: KubeObject[] | undefined, now: number, lookup: BackendLookup): string {
  const w = new DescribeWriter();
  const spec = ing.spec ?? {};
  w.write(0, `Name:\t${ing.metadata.name}\n`);
  labelsMultiline(w, 0, "Labels", ing.metadata.labels);
  w.write(0, `Namespace:\t${ing.metadata.namespace}\n`);
  w.write(0, `Address:\t${address(ing)}\n`);
  w.write(0, `Ingress Class:\t${spec.ingressClassName ?? "<none>"}\n`);
  const def = spec.defaultBackend ? describeBackend(spec.defaultBackend, lookup) : "<default>";
  w.write(0, `Default backend:\t${def}\n`);
  if (spec.tls?.length) {
    w.write(0, "TLS:\n");
    for (const t of spec.tls as Obj[]) {
      const hosts = (t.hosts ?? []).join(",");
      w.write(1, t.secretName ? `${t.secretName} terminates ${hosts}\n` : `SNI routes ${hosts}\n`);
    }
  }
  w.write(0, "Rules:\n  Host\tPath\tBackends\n");
  w.write(1, "----\t----\t--------\n");
  let count = 0;
  for (const rule of (spec.rules ?? []) as Obj[]) {
    if (!rule.http) continue;
    count++;
    w.write(1, `${rule.host || "*"}\t\n`);
    for (const p of (rule.http.paths ?? []) as Obj[]) w.write(2, `\t${p.path ?? ""} \t${describeBackend(p.backend ?? {}, lookup)}\n`);
  }
  if (!count) w.write(1, `*\t*\t${def}\n`);
  annotationsMultiline(w, 0, ing.metadata.annotations);
  describeEvents(w, events, now);
  return w.toString();
}

export function describeIngressClass(ic: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter();
  const spec = ic.spec ?? {};
  w.write(0, `Name:\t${ic.metadata.name}\n`);
  labelsMultiline(w, 0, "Labels", ic.metadata.labels);
  annotationsMultiline(w, 0, ic.metadata.annotations);
  w.write(0, `Controller:\t${spec.controller ?? ""}\n`);
  if (spec.parameters) {
    w.write(0, "Parameters:\n");
    if (spec.parameters.apiGroup !== undefined) w.write(1, `APIGroup:\t${spec.parameters.apiGroup}\n`);
    w.write(1, `Kind:\t${spec.parameters.kind ?? ""}\n`);
    w.write(1, `Name:\t${spec.parameters.name ?? ""}\n`);
  }
  describeEvents(w, events, now);
  return w.toString();
}
