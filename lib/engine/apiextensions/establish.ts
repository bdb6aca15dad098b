import { rfc3339 } from "../clock";
import type { KubeObject } from "../api/types";
import type { ApiServer } from "../apiserver/apiserver";
import { CRD_PREFIX, type CrdNames, type CrdSpec, type CrdVersion } from "./types";

/**
 * The API server's CRD controllers, run right after a CRD is written: the naming controller
 * (NamesAccepted, status.acceptedNames) and the establishing controller (Established). Models
 * apiextensions-apiserver/pkg/controller/{status/naming_controller.go,establish/establishing_controller.go}.
 */

interface Condition {
  type: string;
  status: string;
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
}

/** Names already taken in the group by other CRDs' accepted names. */
function nameConflict(crd: KubeObject, others: KubeObject[]): string | undefined {
  const names = (crd.spec as CrdSpec).names ?? {};
  const group = crd.spec?.group;
  const taken = new Set<string>();
  const kinds = new Set<string>();
  for (const o of others) {
    if (o.spec?.group !== group || o.metadata.name === crd.metadata.name) continue;
    const a: CrdNames = o.status?.acceptedNames ?? {};
    for (const n of [a.plural, a.singular, ...(a.shortNames ?? [])]) if (n) taken.add(n);
    for (const k of [a.kind, a.listKind]) if (k) kinds.add(k);
  }
  if (names.plural && taken.has(names.plural)) return `"${names.plural}" is already in use`;
  if (names.singular && taken.has(names.singular)) return `"${names.singular}" is already in use`;
  for (const s of names.shortNames ?? []) if (taken.has(s)) return `"${s}" is already in use`;
  if (names.kind && kinds.has(names.kind)) return `"${names.kind}" is already in use`;
  if (names.listKind && kinds.has(names.listKind)) return `"${names.listKind}" is already in use`;
  return undefined;
}

function setCondition(conds: Condition[], c: Condition, now: string): Condition[] {
  const old = conds.find((x) => x.type === c.type);
  const next = { type: c.type, status: c.status, lastTransitionTime: old && old.status === c.status ? old.lastTransitionTime : now, reason: c.reason, message: c.message };
  return old ? conds.map((x) => (x.type === c.type ? next : x)) : [...conds, next];
}

/** Brings a CRD's status up to date; writes only when something changed. */
export function establish(crd: KubeObject, api: ApiServer): void {
  if (crd.metadata.deletionTimestamp) return;
  const spec = crd.spec as CrdSpec;
  const others = api.store.range(CRD_PREFIX).map((kv) => JSON.parse(kv.value) as KubeObject);
  const conflict = nameConflict(crd, others);
  const now = rfc3339(api.now());
  const status = JSON.parse(JSON.stringify(crd.status ?? {}));
  let conds: Condition[] = status.conditions ?? [];
  if (conflict) {
    conds = setCondition(conds, { type: "NamesAccepted", status: "False", reason: "NameConflict", message: conflict }, now);
  } else {
    const n = spec.names ?? {};
    status.acceptedNames = { ...(n.categories ? { categories: n.categories } : {}), kind: n.kind, listKind: n.listKind, plural: n.plural, ...(n.shortNames ? { shortNames: n.shortNames } : {}), singular: n.singular };
    conds = setCondition(conds, { type: "NamesAccepted", status: "True", reason: "NoConflicts", message: "no conflicts found" }, now);
    if (!conds.some((c) => c.type === "Established" && c.status === "True")) conds = setCondition(conds, { type: "Established", status: "True", reason: "InitialNamesAccepted", message: "the initial names have been accepted" }, now);
  }
  status.conditions = conds;
  const storage = ((spec.versions ?? []) as CrdVersion[]).find((v) => v.storage)?.name;
  const stored: string[] = status.storedVersions ?? [];
  if (storage && !stored.includes(storage)) stored.push(storage);
  status.storedVersions = stored;
  if (JSON.stringify(status) === JSON.stringify(crd.status ?? {})) return;
  api.update({ ...crd, status }, {}, "status");
}
