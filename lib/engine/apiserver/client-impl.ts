import type { KubeObject, UserInfo } from "../api/types";
import { badRequest } from "../api/errors";
import type { ApiClient, DeleteOptions, ExecResult, ListOptions, ListResult, LogOptions, PatchType, ResourceInfo, WriteOptions } from "../client";
import { resolveResource, strategies } from "../registry/registry";
import type { ApiServer } from "./apiserver";

/** What the API server proxies to a node's kubelet (`pods/log`). */
export interface NodeProxy {
  logs(pod: KubeObject, opts: LogOptions): string;
}

/** The typed client over one cluster's API server, acting as `user`. */
export class Client implements ApiClient {
  constructor(
    private readonly api: ApiServer,
    readonly user: UserInfo,
    private readonly proxy?: NodeProxy,
  ) {}

  discovery(): ResourceInfo[] {
    return strategies.map((s) => s.info);
  }

  resolve(nameOrAlias: string): ResourceInfo | undefined {
    return resolveResource(nameOrAlias);
  }

  get(resource: string, name: string, namespace?: string): KubeObject {
    return this.api.get(resource, name, namespace);
  }

  list(resource: string, namespace?: string, opts?: ListOptions): ListResult {
    return this.api.list(resource, namespace, opts);
  }

  create(obj: KubeObject, opts?: WriteOptions): KubeObject {
    return this.api.create(obj, opts);
  }

  update(obj: KubeObject, opts?: WriteOptions): KubeObject {
    return this.api.update(obj, opts);
  }

  updateStatus(obj: KubeObject, opts?: WriteOptions): KubeObject {
    return this.api.update(obj, opts, "status");
  }

  patch(resource: string, name: string, namespace: string | undefined, type: PatchType, patch: unknown, opts?: WriteOptions): KubeObject {
    return this.api.patch(resource, name, namespace, type, patch, opts);
  }

  delete(resource: string, name: string, namespace?: string, opts?: DeleteOptions): KubeObject {
    return this.api.delete(resource, name, namespace, opts);
  }

  logs(name: string, namespace: string, opts: LogOptions): string {
    const pod = this.api.get("pods", name, namespace);
    if (!this.proxy) throw badRequest(`container "${opts.container ?? pod.spec?.containers?.[0]?.name}" in pod "${name}" is waiting to start - no logs yet`);
    return this.proxy.logs(pod, opts);
  }

  exec(name: string, namespace: string, container: string | undefined, argv: string[]): ExecResult {
    const pod = this.api.get("pods", name, namespace);
    if (pod.status?.phase !== "Running") throw badRequest(`unable to upgrade connection: container not found ("${container ?? pod.spec?.containers?.[0]?.name}")`);
    return { stdout: "", stderr: `exec ${argv[0] ?? ""}: not available in this simulated container\n`, exitCode: 126 };
  }

  canI(): boolean {
    // Until the RBAC authorizer lands, only cluster admins (system:masters) exist in the simulation.
    return this.user.groups.includes("system:masters");
  }

  impersonate(user: UserInfo): ApiClient {
    return new Client(this.api, user, this.proxy);
  }
}
