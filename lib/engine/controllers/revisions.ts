import type { KubeObject } from "../api/types";
import type { ApiServer } from "../apiserver/apiserver";
import { controllerRef, isOwnedBy, templateHash } from "./owners";

export const REVISION_HASH_LABEL = "controller-revision-hash";

/**
 * ControllerRevisions of a DaemonSet or StatefulSet: one per distinct pod template, named
 * `<owner>-<hash>`, the newest with the highest `revision`. Returns the current one and all owned
 * ones sorted by revision. Models pkg/controller/history.
 */
export function syncRevisions(api: ApiServer, owner: KubeObject, all: KubeObject[]): { current: KubeObject; hash: string; owned: KubeObject[] } {
  const ns = owner.metadata.namespace!;
  const owned = all.filter((r) => r.metadata.namespace === ns && isOwnedBy(r, owner)).sort((a, b) => (a.revision as number) - (b.revision as number));
  const template = owner.spec.template ?? {};
  const hash = templateHash(template);
  const max = owned.length ? (owned[owned.length - 1].revision as number) : 0;
  let current = owned.find((r) => r.metadata.labels?.[REVISION_HASH_LABEL] === hash);
  if (!current) {
    current = api.create({
      apiVersion: "apps/v1",
      kind: "ControllerRevision",
      metadata: { name: `${owner.metadata.name}-${hash}`, namespace: ns, labels: { ...owner.spec.selector?.matchLabels, [REVISION_HASH_LABEL]: hash }, ownerReferences: [controllerRef(owner)] },
      data: { spec: { template: { ...structuredClone(template), $patch: "replace" } } },
      revision: max + 1,
    });
    owned.push(current);
  } else if ((current.revision as number) < max) {
    // A rollback to an older template makes its revision the newest.
    const bumped = api.update({ ...current, metadata: { ...current.metadata, resourceVersion: undefined }, revision: max + 1 });
    owned.splice(owned.indexOf(current), 1, bumped);
    current = bumped;
  }
  owned.sort((a, b) => (a.revision as number) - (b.revision as number));
  return { current, hash, owned };
}

/** Deletes the oldest revisions no live pod uses, beyond revisionHistoryLimit. */
export function truncateHistory(api: ApiServer, owner: KubeObject, owned: KubeObject[], current: KubeObject, pods: KubeObject[]): void {
  const inUse = new Set(pods.map((p) => p.metadata.labels?.[REVISION_HASH_LABEL]));
  // DaemonSet pods carry the hash, StatefulSet pods the revision's name.
  const history = owned.filter((r) => r !== current && r.metadata.name !== current.metadata.name && !inUse.has(r.metadata.labels?.[REVISION_HASH_LABEL]) && !inUse.has(r.metadata.name));
  const limit = owner.spec.revisionHistoryLimit ?? 10;
  for (const r of history.slice(0, Math.max(0, history.length - limit))) api.delete("controllerrevisions", r.metadata.name!, r.metadata.namespace);
}
