import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../engine/api/types";
import { describeService } from "./service";

const obj = (o: Record<string, unknown>) => o as unknown as KubeObject;

const slice = (ready: boolean[], portName = "") =>
  obj({
    kind: "EndpointSlice",
    metadata: { name: "web-abcde", namespace: "default", labels: { "kubernetes.io/service-name": "web" } },
    addressType: "IPv4",
    endpoints: ready.map((r, i) => ({ addresses: [`10.244.1.${i + 2}`], conditions: { ready: r } })),
    ports: [{ name: portName, port: 80, protocol: "TCP" }],
  });

describe("describe service", () => {
  it("lists at most three ready endpoints from the EndpointSlices, then + N more...", () => {
    const svc = obj({
      kind: "Service",
      metadata: { name: "web", namespace: "default", labels: { app: "web" } },
      spec: { type: "NodePort", selector: { app: "web" }, ipFamilyPolicy: "SingleStack", ipFamilies: ["IPv4"], clusterIP: "10.96.4.20", clusterIPs: ["10.96.4.20"], ports: [{ port: 80, targetPort: 80, nodePort: 30080, protocol: "TCP" }], sessionAffinity: "None", externalTrafficPolicy: "Cluster", internalTrafficPolicy: "Cluster" },
    });
    expect(describeService(svc, [], 0, [slice([true, true, false, true, true])])).toBe(
      [
        "Name:                     web",
        "Namespace:                default",
        "Labels:                   app=web",
        "Annotations:              <none>",
        "Selector:                 app=web",
        "Type:                     NodePort",
        "IP Family Policy:         SingleStack",
        "IP Families:              IPv4",
        "IP:                       10.96.4.20",
        "IPs:                      10.96.4.20",
        "Port:                     <unset>  80/TCP",
        "TargetPort:               80/TCP",
        "NodePort:                 <unset>  30080/TCP",
        "Endpoints:                10.244.1.2:80,10.244.1.3:80,10.244.1.5:80 + 1 more...",
        "Session Affinity:         None",
        "External Traffic Policy:  Cluster",
        "Internal Traffic Policy:  Cluster",
        "Events:                   <none>",
        "",
      ].join("\n"),
    );
  });

  it("an ExternalName service has no IP families, no ports and External Name before the affinity", () => {
    const svc = obj({ kind: "Service", metadata: { name: "db", namespace: "shop" }, spec: { type: "ExternalName", externalName: "db.example.com", sessionAffinity: "None" } });
    expect(describeService(svc, undefined, 0, [])).toBe(
      ["Name:              db", "Namespace:         shop", "Labels:            <none>", "Annotations:       <none>", "Selector:          <none>", "Type:              ExternalName", "IP Families:       <none>", "IP:                ", "IPs:               <none>", "External Name:     db.example.com", "Session Affinity:  None", ""].join("\n"),
    );
  });

  it("a service whose selector matches nothing yet shows no endpoints", () => {
    const svc = obj({ kind: "Service", metadata: { name: "web", namespace: "default" }, spec: { type: "ClusterIP", selector: { app: "web" }, clusterIP: "10.96.4.21", ports: [{ name: "http", port: 80, targetPort: "http", protocol: "TCP" }] } });
    const text = describeService(svc, undefined, 0, []);
    expect(text.split("\n").filter((l) => l.startsWith("TargetPort") || l.startsWith("Endpoints"))).toEqual(["TargetPort:        http/TCP", "Endpoints:         <none>"]);
  });
});
