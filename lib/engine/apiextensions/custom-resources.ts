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

/**
 * The Warning header of a deprecated version: its own deprecationWarning, else "<group>/<version> <Kind>
 * is deprecated" naming the highest-priority served, non-deprecated version above it. Models
 * apiextensions-apiserver's defaultDeprecationWarning.
 */
export function deprecationWarning(spec: CrdSpec, v: CrdVersion): string {
  if (v.deprecationWarning !== undefined) return v.deprecationWarning;
  const kind = spec.names?.kind;
  const msg = `${spec.group}/${v.name} ${kind} is deprecated`;
  const better = (spec.versions ?? []).filter((x) => x.served && !x.deprecated && compareVersions(x.name, v.name) < 0).sort((a, b) => compareVersions(a.name, b.name));
  return better.length ? `${msg}; use ${spec.group}/${better[0].name} ${kind}` : msg;
}

const established = (crd: KubeObject) => ((crd.status?.conditions ?? []) as { type: string; status: string }[]).some((c) => c.type === "Established" && c.status === "True");

/** Age is the column a CRD without printer columns gets besides NAME. */
const DEFAULT_COLUMNS = [{ name: "Age", type: "date", jsonPath: ".metadata.creationTimestamp" }];

function versionStrategy(crd: KubeObject, v: CrdVersion, preferred: string): KindStrategy {
  const spec = crd.spec as CrdSpec;
  const storage = (spec.versions ?? []).find((x) => x.storage)?.name ?? v.name;
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
      ...(v.name !== preferred ? { preferredVersion: preferred } : {}),
    },
    // Conversion strategy None: only apiVersion changes between versions; reads default with the schema of the version asked for.
    toStorage: (obj) => ({ ...obj, apiVersion: `${spec.group}/${storage}` }),
    fromStorage(obj) {
      const out = { ...obj, apiVersion: `${spec.group}/${v.name}` };
      if (v.name !== storage) applySchemaDefaults(schema, out);
      return out;
    },
    ...(v.deprecated ? { warning: deprecationWarning(spec, v) } : {}),
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
  /** Every served version, by `group/version/Kind` and by `plural.version.group`. */
  byKind: Map<string, KindStrategy>;
  byRef: Map<string, KindStrategy>;
  preferred: KindStrategy[];
  /** The served versions that are not preferred. */
  others: KindStrategy[];
}

export class CustomResources {
  private cache?: { revision: number; served: Served };

  constructor(private readonly store: MvccStore) {}

  private served(): Served {
    if (this.cache?.revision === this.store.revision) return this.cache.served;
    const served: Served = { byResource: new Map(), byKind: new Map(), byRef: new Map(), preferred: [], others: [] };
    const crds = this.store.range(CRD_PREFIX).map((kv) => JSON.parse(kv.value) as KubeObject);
    crds.sort((a, b) => ((a.spec?.group ?? "") < (b.spec?.group ?? "") ? -1 : (a.spec?.group ?? "") > (b.spec?.group ?? "") ? 1 : 0));
    for (const crd of crds) {
      if (!established(crd) || crd.metadata.deletionTimestamp) continue;
      const versions = ((crd.spec?.versions ?? []) as CrdVersion[]).filter((v) => v.served).sort((a, b) => compareVersions(a.name, b.name));
      if (!versions.length) continue;
      const strategies = versions.map((v) => versionStrategy(crd, v, versions[0].name));
      for (const s of strategies) {
        served.byKind.set(`${s.info.group}/${s.info.version}/${s.info.kind}`, s);
        served.byRef.set(`${s.info.resource}.${s.info.version}.${s.info.group}`, s);
      }
      served.byResource.set(strategies[0].info.resource, strategies[0]);
      served.preferred.push(strategies[0]);
      served.others.push(...strategies.slice(1));
    }
    this.cache = { revision: this.store.revision, served };
    return served;
  }

  /** The preferred version for a plural name, the named version for `plural.version.group`. */
  strategyFor(resource: string): KindStrategy | undefined {
    return this.served().byResource.get(resource) ?? this.served().byRef.get(resource);
  }

  strategyForKind(apiVersion: string, kind: string): KindStrategy | undefined {
    if (!apiVersion.includes("/")) return undefined;
    return this.served().byKind.get(`${apiVersion}/${kind}`);
  }

  /** Discovery entries of the preferred versions. */
  infos(): ResourceInfo[] {
    return this.served().preferred.map((s) => s.info);
  }

  /** Discovery entries of the other served versions (`preferredVersion` set). */
  otherInfos(): ResourceInfo[] {
    return this.served().others.map((s) => s.info);
  }

  /** kubectl's name resolution over custom resources: plural, singular, short name, Kind, `plural.group`. */
  resolve(name: string): ResourceInfo | undefined {
    const lower = name.toLowerCase();
    for (const i of [...this.infos(), ...this.otherInfos()]) {
      const full = [i.resource, i.singular, ...i.shortNames, i.kind.toLowerCase()];
      if (!i.preferredVersion && (full.includes(lower) || full.some((n) => lower === `${n}.${i.group}`))) return i;
      if (full.some((n) => lower === `${n}.${i.version}.${i.group}`)) return i;
    }
    return undefined;
  }
}

/** Deleting a CRD deletes every object of its resource (the customresourcecleanup finalizer's work). */
export function deleteCustomResources(crd: KubeObject, api: ApiServer): void {
  const spec = crd.spec as CrdSpec;
  if (spec?.group && spec.names?.plural) api.store.deletePrefix(`/registry/${spec.group}/${spec.names.plural}/`);
}
