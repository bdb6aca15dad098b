import type { KubeObject } from "../../engine/api/types";
import { describeEvents, DescribeWriter } from "./writer";
import { header } from "./generic";
import { formatEndpointSlices } from "./endpoint-slices";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// Models describe.go describeService (v1.32: endpoints come from the Service's EndpointSlices).
export function describeService(svc: KubeObject, events: KubeObject[] | undefined, now: number, slices: KubeObject[]): string {
  const w = new DescribeWriter();
  const spec = svc.spec ?? {};
  header(w, svc);
  const sel = Object.entries(spec.selector ?? {}).map(([k, v]) => `${k}=${v}`).sort().join(",");
  w.write(0, `Selector:\t${sel || "<none>"}\n`);
  w.write(0, `Type:\t${spec.type ?? "ClusterIP"}\n`);
  if (spec.ipFamilyPolicy) w.write(0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`);
  w.write(0, `IP Families:\t${spec.ipFamilies?.length ? spec.ipFamilies.join(",") : "<none>"}\n`);
  w.write(0, `IP:\t${spec.clusterIP ?? ""}\n`);
  w.write(0, `IPs:\t${spec.clusterIPs?.length ? spec.clusterIPs.join(",") : "<none>"}\n`);
  if (spec.externalIPs?.length) w.write(0, `External IPs:\t${spec.externalIPs.join(",")}\n`);
  if (spec.loadBalancerIP) w.write(0, `Desired LoadBalancer IP:\t${spec.loadBalancerIP}\n`);
  if (spec.externalName) w.write(0, `External Name:\t${spec.externalName}\n`);
  const ingress = (svc.status?.loadBalancer?.ingress ?? []).map((i: Obj) => i.ip || i.hostname);
  if (ingress.length) w.write(0, `LoadBalancer Ingress:\t${ingress.join(", ")}\n`);
  for (const p of spec.ports ?? []) {
    const name = p.name || "<unset>";
    const protocol = p.protocol ?? "TCP";
    w.write(0, `Port:\t${name}\t${p.port}/${protocol}\n`);
    w.write(0, `TargetPort:\t${p.targetPort ?? p.port}/${protocol}\n`);
    if (p.nodePort) w.write(0, `NodePort:\t${name}\t${p.nodePort}/${protocol}\n`);
    w.write(0, `Endpoints:\t${formatEndpointSlices(slices, p.name ?? "")}\n`);
  }
  w.write(0, `Session Affinity:\t${spec.sessionAffinity ?? "None"}\n`);
  if (spec.externalTrafficPolicy) w.write(0, `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`);
  if (spec.internalTrafficPolicy) w.write(0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`);
  if (spec.healthCheckNodePort) w.write(0, `HealthCheck NodePort:\t${spec.healthCheckNodePort}\n`);
  if (spec.loadBalancerSourceRanges?.length) w.write(0, `LoadBalancer Source Ranges:\t${spec.loadBalancerSourceRanges.join(",")}\n`);
  describeEvents(w, events, now);
  return w.toString();
}
