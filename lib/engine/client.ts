import type { KubeObject, UserInfo } from "./api/types";

/**
 * The typed client every consumer uses: kubectl, the lab checkers, the controllers' own writes.
 * Calls are synchronous (the cluster lives in-process) and throw `StatusError` on failure.
 */

/** One entry of API discovery, as `kubectl api-resources` lists it. */
export interface ResourceInfo {
  /** Plural resource name, e.g. `deployments`. */
  resource: string;
  singular: string;
  kind: string;
  /** "" for the core group. */
  group: string;
  version: string;
  namespaced: boolean;
  shortNames: string[];
  verbs: string[];
  categories?: string[];
  /** Whether the resource has a status subresource. */
  hasStatus?: boolean;
  /** A custom resource (served from a CustomResourceDefinition). */
  custom?: boolean;
  /** Server-side table columns after NAME (a CRD's additionalPrinterColumns). */
  columns?: { name: string; type: string; jsonPath: string; priority?: number; format?: string; description?: string }[];
  /** Set on a version that is served but not preferred: the version a plain resource name refers to. */
  preferredVersion?: string;
}

/**
 * How a client names `info`'s resource in a request: the plain plural for the preferred version,
 * `plural.version.group` for another served version (as `kubectl get hpa.v1.autoscaling` asks).
 */
export function resourceRef(info: ResourceInfo): string {
  return info.preferredVersion && info.preferredVersion !== info.version ? `${info.resource}.${info.version}.${info.group}` : info.resource;
}

export interface ReadOptions {
  /** Receives the API server's warnings (a deprecated version); kubectl prints `Warning: ...`. */
  onWarning?: (warning: string) => void;
}

export interface ListOptions extends ReadOptions {
  labelSelector?: string;
  fieldSelector?: string;
}

export interface WriteOptions {
  /** `--dry-run=server`: run defaulting, admission and validation, persist nothing. */
  dryRun?: boolean;
  /** "Strict" (kubectl's default), "Warn" or "Ignore". */
  fieldValidation?: "Strict" | "Warn" | "Ignore";
  fieldManager?: string;
  /** Receives the API server's warnings (admission, `fieldValidation=Warn`); kubectl prints `Warning: ...`. */
  onWarning?: (warning: string) => void;
}

export interface DeleteOptions extends WriteOptions {
  gracePeriodSeconds?: number;
  propagationPolicy?: "Foreground" | "Background" | "Orphan";
}

export type PatchType = "strategic" | "merge" | "json";

export interface ListResult {
  items: KubeObject[];
  resourceVersion: string;
}

export interface ApiClient {
  /** Who this client acts as. */
  readonly user: UserInfo;
  /** All served resources (built-in kinds and CRDs), for name resolution and `api-resources`. */
  discovery(): ResourceInfo[];
  /** Resolve `po`, `pods`, `pod`, `deploy`, `deployments.apps`, `Pod` … to one resource. */
  resolve(nameOrAlias: string): ResourceInfo | undefined;

  /** `resource` (here and below) is a plural name, served at its preferred version, or `plural.version.group`. */
  get(resource: string, name: string, namespace?: string, opts?: ReadOptions): KubeObject;
  /** `namespace` undefined lists across all namespaces (or cluster-scoped objects). */
  list(resource: string, namespace?: string, opts?: ListOptions): ListResult;
  create(obj: KubeObject, opts?: WriteOptions): KubeObject;
  update(obj: KubeObject, opts?: WriteOptions): KubeObject;
  updateStatus(obj: KubeObject, opts?: WriteOptions): KubeObject;
  /** The pods/ephemeralcontainers subresource: `pod`'s spec.ephemeralContainers replaces the stored list. */
  updateEphemeralContainers(pod: KubeObject, opts?: WriteOptions): KubeObject;
  patch(resource: string, name: string, namespace: string | undefined, type: PatchType, patch: unknown, opts?: WriteOptions): KubeObject;
  delete(resource: string, name: string, namespace?: string, opts?: DeleteOptions): KubeObject;
  /** The pods/eviction subresource: a delete that PodDisruptionBudgets can refuse (429 TooManyRequests). */
  evict(name: string, namespace: string, opts?: DeleteOptions): void;
  /** Subresources kubectl needs: `logs`, `eviction`, `scale`, `exec`. */
  logs(name: string, namespace: string, opts: LogOptions): string;
  exec(name: string, namespace: string, container: string | undefined, argv: string[], stdin?: string, session?: ExecSession): ExecResult;
  /**
   * The pods/attach stream to `container`'s main process closed after its shell read `exit` (or EOF):
   * the process exits with `exitCode` and the container's restart policy applies.
   */
  endAttach(name: string, namespace: string, container: string, exitCode: number): void;
  /** What an attach session showed on the container's terminal (a typed line's echo and output): it lands in the container's log. */
  attachOutput(name: string, namespace: string, container: string, text: string): void;
  /**
   * metrics.k8s.io/v1beta1 as metrics-server serves it: NodeMetrics (one when `name` is given).
   * Throws NotFound while the API is not served (no ready metrics-server).
   */
  nodeMetrics(name?: string, opts?: ListOptions): KubeObject[];
  /** PodMetrics of a namespace (all when undefined), or of one pod; pods without figures yet are left out of lists. */
  podMetrics(namespace: string | undefined, name?: string, opts?: ListOptions): KubeObject[];
  /** SubjectAccessReview as `kubectl auth can-i` asks it. */
  canI(verb: string, resource: string, namespace?: string, name?: string, subresource?: string): boolean;
  /** SelfSubjectRulesReview as `kubectl auth can-i --list` asks it: rules and evaluation errors. */
  rulesReview(namespace: string): { rules: PolicyRuleInfo[]; errors: string[] };
  /** A client impersonating another user (`--as`, `--as-group`). */
  impersonate(user: UserInfo): ApiClient;
}

export interface PolicyRuleInfo {
  verbs: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

export interface LogOptions {
  container?: string;
  previous?: boolean;
  tailLines?: number;
  sinceSeconds?: number;
  timestamps?: boolean;
}

export interface ExecResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** For a line typed into an interactive shell: the shell's state after it. */
  session?: ExecSession;
}

/** What an interactive shell in a container keeps between lines (`kubectl exec -it POD -- sh`). */
export interface ExecSession {
  cwd: string;
  /** Shell variables, including the container's environment. */
  vars: Record<string, string>;
  /**
   * Files under the container's volume mounts that the session sees beyond the kubelet's view (a
   * hostPath's node files) and what it wrote there; its other writes go to the container's layer.
   */
  files: Record<string, string>;
  dirs?: string[];
  /** `$?` of the previous line. */
  status?: number;
}
