import { ephemeralContainersUpdate, validateEphemeralContainers } from "./ephemeral-containers";
import type { Clock } from "../clock";
import { rfc3339 } from "../clock";
import type { Rand } from "../rand";
import type { KubeObject } from "../api/types";
import { alreadyExists, badRequest, conflict, invalid, notFound } from "../api/errors";
import { listSelector } from "../api/selectors";
import type { DeleteOptions, ListOptions, ListResult, PatchType, WriteOptions } from "../client";
import type { MvccStore } from "../store/mvcc";
import type { KindStrategy } from "../registry/strategy";
import { validateName } from "../registry/strategy";
import { storageKey, storagePrefix, strategyFor, strategyForKind } from "../registry/registry";
import { applyPatch } from "./patch";
import { allocateServiceAddresses } from "./service-ips";
import { admitMutating, admitValidating, type AdmissionRequest } from "./admission";
import { admitNamespaceDelete } from "./admission/namespace-lifecycle";
import { RbacAuthorizer } from "./rbac-authorizer";
import { pruneUnknownFields, unknownFields } from "../api/schema";
import { CustomResources } from "../apiextensions/custom-resources";
import { ParsedCache } from "./parsed-cache";
import { notServed, served, toStorage } from "./versioning";
import { parseResourceRef, versionedStrategyFor, versionedStrategyForKind } from "../registry/versions";

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));

/** A pod in graceful termination stays until its kubelet deletes it with grace period 0. */
const gracefulPod = (s: KindStrategy, obj: KubeObject) => s.info.resource === "pods" && (obj.metadata.deletionGracePeriodSeconds ?? 0) > 0;

/** A namespace being deleted stays while its spec.finalizers (the namespace controller's `kubernetes`) remain. */
const finalizingNamespace = (s: KindStrategy, obj: KubeObject) => s.info.resource === "namespaces" && (obj.spec?.finalizers?.length ?? 0) > 0;

/** Kinds whose names are DNS-1123 labels rather than subdomains. */
const LABEL_NAMED = new Set(["namespaces", "services"]);

/**
 * kube-apiserver in miniature: every write goes defaulting → validation → store, and every object
 * leaves with apiVersion/kind set, as the real server returns them. Models
 * staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go.
 */
export class ApiServer {
  private readonly views = new ParsedCache();
  /** RBAC (after the system:masters short-cut), consulted by every client call. */
  readonly authorizer: RbacAuthorizer;
  /** Resources served from CustomResourceDefinitions. */
  readonly custom: CustomResources;

  constructor(
    readonly store: MvccStore,
    private readonly clock: Clock,
    private readonly rand: Rand,
  ) {
    this.authorizer = new RbacAuthorizer(store);
    this.custom = new CustomResources(store);
  }

  now(): number {
    return this.clock.now();
  }

  /** The strategy serving `resource` (built-in first, then custom resources), if any. */
  findStrategy(resource: string): KindStrategy | undefined {
    return strategyFor(resource) ?? this.custom.strategyFor(resource) ?? versionedStrategyFor(resource);
  }

  /** The strategy for a manifest's `apiVersion` and `kind`, if served. */
  kindStrategy(apiVersion: string, kind: string): KindStrategy | undefined {
    return strategyForKind(apiVersion, kind) ?? this.custom.strategyForKind(apiVersion, kind) ?? versionedStrategyForKind(apiVersion, kind);
  }

  strategy(resource: string): KindStrategy {
    const s = this.findStrategy(resource);
    if (!s && parseResourceRef(resource)) throw notServed();
    if (!s) throw notFound("resource", resource);
    return s;
  }

  private groupResource(s: KindStrategy) {
    return s.info.group ? `${s.info.resource}.${s.info.group}` : s.info.resource;
  }

  private read(key: string): KubeObject | undefined {
    const kv = this.store.get(key);
    if (!kv) return undefined;
    const obj = JSON.parse(kv.value) as KubeObject;
    obj.metadata.resourceVersion = String(kv.modRevision);
    return obj;
  }

  private requireNamespace(s: KindStrategy, namespace: string | undefined) {
    if (!s.info.namespaced) return;
    if (!namespace) throw badRequest("the namespace of the provided object does not match the namespace sent on the request");
    if (!this.store.get(`/registry/namespaces/${namespace}`)) throw notFound("namespaces", namespace);
  }

  get(resource: string, name: string, namespace?: string): KubeObject {
    const s = this.strategy(resource);
    const obj = this.read(storageKey(s, namespace, name));
    if (!obj) throw notFound(this.groupResource(s), name);
    return served(s, obj);
  }

  list(resource: string, namespace: string | undefined, opts: ListOptions = {}): ListResult {
    const s = this.strategy(resource);
    const matches = listSelector(opts, s.info);
    const items: KubeObject[] = [];
    for (const kv of this.store.range(storagePrefix(s, s.info.namespaced ? namespace : undefined))) {
      const obj = JSON.parse(kv.value) as KubeObject;
      obj.metadata.resourceVersion = String(kv.modRevision);
      if (matches(obj)) items.push(served(s, obj));
    }
    return { items, resourceVersion: String(this.store.revision) };
  }

  /**
   * The same list as `list`, for read-only callers on the hot path (controllers, the event
   * recorder): objects are parsed once per stored version and shared, deep-frozen. Never mutate them;
   * copy before writing back.
   */
  listView(resource: string, namespace: string | undefined, opts: ListOptions = {}): KubeObject[] {
    const s = this.strategy(resource);
    const matches = listSelector(opts, s.info);
    const items: KubeObject[] = [];
    for (const kv of this.store.range(storagePrefix(s, s.info.namespaced ? namespace : undefined))) {
      const obj = this.views.parse(kv.key, kv.value, kv.modRevision);
      if (matches(obj)) items.push(served(s, obj));
    }
    return items;
  }

  /** Forgets the shared parsed objects (after a burst of controller work). */
  dropViews(): void {
    this.views.clear();
  }

  create(input: KubeObject, opts: WriteOptions = {}): KubeObject {
    const s = this.kindStrategy(input.apiVersion, input.kind);
    if (!s) throw badRequest(`no matches for kind "${input.kind}" in version "${input.apiVersion}"`);
    this.strictDecode(s, input, opts);
    const obj = toStorage(s, clone(input));
    if (opts.fieldValidation === "Ignore" || opts.fieldValidation === "Warn") pruneUnknownFields(s.info.group, s.info.kind, obj);
    const meta = (obj.metadata ??= {});
    if (s.info.namespaced) meta.namespace ??= "default";
    else delete meta.namespace;
    if (!meta.name && meta.generateName) meta.name = meta.generateName + this.rand.suffix();
    if (!meta.name) throw invalid(s.info.kind, "", [{ field: "metadata.name", reason: "FieldValueRequired", message: "Required value: name or generateName is required" }]);
    // Defaults first (the decoder applies them), then validation, as kube-apiserver orders them.
    s.defaults?.(obj);
    this.requireNamespace(s, meta.namespace);
    const review = this.admissionRequest("CREATE", s, obj, undefined, opts);
    admitMutating(review);
    const causes = [...validateName(meta.name, LABEL_NAMED.has(s.info.resource) ? "label" : "subdomain"), ...(s.validate?.(obj) ?? [])];
    if (causes.length) throw invalid(s.info.kind, meta.name, causes);
    const key = storageKey(s, meta.namespace, meta.name);
    if (this.store.get(key)) throw alreadyExists(this.groupResource(s), meta.name);
    admitValidating(review);
    for (const w of review.warnings) opts.onWarning?.(w);
    meta.uid = this.rand.uid();
    s.prepareForCreate?.(obj);
    meta.creationTimestamp = rfc3339(this.clock.now());
    if (s.tracksGeneration) meta.generation = 1;
    delete meta.resourceVersion;
    if (s.info.resource === "services") allocateServiceAddresses(obj, this.list("services", undefined).items, this.rand);
    if (opts.dryRun) return served(s, obj);
    const kv = this.store.put(key, JSON.stringify(obj));
    obj.metadata.resourceVersion = String(kv.modRevision);
    for (const f of review.afterCommit) f();
    s.afterWrite?.(clone(obj), this);
    return served(s, obj);
  }

  /** fieldValidation=Strict: unknown fields make the request undecodable (sigs.k8s.io/json strict errors). */
  private strictDecode(s: KindStrategy, input: KubeObject, opts: WriteOptions): void {
    const unknownOf = (o: KubeObject) => (s.unknownFields ? s.unknownFields(o) : unknownFields(s.info.group, s.info.kind, o));
    if (opts.fieldValidation === "Warn") for (const f of unknownOf(input)) opts.onWarning?.(`unknown field "${f}"`);
    if (opts.fieldValidation !== "Strict") return;
    const unknown = unknownOf(input);
    if (unknown.length) throw badRequest(`${s.info.kind} in version "${s.info.version}" cannot be handled as a ${s.info.kind}: strict decoding error: ${unknown.map((f) => `unknown field "${f}"`).join(", ")}`);
  }

  private admissionRequest(operation: "CREATE" | "UPDATE", s: KindStrategy, obj: KubeObject, old: KubeObject | undefined, opts: WriteOptions, subresource?: string): AdmissionRequest {
    return { operation, resource: s.info.resource, groupResource: this.groupResource(s), subresource, obj, old, namespace: obj.metadata.namespace, dryRun: !!opts.dryRun, api: this, afterCommit: [], warnings: [] };
  }

  update(input: KubeObject, opts: WriteOptions = {}, subresource?: "status" | "ephemeralcontainers" | "finalize"): KubeObject {
    const s = this.kindStrategy(input.apiVersion, input.kind);
    if (!s) throw badRequest(`no matches for kind "${input.kind}" in version "${input.apiVersion}"`);
    this.strictDecode(s, input, opts);
    const name = input.metadata?.name ?? "";
    const key = storageKey(s, s.info.namespaced ? (input.metadata.namespace ?? "default") : undefined, name);
    const current = this.store.get(key);
    if (!current) throw notFound(this.groupResource(s), name);
    const old = JSON.parse(current.value) as KubeObject;
    const rv = input.metadata.resourceVersion;
    if (rv && rv !== String(current.modRevision)) throw conflict(this.groupResource(s), name, "the object has been modified; please apply your changes to the latest version and try again");
    const obj = toStorage(s, clone(input));
    // Immutable metadata stays as stored.
    obj.metadata.uid = old.metadata.uid;
    obj.metadata.creationTimestamp = old.metadata.creationTimestamp;
    obj.metadata.namespace = old.metadata.namespace;
    if (subresource === "status") obj.spec = old.spec;
    else if (subresource === "ephemeralcontainers") Object.assign(obj, ephemeralContainersUpdate(old, input));
    else if (s.info.hasStatus) obj.status = old.status;
    // A namespace's spec.finalizers only change through its finalize subresource.
    if (s.info.resource === "namespaces" && subresource !== "finalize") obj.spec = { ...obj.spec, finalizers: old.spec?.finalizers };
    if (old.metadata.deletionTimestamp) obj.metadata.deletionTimestamp = old.metadata.deletionTimestamp;
    s.defaults?.(obj);
    const review = this.admissionRequest("UPDATE", s, obj, old, opts, subresource);
    admitMutating(review);
    const causes = [...(s.validate?.(obj) ?? []), ...(subresource === "status" ? [] : subresource === "ephemeralcontainers" ? validateEphemeralContainers(obj, old) : (s.validateUpdate?.(obj, old) ?? []))];
    if (causes.length) throw invalid(s.info.kind, name, causes);
    admitValidating(review);
    for (const w of review.warnings) opts.onWarning?.(w);
    if (s.tracksGeneration) obj.metadata.generation = (old.metadata.generation ?? 1) + (JSON.stringify(old.spec) !== JSON.stringify(obj.spec) ? 1 : 0);
    delete obj.metadata.resourceVersion;
    if (opts.dryRun) return served(s, obj);
    if (obj.metadata.deletionTimestamp && !obj.metadata.finalizers?.length && !gracefulPod(s, obj) && !finalizingNamespace(s, obj)) {
      // The last finalizer is gone from an object being deleted: it goes now.
      this.store.delete(key);
      if (s.info.resource === "namespaces") this.deleteNamespaceContents(name);
      return obj;
    }
    const kv = this.store.put(key, JSON.stringify(obj));
    obj.metadata.resourceVersion = String(kv.modRevision);
    for (const f of review.afterCommit) f();
    s.afterWrite?.(clone(obj), this);
    return served(s, obj);
  }

  patch(resource: string, name: string, namespace: string | undefined, type: PatchType, patch: unknown, opts: WriteOptions = {}): KubeObject {
    const current = this.get(resource, name, namespace);
    const patched = applyPatch(current, type, patch);
    patched.metadata.resourceVersion = current.metadata.resourceVersion;
    return this.update(patched, opts);
  }

  delete(resource: string, name: string, namespace: string | undefined, opts: DeleteOptions = {}): KubeObject {
    const s = this.strategy(resource);
    return served(s, this.remove(s, name, namespace, opts));
  }

  private remove(s: KindStrategy, name: string, namespace: string | undefined, opts: DeleteOptions): KubeObject {
    if (s.info.resource === "namespaces") admitNamespaceDelete(name);
    const key = storageKey(s, namespace, name);
    const obj = this.read(key);
    if (!obj) throw notFound(this.groupResource(s), name);
    if (!opts.dryRun && s.info.resource === "namespaces") return this.deleteNamespace(key, obj);
    if (!opts.dryRun && obj.metadata.finalizers?.length) {
      // Finalizers hold the object: it only gets a deletionTimestamp until they are removed.
      if (!obj.metadata.deletionTimestamp) {
        obj.metadata.deletionTimestamp = rfc3339(this.clock.now());
        obj.metadata.deletionGracePeriodSeconds = 0;
        delete obj.metadata.resourceVersion;
        const kv = this.store.put(key, JSON.stringify(obj));
        obj.metadata.resourceVersion = String(kv.modRevision);
      }
      return obj;
    }
    if (!opts.dryRun && s.info.resource === "pods") {
      // A pod on a node is deleted gracefully: the kubelet stops its containers, then removes it.
      // Models pkg/registry/core/pod/strategy.go CheckGracefulDelete.
      const grace = opts.gracePeriodSeconds ?? obj.spec?.terminationGracePeriodSeconds ?? 30;
      const terminal = obj.status?.phase === "Succeeded" || obj.status?.phase === "Failed";
      if (obj.spec?.nodeName && grace > 0 && !terminal) {
        const deadline = this.clock.now() + grace * 1000;
        if (!obj.metadata.deletionTimestamp || Date.parse(obj.metadata.deletionTimestamp) > deadline) {
          obj.metadata.deletionTimestamp = rfc3339(deadline);
          obj.metadata.deletionGracePeriodSeconds = grace;
          delete obj.metadata.resourceVersion;
          const kv = this.store.put(key, JSON.stringify(obj));
          obj.metadata.resourceVersion = String(kv.modRevision);
        }
        return obj;
      }
    }
    if (!opts.dryRun) {
      this.store.delete(key);
      s.afterDelete?.(obj, this);
    }
    return obj;
  }

  /**
   * DELETE of a namespace: the first request marks it (deletionTimestamp, phase Terminating) for the
   * namespace controller; it goes once its spec.finalizers are done. Models
   * pkg/registry/core/namespace/storage/storage.go.
   */
  private deleteNamespace(key: string, obj: KubeObject): KubeObject {
    const name = obj.metadata.name!;
    if (obj.metadata.deletionTimestamp && obj.spec?.finalizers?.length) {
      throw conflict("namespaces", name, "The system is ensuring all content is removed from this namespace.  Upon completion, this namespace will automatically be purged by the system.");
    }
    if (!obj.metadata.deletionTimestamp) {
      obj.metadata.deletionTimestamp = rfc3339(this.clock.now());
      obj.status = { ...obj.status, phase: "Terminating" };
    }
    if (obj.spec?.finalizers?.length || obj.metadata.finalizers?.length) {
      delete obj.metadata.resourceVersion;
      const kv = this.store.put(key, JSON.stringify(obj));
      obj.metadata.resourceVersion = String(kv.modRevision);
      return obj;
    }
    this.store.delete(key);
    this.deleteNamespaceContents(name);
    return obj;
  }

  /** What remains of a namespace once it is removed: nothing (late events included). */
  private deleteNamespaceContents(namespace: string) {
    for (const kv of this.store.range("/registry/")) {
      const obj = JSON.parse(kv.value) as KubeObject;
      if (obj.metadata?.namespace === namespace) this.store.delete(kv.key);
    }
  }
}
