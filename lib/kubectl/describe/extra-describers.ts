import type { KubeObject } from "../../engine/api/types";
import { isStatusError } from "../../engine/api/errors";
import type { Kubectl } from "../context";
import { describeRole, describeRoleBinding } from "./rbac";
import { describeNetworkPolicy } from "./networkpolicy";
import { describeIngress, describeIngressClass, type BackendLookup } from "./ingress";
import { describeEndpoints, describeEndpointSlice } from "./endpoints";
import { describeCsr } from "./certificates";

type Describer = (k: Kubectl, obj: KubeObject, events: KubeObject[] | undefined) => string;

/** Services and their EndpointSlices in the ingress's namespace, as describeBackendV1 fetches them. */
function backendLookup(k: Kubectl, ns: string | undefined): BackendLookup {
  return {
    service(name) {
      try {
        return { service: k.client().get("services", name, ns) };
      } catch (e) {
        if (isStatusError(e)) return { error: e.status.message };
        throw e;
      }
    },
    slices: (name) => k.client().list("endpointslices", ns, { labelSelector: `kubernetes.io/service-name=${name}` }).items,
  };
}

/** Describers of the RBAC, networking, discovery and certificates kinds, merged into describe's DESCRIBERS table. */
export const EXTRA_DESCRIBERS: Record<string, Describer> = {
  roles: (_k, o) => describeRole(o),
  clusterroles: (_k, o) => describeRole(o),
  rolebindings: (_k, o) => describeRoleBinding(o),
  clusterrolebindings: (_k, o) => describeRoleBinding(o),
  networkpolicies: (_k, o) => describeNetworkPolicy(o),
  ingresses: (k, o, ev) => describeIngress(o, ev, k.now, backendLookup(k, o.metadata.namespace)),
  ingressclasses: (k, o, ev) => describeIngressClass(o, ev, k.now),
  endpoints: (k, o, ev) => describeEndpoints(o, ev, k.now),
  endpointslices: (k, o, ev) => describeEndpointSlice(o, ev, k.now),
  certificatesigningrequests: (k, o, ev) => describeCsr(o, ev, k.now),
};
