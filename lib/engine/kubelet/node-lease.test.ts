import { describe, expect, it } from "vitest";
import { ManualClock } from "../clock";
import { Rand } from "../rand";
import { createCluster } from "../cluster";

const T0 = Date.UTC(2026, 0, 1, 9, 0, 0);

function fresh() {
  const env = createCluster({ clock: new ManualClock(T0), rand: new Rand(1) });
  return { env, c: env.adminClient() };
}

const renewTime = (c: ReturnType<typeof fresh>["c"], node: string) => c.get("leases", node, "kube-node-lease").spec.renewTime;

describe("node leases", () => {
  it("every running kubelet renews its lease every 10 s on the simulated clock", () => {
    const { env, c } = fresh();
    expect(c.get("leases", "node01", "kube-node-lease").spec).toEqual({ holderIdentity: "node01", leaseDurationSeconds: 40, renewTime: "2026-01-01T09:00:00.000000Z" });
    env.advance(25_000);
    expect(renewTime(c, "node01")).toBe("2026-01-01T09:00:20.000000Z");
    expect(renewTime(c, "controlplane")).toBe("2026-01-01T09:00:20.000000Z");
  });

  it("a stopped kubelet stops renewing, and the node goes NotReady 40 s after the last renewal", () => {
    const { env, c } = fresh();
    env.advance(5000);
    env.host("node01")!.systemd.stop("kubelet");
    env.advance(30_000);
    expect(renewTime(c, "node01")).toBe("2026-01-01T09:00:00.000000Z");
    expect(renewTime(c, "node02")).toBe("2026-01-01T09:00:30.000000Z");
    const ready = () => c.get("nodes", "node01").status.conditions.find((x: { type: string }) => x.type === "Ready").status;
    expect(ready()).toBe("True");
    env.advance(10_000);
    expect(ready()).toBe("Unknown");
    env.host("node01")!.systemd.start("kubelet");
    env.advance(1000);
    expect([ready(), renewTime(c, "node01")]).toEqual(["True", "2026-01-01T09:00:46.000000Z"]);
  });

  it("a deleted lease is created again by its kubelet, owned by the Node", () => {
    const { env, c } = fresh();
    c.delete("leases", "node02", "kube-node-lease");
    env.advance(1000);
    const lease = c.get("leases", "node02", "kube-node-lease");
    expect([lease.spec.renewTime, lease.metadata.ownerReferences?.[0].kind, lease.metadata.ownerReferences?.[0].uid]).toEqual(["2026-01-01T09:00:01.000000Z", "Node", c.get("nodes", "node02").metadata.uid]);
  });
});
