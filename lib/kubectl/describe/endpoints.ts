import type { KubeObject } from "../../engine/api/types";
import { annotationsMultiline, describeEvents, DescribeWriter, labelsMultiline } from "./writer";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// Models describe.go describeEndpoints and describeEndpointSliceV1.

function header(w: DescribeWriter, o: KubeObject): void {
  w.write(0, `Name:\t${o.metadata.name}\n`);
  w.write(0, `Namespace:\t${o.metadata.namespace ?? ""}\n`);
  labelsMultiline(w, 0, "Labels", o.metadata.labels);
  annotationsMultiline(w, 0, o.metadata.annotations);
}

const ips = (list: Obj[] | undefined) => (list ?? []).map((a) => a.ip).join(",") || "<none>";

export function describeEndpoints(ep: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter();
  header(w, ep);
  w.write(0, "Subsets:\n");
  for (const subset of (ep.subsets ?? []) as Obj[]) {
    w.write(1, `Addresses:\t${ips(subset.addresses)}\n`);
    w.write(1, `NotReadyAddresses:\t${ips(subset.notReadyAddresses)}\n`);
    if (subset.ports?.length) {
      w.write(1, "Ports:\n");
      w.write(2, "Name\tPort\tProtocol\n");
      w.write(2, "----\t----\t--------\n");
      for (const p of subset.ports as Obj[]) w.write(2, `${p.name || "<unset>"}\t${p.port ?? 0}\t${p.protocol ?? ""}\n`);
    }
    w.write(0, "\n");
  }
  describeEvents(w, events, now);
  return w.toString();
}

const unset = (v: unknown) => (v === undefined || v === null ? "<unset>" : String(v));

export function describeEndpointSlice(eps: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter();
  header(w, eps);
  w.write(0, `AddressType:\t${eps.addressType ?? ""}\n`);
  const ports = (eps.ports ?? []) as Obj[];
  if (!ports.length) w.write(0, "Ports: <unset>\n");
  else {
    w.write(0, "Ports:\n");
    w.write(1, "Name\tPort\tProtocol\n");
    w.write(1, "----\t----\t--------\n");
    for (const p of ports) w.write(1, `${p.name || "<unset>"}\t${unset(p.port)}\t${p.protocol ?? ""}\n`);
  }
  const endpoints = (eps.endpoints ?? []) as Obj[];
  if (!endpoints.length) w.write(0, "Endpoints: <none>\n");
  else {
    w.write(0, "Endpoints:\n");
    for (const e of endpoints) {
      w.write(1, `- Addresses:\t${(e.addresses ?? []).join(", ") || "<none>"}\n`);
      w.write(2, "Conditions:\n");
      w.write(3, `Ready:\t${unset(e.conditions?.ready)}\n`);
      w.write(2, `Hostname:\t${unset(e.hostname)}\n`);
      if (e.targetRef) w.write(2, `TargetRef:\t${e.targetRef.kind ?? ""}/${e.targetRef.name ?? ""}\n`);
      w.write(2, `NodeName:\t${unset(e.nodeName)}\n`);
      w.write(2, `Zone:\t${unset(e.zone)}\n`);
    }
  }
  describeEvents(w, events, now);
  return w.toString();
}
