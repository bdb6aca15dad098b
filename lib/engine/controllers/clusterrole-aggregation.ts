import type { KubeObject } from "../api/types";
import { matchesSelectorObject } from "../api/selectors";
import type { ApiServer } from "../apiserver/apiserver";
import { changedSince } from "../apiserver/rbac-authorizer";
import type { Controller } from "./controller";

/**
 * Fills the rules of every ClusterRole that has an aggregationRule with the rules of the ClusterRoles
 * its selectors match, sorted by name, without duplicates (models
 * pkg/controller/clusterroleaggregation). Repeats until stable so chains (view → edit → admin) settle.
 */
export function aggregateClusterRoles(api: ApiServer): void {
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    const roles = api.list("clusterroles", undefined).items.sort((a, b) => (a.metadata.name! < b.metadata.name! ? -1 : 1));
    for (const role of roles) {
      const selectors = (role.aggregationRule as { clusterRoleSelectors?: object[] } | undefined)?.clusterRoleSelectors;
      if (!selectors) continue;
      const rules: unknown[] = [];
      const seen = new Set<string>();
      for (const sel of selectors)
        for (const other of roles) {
          if (other.metadata.name === role.metadata.name || !matchesSelectorObject(sel, other.metadata.labels)) continue;
          for (const r of (other.rules as unknown[]) ?? []) {
            const key = JSON.stringify(r);
            if (!seen.has(key)) (seen.add(key), rules.push(r));
          }
        }
      if (JSON.stringify(rules) === JSON.stringify(role.rules ?? [])) continue;
      const updated: KubeObject = { ...role, rules };
      Object.assign(role, api.update(updated));
      changed = true;
    }
    if (!changed) return;
  }
}

const STATE_KEY = "clusterrole-aggregation";

export const clusterRoleAggregationController: Controller = {
  name: "clusterrole-aggregation",
  sync(env, cluster) {
    const state = (env.controllerState[STATE_KEY] ??= {}) as Record<string, number>;
    const seen = state[cluster.spec.name];
    if (seen !== undefined && !changedSince(cluster.store, seen, ["/registry/clusterroles/"])) {
      state[cluster.spec.name] = cluster.store.revision;
      return;
    }
    aggregateClusterRoles(cluster.api);
    state[cluster.spec.name] = cluster.store.revision;
  },
};
