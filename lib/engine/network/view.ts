import type { KubeObject } from "../api/types";
import type { ApiClient } from "../client";
import type { PolicyContext } from "./policy";
import type { LayerStore } from "../kubelet/container-layer";

/** A node as the network sees it: name, address, and whether its kube-proxy programs services. */
export interface NetNode {
  name: string;
  ip: string;
  role?: "control-plane" | "worker";
}

/**
 * One consistent read of everything the data plane depends on, taken through the admin client
 * (as kube-proxy, CoreDNS and the CNI watch the API). Built per request; cheap at lab scale.
 */
export class NetView {
  private cache = new Map<string, KubeObject[]>();

  constructor(
    readonly api: ApiClient,
    readonly nodes: NetNode[],
    /** The containers' writable layers (a web server serves what `kubectl exec` wrote into its root). */
    readonly layers?: LayerStore,
  ) {}

  list(resource: string, namespace?: string): KubeObject[] {
    const key = `${resource}/${namespace ?? ""}`;
    let items = this.cache.get(key);
    if (!items) {
      try {
        items = this.api.resolve(resource) ? this.api.list(resource, namespace).items : [];
      } catch {
        items = [];
      }
      this.cache.set(key, items);
    }
    return items;
  }

  get(resource: string, name: string, namespace?: string): KubeObject | undefined {
    return this.list(resource, namespace).find((o) => o.metadata.name === name);
  }

  /** Pods that hold their own (non-host) IP and are not finished. */
  podByIp(ip: string): KubeObject | undefined {
    return this.list("pods").find((p) => p.status?.podIP === ip && !p.spec?.hostNetwork && !["Succeeded", "Failed"].includes(p.status?.phase));
  }

  serviceByClusterIp(ip: string): KubeObject | undefined {
    return this.list("services").find((s) => s.spec?.clusterIP === ip || (s.spec?.clusterIPs ?? []).includes(ip));
  }

  nodeByIp(ip: string): NetNode | undefined {
    return this.nodes.find((n) => n.ip === ip);
  }

  controlPlane(): NetNode | undefined {
    return this.nodes.find((n) => n.role === "control-plane") ?? this.nodes[0];
  }

  policyContext(): PolicyContext {
    return {
      policies: this.list("networkpolicies"),
      namespaceLabels: new Map(this.list("namespaces").map((n) => [n.metadata.name!, n.metadata.labels ?? {}])),
    };
  }
}
