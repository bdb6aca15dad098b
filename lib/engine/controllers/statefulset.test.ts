import { describe, expect, it } from "vitest";
import { ManualClock } from "../clock";
import { Rand } from "../rand";
import { createCluster } from "../cluster";
import type { KubeObject } from "../api/types";
import { isStatusError } from "../api/errors";

const fresh = () => createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9, 0, 0)), rand: new Rand(1) });
type Env = ReturnType<typeof fresh>;
const sts = (extra: Record<string, unknown> = {}, image = "nginx:1.27"): KubeObject => ({
  apiVersion: "apps/v1",
  kind: "StatefulSet",
  metadata: { name: "web", namespace: "default" },
  spec: { serviceName: "web", replicas: 3, selector: { matchLabels: { app: "web" } }, template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "nginx", image }] } }, ...extra },
});
const pods = (env: Env) =>
  env
    .adminClient()
    .list("pods", "default", { labelSelector: "app=web" })
    .items.map((p) => `${p.metadata.name}:${p.status.phase}`)
    .sort();

describe("statefulset controller", () => {
  it("creates web-0, web-1, web-2 in order, each after the previous is Running and Ready", () => {
    const env = fresh();
    env.adminClient().create(sts());
    const seen: string[][] = [];
    for (let i = 0; i < 10; i++) {
      env.advance(1000);
      seen.push(pods(env));
    }
    expect(seen[0]).toEqual(["web-0:Pending"]);
    expect(seen.find((s) => s.length === 2)).toEqual(["web-0:Running", "web-1:Pending"]);
    expect(pods(env)).toEqual(["web-0:Running", "web-1:Running", "web-2:Running"]);
    const pod = env.adminClient().get("pods", "web-1", "default");
    expect([pod.spec.hostname, pod.spec.subdomain, pod.metadata.labels!["statefulset.kubernetes.io/pod-name"], pod.metadata.labels!["apps.kubernetes.io/pod-index"]]).toEqual(["web-1", "web", "web-1", "1"]);
    const st = env.adminClient().get("statefulsets", "web", "default").status;
    expect([st.replicas, st.readyReplicas, st.currentReplicas, st.updatedReplicas, st.currentRevision === st.updateRevision]).toEqual([3, 3, 3, 3, true]);
    expect(pod.metadata.labels!["controller-revision-hash"]).toBe(st.updateRevision);
  });

  it("creates all pods at once with podManagementPolicy Parallel", () => {
    const env = fresh();
    env.adminClient().create(sts({ podManagementPolicy: "Parallel" }));
    env.advance(1000);
    expect(pods(env)).toEqual(["web-0:Pending", "web-1:Pending", "web-2:Pending"]);
  });

  it("scales down from the highest ordinal, one at a time", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create(sts());
    env.advance(12_000);
    c.patch("statefulsets", "web", "default", "merge", { spec: { replicas: 1 } });
    env.advance(1000);
    expect(pods(env)).toEqual(["web-0:Running", "web-1:Running"]);
    env.advance(1000);
    expect(pods(env)).toEqual(["web-0:Running"]);
  });

  it("recreates a deleted pod under the same name", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create(sts({ replicas: 2 }));
    env.advance(10_000);
    const uid = c.get("pods", "web-1", "default").metadata.uid;
    c.delete("pods", "web-1", "default");
    env.advance(4000);
    const again = c.get("pods", "web-1", "default");
    expect([again.status.phase, again.metadata.uid === uid]).toEqual(["Running", false]);
  });

  it("rolls a new image out from the highest ordinal down, respecting the partition", () => {
    const env = fresh();
    const c = env.adminClient();
    c.create(sts({ updateStrategy: { type: "RollingUpdate", rollingUpdate: { partition: 1 } } }));
    env.advance(12_000);
    const s = c.get("statefulsets", "web", "default");
    s.spec.template.spec.containers[0].image = "nginx:1.28";
    c.update(s);
    env.advance(20_000);
    const images = c.list("pods", "default").items.map((p) => `${p.metadata.name}=${p.spec.containers[0].image}`).sort();
    expect(images).toEqual(["web-0=nginx:1.27", "web-1=nginx:1.28", "web-2=nginx:1.28"]);
    const st = c.get("statefulsets", "web", "default").status;
    expect([st.updatedReplicas, st.currentReplicas, st.currentRevision === st.updateRevision]).toEqual([2, 1, false]);
  });

  it("rejects changes to fields other than replicas, template and updateStrategy", () => {
    const c = fresh().adminClient();
    c.create(sts());
    try {
      c.patch("statefulsets", "web", "default", "merge", { spec: { serviceName: "other" } });
      expect.unreachable();
    } catch (e) {
      expect(isStatusError(e) && e.message).toBe(
        "StatefulSet \"web\" is invalid: spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
      );
    }
  });
});
