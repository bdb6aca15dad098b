import type { KubeObject } from "../../../engine/api/types";
import { reportError, type Subcommand } from "../../context";
import { helpText } from "../create/generator";
import { rolloutTarget } from "./shared";

/** One status message and whether the rollout is done (Models kubectl polymorphichelpers/rollout_status.go). */
function deploymentStatus(d: KubeObject): { msg: string; done: boolean; error?: string } {
  const name = d.metadata.name;
  const st = d.status ?? {};
  if ((d.metadata.generation ?? 0) > (st.observedGeneration ?? 0)) return { msg: `Waiting for deployment spec update to be observed...\n`, done: false };
  const progressing = (st.conditions ?? []).find((c: { type: string }) => c.type === "Progressing");
  if (progressing?.reason === "ProgressDeadlineExceeded") return { msg: "", done: false, error: `deployment "${name}" exceeded its progress deadline` };
  const want = d.spec?.replicas ?? 1;
  const updated = st.updatedReplicas ?? 0;
  if (updated < want) return { msg: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${want} new replicas have been updated...\n`, done: false };
  if ((st.replicas ?? 0) > updated) return { msg: `Waiting for deployment "${name}" rollout to finish: ${(st.replicas ?? 0) - updated} old replicas are pending termination...\n`, done: false };
  if ((st.availableReplicas ?? 0) < updated) return { msg: `Waiting for deployment "${name}" rollout to finish: ${st.availableReplicas ?? 0} of ${updated} updated replicas are available...\n`, done: false };
  return { msg: `deployment "${name}" successfully rolled out\n`, done: true };
}

/** DaemonSet and StatefulSet status viewers (kubectl polymorphichelpers/rollout_status.go). */
function setStatus(obj: KubeObject): { msg: string; done: boolean; error?: string } {
  const st = obj.status ?? {};
  const gen = obj.metadata.generation ?? 0;
  if (obj.spec?.updateStrategy?.type !== "RollingUpdate") return { msg: "", done: true, error: "rollout status is only available for RollingUpdate strategy type" };
  if (obj.kind === "StatefulSet") {
    if (!st.observedGeneration || gen > st.observedGeneration) return { msg: "Waiting for statefulset spec update to be observed...\n", done: false };
    const want = obj.spec?.replicas ?? 1;
    if ((st.readyReplicas ?? 0) < want) return { msg: `Waiting for ${want - (st.readyReplicas ?? 0)} pods to be ready...\n`, done: false };
    const partition = obj.spec?.updateStrategy?.rollingUpdate?.partition;
    if (obj.spec?.updateStrategy?.rollingUpdate && partition !== undefined) {
      if ((st.updatedReplicas ?? 0) < want - partition) return { msg: `Waiting for partitioned roll out to finish: ${st.updatedReplicas ?? 0} out of ${want - partition} new pods have been updated...\n`, done: false };
      return { msg: `partitioned roll out complete: ${st.updatedReplicas ?? 0} new pods have been updated...\n`, done: true };
    }
    if (st.updateRevision !== st.currentRevision) return { msg: `waiting for statefulset rolling update to complete ${st.updatedReplicas ?? 0} pods at revision ${st.updateRevision}...\n`, done: false };
    return { msg: `statefulset rolling update complete ${st.currentReplicas ?? 0} pods at revision ${st.currentRevision}...\n`, done: true };
  }
  if (gen > (st.observedGeneration ?? 0)) return { msg: "Waiting for daemon set spec update to be observed...\n", done: false };
  const desired = st.desiredNumberScheduled ?? 0;
  if ((st.updatedNumberScheduled ?? 0) < desired) return { msg: `Waiting for daemon set "${obj.metadata.name}" rollout to finish: ${st.updatedNumberScheduled ?? 0} out of ${desired} new pods have been updated...\n`, done: false };
  if ((st.numberAvailable ?? 0) < desired) return { msg: `Waiting for daemon set "${obj.metadata.name}" rollout to finish: ${st.numberAvailable ?? 0} of ${desired} updated pods are available...\n`, done: false };
  return { msg: `daemon set "${obj.metadata.name}" successfully rolled out\n`, done: true };
}

const seconds = (t: string | undefined) => {
  const m = /^(\d+)(s|m|h)$/.exec(t ?? "");
  return m ? Number(m[1]) * { s: 1, m: 60, h: 3600 }[m[2] as "s" | "m" | "h"] : 0;
};

export const rolloutStatus: Subcommand = {
  name: "status",
  summary: "Show the status of the rollout",
  flags: [
    { name: "watch", short: "w", type: "bool", default: true },
    { name: "timeout", type: "string", default: "0s" },
    { name: "revision", type: "int", default: 0 },
    { name: "filename", short: "f", type: "array" },
    { name: "selector", short: "l", type: "string" },
  ],
  help: helpText("Wait for a rollout to finish, printing its progress (simulated time moves on while it waits).", "kubectl rollout status (TYPE NAME | TYPE/NAME) [flags] [options]", ["kubectl rollout status deployment/web", "kubectl rollout status deploy web --timeout=60s"], [["-w, --watch=true", "Keep waiting until done."], ["--timeout=0s", "Give up after this long (0: wait up to 10 minutes here)."]]),
  run(k) {
    try {
      const { info, obj } = rolloutTarget(k);
      const limit = seconds(k.str("timeout")) || 600;
      let last = "";
      for (let waited = 0; ; waited++) {
        const cur = k.client().get(info.resource, obj.metadata.name!, obj.metadata.namespace);
        const s = info.resource === "deployments" ? deploymentStatus({ ...cur, kind: "Deployment" }) : setStatus({ ...cur, kind: info.kind });
        if ("error" in s && s.error) return (k.err(`error: ${s.error}\n`), 1);
        if (s.msg !== last) k.out(s.msg);
        last = s.msg;
        if (s.done || !k.bool("watch")) return 0;
        if (waited >= limit) return (k.err("error: timed out waiting for the condition\n"), 1);
        k.ctx.environment.advance(1000);
      }
    } catch (e) {
      return reportError(k, e);
    }
  },
};
