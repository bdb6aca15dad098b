import { matchesSelectorObject } from "../api/selectors";
import { rfc3339 } from "../clock";
import type { Controller } from "./controller";
import { resolveIntOrPercent } from "./deployment";
import { isPodReady } from "./owners";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Keeps each PodDisruptionBudget's status: expected and healthy pods, the healthy count it needs,
 * and how many voluntary disruptions (evictions) are allowed now. Models pkg/controller/disruption.
 */
export const disruptionController: Controller = {
  name: "disruption",
  sync(env, cluster) {
    const api = cluster.api;
    const pdbs = api.list("poddisruptionbudgets", undefined).items;
    if (!pdbs.length) return;
    const pods = api.listView("pods", undefined).filter((p) => !p.metadata.deletionTimestamp && p.status?.phase !== "Succeeded" && p.status?.phase !== "Failed");
    const nowIso = rfc3339(env.clock.now());
    for (const pdb of pdbs) {
      const spec = pdb.spec ?? {};
      const selected = spec.selector ? pods.filter((p) => p.metadata.namespace === pdb.metadata.namespace && matchesSelectorObject(spec.selector, p.metadata.labels)) : [];
      const expected = selected.length;
      const healthy = selected.filter(isPodReady).length;
      let desired = 0;
      if (spec.maxUnavailable != null) desired = Math.max(0, expected - resolveIntOrPercent(spec.maxUnavailable, expected, true));
      else if (spec.minAvailable != null) desired = resolveIntOrPercent(spec.minAvailable, expected, true);
      const allowed = Math.max(0, healthy - desired);
      const prev = (pdb.status?.conditions ?? []).find((c: Obj) => c.type === "DisruptionAllowed");
      const status = allowed > 0 ? "True" : "False";
      const condition = { type: "DisruptionAllowed", status, observedGeneration: pdb.metadata.generation, lastTransitionTime: prev?.status === status ? prev.lastTransitionTime : nowIso, reason: allowed > 0 ? "SufficientPods" : "InsufficientPods", message: "" };
      const next = { conditions: [condition], currentHealthy: healthy, desiredHealthy: desired, disruptionsAllowed: allowed, expectedPods: expected, observedGeneration: pdb.metadata.generation };
      if (JSON.stringify(next) !== JSON.stringify(pdb.status)) api.update({ ...pdb, metadata: { ...pdb.metadata, resourceVersion: undefined }, status: next }, {}, "status");
    }
  },
};
