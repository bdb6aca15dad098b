import { describe, expect, it } from "vitest";
import { ManualClock } from "../clock";
import { Rand } from "../rand";
import { createCluster } from "../cluster";
import { isStatusError } from "../api/errors";

const fresh = () => createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9, 0, 0)), rand: new Rand(1) });

describe("services and endpoints", () => {
  it("allocates a ClusterIP in 10.96.0.0/12 and a NodePort in range", () => {
    const c = fresh().adminClient();
    const svc = c.create({ apiVersion: "v1", kind: "Service", metadata: { name: "web", namespace: "default" }, spec: { type: "NodePort", selector: { app: "web" }, ports: [{ port: 80 }] } });
    expect(svc.spec.clusterIP).toMatch(/^10\.(9[6-9]|10[0-9]|11[01])\.\d+\.\d+$/);
    expect(svc.spec.clusterIPs).toEqual([svc.spec.clusterIP]);
    expect(svc.spec.ports[0]).toMatchObject({ port: 80, targetPort: 80, protocol: "TCP" });
    expect(svc.spec.ports[0].nodePort).toBeGreaterThanOrEqual(30000);
    expect(svc.spec.ports[0].nodePort).toBeLessThanOrEqual(32767);
  });

  it("rejects a taken or out-of-range nodePort with the upstream message", () => {
    const c = fresh().adminClient();
    const mk = (name: string, nodePort: number) => c.create({ apiVersion: "v1", kind: "Service", metadata: { name, namespace: "default" }, spec: { type: "NodePort", ports: [{ port: 80, nodePort }] } });
    mk("a", 30080);
    const msg = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (isStatusError(e)) return e.message;
        throw e;
      }
    };
    expect(msg(() => mk("b", 30080))).toBe('Service "b" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated');
    expect(msg(() => mk("c", 80))).toBe('Service "c" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767');
  });

  it("lists ready pods behind a service, resolving a named targetPort", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create({ apiVersion: "v1", kind: "Service", metadata: { name: "web", namespace: "default" }, spec: { selector: { app: "web" }, ports: [{ port: 80, targetPort: "http" }] } });
    for (const name of ["a", "b"]) c.create({ apiVersion: "v1", kind: "Pod", metadata: { name, namespace: "default", labels: { app: "web" } }, spec: { containers: [{ name: "c", image: "nginx", ports: [{ name: "http", containerPort: 8080 }] }] } });
    c.create({ apiVersion: "v1", kind: "Pod", metadata: { name: "other", namespace: "default", labels: { app: "db" } }, spec: { containers: [{ name: "c", image: "redis" }] } });
    env.advance(5000);
    const ep = c.get("endpoints", "web", "default");
    expect(ep.subsets).toEqual([{ addresses: [expect.objectContaining({ ip: "192.168.1.2", nodeName: "node01" }), expect.objectContaining({ ip: "192.168.2.2", nodeName: "node02" })], ports: [{ port: 8080, protocol: "TCP" }] }]);
    c.delete("pods", "a", "default");
    env.advance(1000);
    expect((c.get("endpoints", "web", "default").subsets as { addresses: unknown[] }[])[0].addresses).toHaveLength(1);
  });
});
