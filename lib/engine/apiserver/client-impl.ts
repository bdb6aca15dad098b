import type { KubeObject, UserInfo } from "../api/types";
import { badRequest, forbidden, StatusError } from "../api/errors";
import type { ApiClient, DeleteOptions, ExecResult, ExecSession, ListOptions, ListResult, LogOptions, PatchType, ReadOptions, ResourceInfo, WriteOptions } from "../client";
import { resolveResource, strategies, strategyFor } from "../registry/registry";
import { forbiddenMessage, type Attributes } from "./rbac-authorizer";
import { evictPod } from "./eviction";
import type { ApiServer } from "./apiserver";
import { alternateInfos, resolveVersioned } from "../registry/versions";
import { getNodeMetrics, getPodMetrics, listNodeMetrics, listPodMetrics, METRICS_RESOURCES, metricsServed, type MetricsSource } from "../metrics/metrics-api";

/** What the API server proxies to a node's kubelet (`pods/log`). */
export interface NodeProxy {
  logs(pod: KubeObject, opts: LogOptions): string;
  exec(pod: KubeObject, container: string | undefined, argv: string[], stdin?: string, session?: ExecSession): ExecResult;
  /** The attach stream to a container's main process ended: its shell exits with `exitCode` (kubelet/attach.ts). */
  endAttach?(pod: KubeObject, container: string, exitCode: number): void;
  attachOutput?(pod: KubeObject, container: string, text: string): void;
  /** What metrics-server scrapes from the kubelets (metrics.k8s.io is served through the aggregator). */
  metrics?(): MetricsSource;
}

/** The typed client over one cluster's API server, acting as `user`. */
export class Client implements ApiClient {
  constructor(
    private readonly api: ApiServer,
    readonly user: UserInfo,
    private readonly proxy?: NodeProxy,
  ) {}

  discovery(): ResourceInfo[] {
    // Preferred versions first (kubectl's first match by kind), then the other served versions.
    const builtIn = [...strategies.map((s) => s.info), ...this.api.custom.infos(), ...alternateInfos(), ...this.api.custom.otherInfos()];
    const m = this.proxy?.metrics?.();
    return m && metricsServed(m) ? [...builtIn, ...METRICS_RESOURCES] : builtIn;
  }

  /** The aggregated metrics.k8s.io API: 404 while no metrics-server serves it, then RBAC as for any group. */
  private metricsSource(verb: string, resource: "nodes" | "pods", namespace?: string, name?: string): MetricsSource {
    const m = this.proxy?.metrics?.();
    if (!m || !metricsServed(m)) throw notFoundResource(resource);
    if (!this.user.groups.includes("system:masters")) {
      const attrs: Attributes = { user: this.user, verb, resource, group: "metrics.k8s.io", namespace: resource === "pods" ? namespace : undefined, name };
      const d = this.api.authorizer.authorize(attrs);
      if (!d.allowed) throw forbidden(forbiddenMessage(attrs, d.reason), { name, group: "metrics.k8s.io", kind: resource });
    }
    return m;
  }

  nodeMetrics(name?: string, opts?: ListOptions): KubeObject[] {
    const m = this.metricsSource(name ? "get" : "list", "nodes", undefined, name);
    return name ? [getNodeMetrics(m, name)] : listNodeMetrics(m, opts);
  }

  podMetrics(namespace: string | undefined, name?: string, opts?: ListOptions): KubeObject[] {
    const m = this.metricsSource(name ? "get" : "list", "pods", namespace, name);
    return name ? [getPodMetrics(m, namespace ?? "default", name)] : listPodMetrics(m, namespace, opts);
  }

  resolve(nameOrAlias: string): ResourceInfo | undefined {
    return resolveResource(nameOrAlias) ?? this.api.custom.resolve(nameOrAlias) ?? resolveVersioned(nameOrAlias);
  }

  /** Throws the apiserver's Forbidden Status unless the authorizer allows the request. */
  private authorize(verb: string, resource: string, namespace: string | undefined, name?: string, subresource?: string): void {
    if (this.user.groups.includes("system:masters")) return;
    const s = this.api.findStrategy(resource);
    if (!s) return; // unknown resources fail later with NotFound
    const attrs: Attributes = { user: this.user, verb, resource, group: s.info.group, subresource, namespace: s.info.namespaced ? namespace : undefined, name };
    const d = this.api.authorizer.authorize(attrs);
    if (!d.allowed) throw forbidden(forbiddenMessage(attrs, d.reason), { name, group: s.info.group, kind: resource });
  }

  private objectTarget(obj: KubeObject): [string, string | undefined] | undefined {
    const s = this.api.kindStrategy(obj.apiVersion, obj.kind);
    return s && [s.info.resource, s.info.namespaced ? (obj.metadata?.namespace ?? "default") : undefined];
  }

  /** The Warning header a request to a deprecated version carries. */
  private warnFor(resource: string, opts?: ReadOptions): void {
    const w = this.api.findStrategy(resource)?.warning;
    if (w) opts?.onWarning?.(w);
  }

  private warnForObject(obj: KubeObject, opts?: ReadOptions): void {
    const w = obj?.apiVersion && obj.kind ? this.api.kindStrategy(obj.apiVersion, obj.kind)?.warning : undefined;
    if (w) opts?.onWarning?.(w);
  }

  get(resource: string, name: string, namespace?: string, opts?: ReadOptions): KubeObject {
    this.warnFor(resource, opts);
    this.authorize("get", resource, namespace, name);
    return this.api.get(resource, name, namespace);
  }

  list(resource: string, namespace?: string, opts?: ListOptions): ListResult {
    this.warnFor(resource, opts);
    this.authorize("list", resource, namespace);
    return this.api.list(resource, namespace, opts);
  }

  create(obj: KubeObject, opts?: WriteOptions): KubeObject {
    this.warnForObject(obj, opts);
    const t = this.objectTarget(obj);
    if (t) this.authorize("create", t[0], t[1]);
    if (t?.[0] === "certificatesigningrequests") obj = { ...obj, spec: { ...obj.spec, username: this.user.name, groups: this.user.groups } };
    return this.api.create(obj, opts);
  }

  update(obj: KubeObject, opts?: WriteOptions): KubeObject {
    this.warnForObject(obj, opts);
    const t = this.objectTarget(obj);
    if (t) this.authorize("update", t[0], t[1], obj.metadata?.name);
    return this.api.update(obj, opts);
  }

  updateStatus(obj: KubeObject, opts?: WriteOptions): KubeObject {
    const t = this.objectTarget(obj);
    if (t) this.authorize("update", t[0], t[1], obj.metadata?.name, t[0] === "certificatesigningrequests" ? "approval" : "status");
    return this.api.update(obj, opts, "status");
  }

  updateEphemeralContainers(pod: KubeObject, opts?: WriteOptions): KubeObject {
    this.authorize("update", "pods", pod.metadata.namespace, pod.metadata.name, "ephemeralcontainers");
    return this.api.update(pod, opts, "ephemeralcontainers");
  }

  patch(resource: string, name: string, namespace: string | undefined, type: PatchType, patch: unknown, opts?: WriteOptions): KubeObject {
    this.warnFor(resource, opts);
    this.authorize("patch", resource, namespace, name);
    return this.api.patch(resource, name, namespace, type, patch, opts);
  }

  delete(resource: string, name: string, namespace?: string, opts?: DeleteOptions): KubeObject {
    this.warnFor(resource, opts);
    this.authorize("delete", resource, namespace, name);
    return this.api.delete(resource, name, namespace, opts);
  }

  evict(name: string, namespace: string, opts?: DeleteOptions): void {
    this.authorize("create", "pods", namespace, name, "eviction");
    evictPod(this.api, name, namespace, opts);
  }

  logs(name: string, namespace: string, opts: LogOptions): string {
    this.authorize("get", "pods", namespace, name, "log");
    const pod = this.api.get("pods", name, namespace);
    if (!this.proxy) throw badRequest(`container "${opts.container ?? pod.spec?.containers?.[0]?.name}" in pod "${name}" is waiting to start - no logs yet`);
    return this.proxy.logs(pod, opts);
  }

  exec(name: string, namespace: string, container: string | undefined, argv: string[], stdin?: string, session?: ExecSession): ExecResult {
    this.authorize("get", "pods", namespace, name);
    this.authorize("create", "pods", namespace, name, "exec");
    const pod = this.api.get("pods", name, namespace);
    const names = ["containers", "initContainers", "ephemeralContainers"].flatMap((f) => ((pod.spec?.[f] ?? []) as { name: string }[]).map((c) => c.name));
    if (container !== undefined && !names.includes(container)) throw badRequest(`container ${container} is not valid for pod ${name}`);
    if (pod.status?.phase !== "Running") throw badRequest(`unable to upgrade connection: container not found ("${container ?? pod.spec?.containers?.[0]?.name}")`);
    // An ephemeral container runs once: the kubelet finds no running container to exec in before it starts or after it exits.
    const ephemeral = ((pod.spec?.ephemeralContainers ?? []) as { name: string }[]).some((c) => c.name === container);
    if (ephemeral && !((pod.status?.ephemeralContainerStatuses ?? []) as { name: string; state?: { running?: unknown } }[]).find((s) => s.name === container)?.state?.running) throw badRequest(`unable to upgrade connection: container not found ("${container}")`);
    if (!this.proxy) return { stdout: "", stderr: `exec ${argv[0] ?? ""}: not available in this simulated container\n`, exitCode: 126 };
    return this.proxy.exec(pod, container, argv, stdin, session);
  }

  endAttach(name: string, namespace: string, container: string, exitCode: number): void {
    this.authorize("create", "pods", namespace, name, "attach");
    const pod = this.api.get("pods", name, namespace);
    this.proxy?.endAttach?.(pod, container, exitCode);
  }

  attachOutput(name: string, namespace: string, container: string, text: string): void {
    this.authorize("create", "pods", namespace, name, "attach");
    this.proxy?.attachOutput?.(this.api.get("pods", name, namespace), container, text);
  }

  canI(verb: string, resource: string, namespace?: string, name?: string, subresource?: string): boolean {
    return this.api.authorizer.authorize(accessAttributes(this.user, verb, resource, namespace, name, subresource)).allowed;
  }

  rulesReview(namespace: string) {
    return this.api.authorizer.rulesFor(this.user, namespace);
  }

  impersonate(user: UserInfo): ApiClient {
    // The impersonation filter: the caller needs `impersonate` on the user (or service account) and each group.
    const sa = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(user.name);
    const checks: Attributes[] = [
      sa ? { user: this.user, verb: "impersonate", resource: "serviceaccounts", group: "", namespace: sa[1], name: sa[2] } : { user: this.user, verb: "impersonate", resource: "users", group: "", name: user.name },
      ...user.groups.map((g) => ({ user: this.user, verb: "impersonate", resource: "groups", group: "", name: g })),
    ];
    for (const a of checks) if (!this.api.authorizer.authorize(a).allowed) throw forbidden(forbiddenMessage(a, ""), { name: a.name, kind: a.resource });
    const groups = [...user.groups];
    if (sa) groups.push("system:serviceaccounts", `system:serviceaccounts:${sa[1]}`);
    if (user.name !== "system:anonymous" && !groups.includes("system:authenticated")) groups.push("system:authenticated");
    return new Client(this.api, { name: user.name, groups }, this.proxy);
  }
}

/** What the aggregator answers for a group no APIService serves. */
function notFoundResource(resource: string): StatusError {
  return new StatusError({ kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message: `the server could not find the requested resource (get ${resource}.metrics.k8s.io)`, reason: "NotFound", details: { group: "metrics.k8s.io", kind: resource }, code: 404 });
}

/**
 * SubjectAccessReview attributes for `kubectl auth can-i`: `resource` may be plural, qualified
 * (`deployments.apps`), `*`, or a non-resource URL starting with `/`.
 */
export function accessAttributes(user: UserInfo, verb: string, resource: string, namespace?: string, name?: string, subresource?: string): Attributes {
  if (resource.startsWith("/")) return { user, verb, resource: "", group: "", path: resource };
  const dot = resource.indexOf(".");
  const info = dot < 0 ? strategyFor(resource)?.info : undefined;
  const [res, group] = dot < 0 ? [resource, info?.group ?? ""] : [resource.slice(0, dot), resource.slice(dot + 1)];
  return { user, verb, resource: res, group, subresource, namespace: info && !info.namespaced ? undefined : namespace, name };
}
