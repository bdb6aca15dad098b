import { rfc3339 } from "../clock";
import type { KubeObject } from "../api/types";
import type { Controller } from "./controller";
import { leaseRenewedAt } from "../kubelet/node-lease";

/** How long the node lifecycle controller waits for a heartbeat (--node-monitor-grace-period). */
export const NODE_MONITOR_GRACE_MS = 40_000;

const UNREACHABLE = [
  { key: "node.kubernetes.io/unreachable", effect: "NoSchedule" },
  { key: "node.kubernetes.io/unreachable", effect: "NoExecute" },
];

type Condition = { type: string; status: string; reason?: string; message?: string; lastHeartbeatTime?: string; lastTransitionTime?: string };

/**
 * Kubelet heartbeats + the node lifecycle controller: a node whose kubelet is not running stops
 * posting status and renewing its Lease; once the last renewal is older than the grace period its
 * conditions turn Unknown and it is tainted unreachable.
 * Models pkg/controller/nodelifecycle/node_lifecycle_controller.go (tryUpdateNodeHealth).
 */
export const nodeLifecycle: Controller = {
  name: "node-lifecycle",
  sync(env, cluster) {
    const now = env.clock.now();
    const state = (env.controllerState["node-lifecycle"] ??= {}) as Record<string, number>;
    for (const spec of cluster.spec.nodes) {
      const host = env.hosts.get(spec.name);
      const kubeletUp = host?.systemd.isActive("kubelet") ?? false;
      let node: KubeObject;
      try {
        node = cluster.api.get("nodes", spec.name);
      } catch {
        continue;
      }
      const conditions: Condition[] = node.status?.conditions ?? [];
      const ready = conditions.find((c) => c.type === "Ready");
      const isReady = ready?.status === "True";
      if (kubeletUp) {
        delete state[spec.name];
        if (isReady) continue;
        for (const c of conditions) {
          const healthy = c.type === "Ready";
          Object.assign(c, healthy ? { status: "True", reason: "KubeletReady", message: "kubelet is posting ready status" } : { status: "False", reason: `Kubelet${{ MemoryPressure: "HasSufficientMemory", DiskPressure: "HasNoDiskPressure", PIDPressure: "HasSufficientPID" }[c.type] ?? ""}` }, { lastHeartbeatTime: rfc3339(now), lastTransitionTime: rfc3339(now) });
        }
        node.spec.taints = (node.spec.taints ?? []).filter((t: { key: string }) => t.key !== "node.kubernetes.io/unreachable");
        if (node.spec.taints.length === 0) delete node.spec.taints;
        cluster.api.update(node, {}, "status");
        cluster.api.update({ ...node, metadata: { ...node.metadata, resourceVersion: undefined } });
        continue;
      }
      // The last heartbeat: the node's Lease renewal (or when this controller first missed the kubelet).
      state[spec.name] ??= now;
      const lastHeartbeat = Math.min(state[spec.name], leaseRenewedAt(cluster, spec.name) ?? Infinity);
      if (!isReady || now - lastHeartbeat < NODE_MONITOR_GRACE_MS) continue;
      for (const c of conditions) Object.assign(c, { status: "Unknown", reason: "NodeStatusUnknown", message: "Kubelet stopped posting node status.", lastTransitionTime: rfc3339(now) });
      cluster.api.update(node, {}, "status");
      const fresh = cluster.api.get("nodes", spec.name);
      fresh.spec.taints = [...(fresh.spec.taints ?? []), ...UNREACHABLE.map((t) => ({ ...t, ...(t.effect === "NoExecute" ? { timeAdded: rfc3339(now) } : {}) }))];
      cluster.api.update(fresh);
    }
  },
};
