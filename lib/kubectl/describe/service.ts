import type { KubeObject } from "../../engine/api/types";
import { describeEvents, DescribeWriter } from "./writer";
import { header } from "./generic";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// Models describe.go describeService (endpoints from EndpointSlices / Endpoints).
export function describeService(svc: KubeObject, events: KubeObject[] | undefined, now: number, endpoints: string[] | undefined): string {
  const w = new DescribeWriter();
  const spec = svc.spec ?? {};
  header(w, svc);
  const sel = Object.entries(spec.selector ?? {}).map(([k, v]) => `${k}=${v}`).sort().join(",");
  w.write(0, `Selector:\t${sel}\n`);
  w.write(0, `Type:\t${spec.type ?? "ClusterIP"}\n`);
  if (spec.ipFamilyPolicy) w.write(0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`);
  if (spec.ipFamilies?.length) w.write(0, `IP Families:\t${spec.ipFamilies.join(",")}\n`);
  w.write(0, `IP:\t${spec.clusterIP ?? ""}\n`);
  if (spec.clusterIPs?.length) w.write(0, `IPs:\t${spec.clusterIPs.join(",")}\n`);
  if (spec.externalIPs?.length) w.write(0, `External IPs:\t${spec.externalIPs.join(",")}\n`);
  const ingress = (svc.status?.loadBalancer?.ingress ?? []).map((i: Obj) => i.ip ?? i.hostname);
  if (ingress.length) w.write(0, `LoadBalancer Ingress:\t${ingress.join(", ")}\n`);
  if (spec.type === "ExternalName") w.write(0, `External Name:\t${spec.externalName}\n`);
  for (const p of spec.ports ?? []) {
    const name = p.name || "<unset>";
    w.write(0, `Port:\t${name}\t${p.port}/${p.protocol ?? "TCP"}\n`);
    w.write(0, `TargetPort:\t${p.targetPort ?? p.port}/${p.protocol ?? "TCP"}\n`);
    if (p.nodePort) w.write(0, `NodePort:\t${name}\t${p.nodePort}/${p.protocol ?? "TCP"}\n`);
    if (spec.type !== "ExternalName") w.write(0, `Endpoints:\t${endpoints?.filter((e) => e.endsWith(`:${typeof p.targetPort === "number" ? p.targetPort : p.port}`) || typeof p.targetPort === "string").join(",") ?? ""}\n`);
  }
  if (!spec.ports?.length && spec.type !== "ExternalName") w.write(0, `Endpoints:\t${(endpoints ?? []).join(",")}\n`);
  w.write(0, `Session Affinity:\t${spec.sessionAffinity ?? "None"}\n`);
  if (spec.type === "NodePort" || spec.type === "LoadBalancer") w.write(0, `External Traffic Policy:\t${spec.externalTrafficPolicy ?? "Cluster"}\n`);
  if (spec.internalTrafficPolicy) w.write(0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`);
  describeEvents(w, events, now);
  return w.toString();
}
