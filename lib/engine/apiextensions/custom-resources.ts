import type { KubeObject } from "../api/types";
import type { ResourceInfo } from "../client";
import type { MvccStore } from "../store/mvcc";
import { stdVerbs, type KindStrategy } from "../registry/strategy";
import type { ApiServer } from "../apiserver/apiserver";
import { applySchemaDefaults, pruneSchema, unknownSchemaFields, validateSchema } from "./openapi";
import { CRD_PREFIX, type CrdSpec, type CrdVersion } from "./types";

/**
 * The resources CustomResourceDefinitions add to one API server: a strategy per served version of
 * every Established CRD, derived from the stored CRDs (so snapshots, restores and etcdctl writes
 * need no extra state). Models apiextensions-apiserver's crdHandler serving /apis/<group>/<version>.
 */

/** Kubernetes version priority: GA > beta > alpha, higher numbers first, then other names alphabetically. */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const m = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(v);
    if (!m) return { rank: 0, major: 0, minor: 0 };
    return { rank: m[2] === undefined ? 3 : m[2] === "beta" ? 2 : 1, major: Number(m[1]), minor: Number(m[3] ?? 0) };
  };
  const pa = parse(a);
  const pb = parse(b);
  if (pa.rank !== pb.rank) return pb.rank - pa.rank;
  if (pa.rank === 0) return a < b ? -1 : a > b ? 1 : 0;
  if (pa.major !== pb.major) return pb.major - pa.major;
  return pb.minor - pa.minor;
}

const established = (crd: KubeObject) => ((crd.status?.conditions ?? []) as { type: string; status: string }[]).some((c) => c.type === "Established" && c.status === "True");

/** Age is the column a CRD without printer columns gets besides NAME. */
const DEFAULT_COLUMNS = [{ name: "Age", type: "date", jsonPath: ".metadata.creationTimestamp" }];

function versionStrategy(crd: KubeObject, v: CrdVersion): KindStrategy {
  const spec = crd.spec as CrdSpec;
  const names = crd.status?.acceptedNames ?? spec.names ?? {};
  const schema = v.schema?.openAPIV3Schema ?? { type: "object", "x-kubernetes-preserve-unknown-fields": true };
  const hasStatus = !!v.subresources?.status;
  return {
    info: {
      resource: names.plural,
      singular: names.singular ?? String(names.kind ?? "").toLowerCase(),
      kind: names.kind,
      group: spec.group!,
      version: v.name,
      namespaced: spec.scope === "Namespaced",
      shortNames: names.shortNames ?? [],
      verbs: stdVerbs,
      ...(names.categories?.length ? { categories: names.categories } : {}),
      hasStatus,
      columns: v.additionalPrinterColumns?.length ? v.additionalPrinterColumns : DEFAULT_COLUMNS,
      custom: true,
    },
    tracksGeneration: true,
    unknownFields: (obj) => unknownSchemaFields(schema, obj),
    defaults(obj) {
      pruneSchema(schema, obj);
      applySchemaDefaults(schema, obj);
    },
    validate: (obj) => validateSchema(schema, obj),
    prepareForCreate(obj) {
      // The status subresource owns status; defaults apply again as they do when the object is read back.
      if (hasStatus) delete obj.status;
      applySchemaDefaults(schema, obj);
    },
  };
}

interface Served {
  /** Preferred version of each resource, by plural name. */
  byResource: Map<string, KindStrategy>;
  /** Every served version, by `group/version/Kind`. */
  byKind: Map<string, KindStrategy>;
  preferred: KindStrategy[];
}

export class CustomResources {
  private cache?: { revision: number; served: Served };

  constructor(private readonly store: MvccStore) {}

  private served(): Served {
    if (this.cache?.revision === this.store.revision) return this.cache.served;
    const served: Served = { byResource: new Map(), byKind: new Map(), preferred: [] };
    const crds = this.store.range(CRD_PREFIX).map((kv) => JSON.parse(kv.value) as KubeObject);
    crds.sort((a, b) => ((a.spec?.group ?? "") < (b.spec?.group ?? "") ? -1 : (a.spec?.group ?? "") > (b.spec?.group ?? "") ? 1 : 0));
    for (const crd of crds) {
      if (!established(crd) || crd.metadata.deletionTimestamp) continue;
      const versions = ((crd.spec?.versions ?? []) as CrdVersion[]).filter((v) => v.served).sort((a, b) => compareVersions(a.name, b.name));
      if (!versions.length) continue;
      const strategies = versions.map((v) => versionStrategy(crd, v));
      for (const s of strategies) served.byKind.set(`${s.info.group}/${s.info.version}/${s.info.kind}`, s);
      served.byResource.set(strategies[0].info.resource, strategies[0]);
      served.preferred.push(strategies[0]);
    }
    this.cache = { revision: this.store.revision, served };
    return served;
  }

  strategyFor(resource: string): KindStrategy | undefined {
    return this.served().byResource.get(resource);
  }

  strategyForKind(apiVersion: string, kind: string): KindStrategy | undefined {
    if (!apiVersion.includes("/")) return undefined;
    return this.served().byKind.get(`${apiVersion}/${kind}`);
  }

  infos(): ResourceInfo[] {
    return this.served().preferred.map((s) => s.info);
  }

  /** kubectl's name resolution over custom resources: plural, singular, short name, Kind, `plural.group`. */
  resolve(name: string): ResourceInfo | undefined {
    const lower = name.toLowerCase();
    for (const i of this.infos()) {
      const full = [i.resource, i.singular, ...i.shortNames, i.kind.toLowerCase()];
      if (full.includes(lower)) return i;
      if (full.some((n) => lower === `${n}.${i.group}` || lower === `${n}.${i.version}.${i.group}`)) return i;
    }
    return undefined;
  }
}

/** Deleting a CRD deletes every object of its resource (the customresourcecleanup finalizer's work). */
export function deleteCustomResources(crd: KubeObject, api: ApiServer): void {
  const spec = crd.spec as CrdSpec;
  if (spec?.group && spec.names?.plural) api.store.deletePrefix(`/registry/${spec.group}/${spec.names.plural}/`);
}
