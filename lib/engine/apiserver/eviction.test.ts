import { describe, expect, it } from "vitest";
import { ManualClock } from "../clock";
import { Rand } from "../rand";
import { createCluster } from "../cluster";
import { isStatusError } from "../api/errors";

const fresh = () => createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9, 0, 0)), rand: new Rand(1) });

describe("pods/eviction", () => {
  it.each([
    ["minAvailable 2 of 2 refuses", { minAvailable: 2 }, [false, false]],
    ["minAvailable 1 of 2 allows one", { minAvailable: 1 }, [true, false]],
    ["maxUnavailable 2 allows both", { maxUnavailable: 2 }, [true, true]],
  ])("%s", (_t, budget, expected) => {
    const env = fresh();
    const c = env.adminClient();
    c.create({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web", namespace: "default" }, spec: { replicas: 2, selector: { matchLabels: { app: "web" } }, template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "c", image: "nginx:1.27" }] } } } });
    c.create({ apiVersion: "policy/v1", kind: "PodDisruptionBudget", metadata: { name: "web", namespace: "default" }, spec: { selector: { matchLabels: { app: "web" } }, ...budget } });
    env.advance(8000);
    const results = c.list("pods", "default").items.map((p) => {
      try {
        c.evict(p.metadata.name!, "default");
        return true;
      } catch (e) {
        if (!isStatusError(e, "TooManyRequests")) throw e;
        expect(e.code).toBe(429);
        expect(e.message).toBe("Cannot evict pod as it would violate the pod's disruption budget.");
        return false;
      }
    });
    expect(results).toEqual(expected);
  });
});
