import type { Controller } from "../controllers/controller";
import { readInstalled, upstreamVersion } from "../nodes/packages";

/**
 * The kubelet reports the version of the binary it was started from. Upgrading the kubelet
 * package replaces the binary on disk, but the node keeps its old VERSION until the service is
 * restarted (`systemctl daemon-reload && systemctl restart kubelet`): a new main PID means a new
 * process, which reads the installed package's version.
 */
interface Running {
  pid: number;
  version: string;
}

export const kubeletBinaryVersion: Controller = {
  name: "kubelet-binary-version",
  sync(env, cluster) {
    const state = (env.controllerState["kubelet-binary"] ??= {}) as Record<string, Running>;
    for (const spec of cluster.spec.nodes) {
      const host = env.hosts.get(spec.name);
      const unit = host?.systemd.status("kubelet");
      if (!host || !unit || unit.active !== "active" || unit.mainPid === undefined) continue;
      if (state[spec.name]?.pid !== unit.mainPid) {
        const installed = readInstalled(host.fs).kubelet;
        state[spec.name] = { pid: unit.mainPid, version: installed ? upstreamVersion(installed.version) : (state[spec.name]?.version ?? cluster.spec.version) };
      }
      const want = state[spec.name].version;
      let node;
      try {
        node = cluster.api.get("nodes", spec.name);
      } catch {
        continue;
      }
      if (node.status?.nodeInfo?.kubeletVersion === want) continue;
      node.status.nodeInfo = { ...node.status.nodeInfo, kubeletVersion: want };
      cluster.api.update(node, {}, "status");
    }
  },
};
