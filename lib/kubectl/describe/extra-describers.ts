import type { KubeObject } from "../../engine/api/types";
import type { Kubectl } from "../context";
import { describeRole, describeRoleBinding } from "./rbac";

type Describer = (k: Kubectl, obj: KubeObject, events: KubeObject[] | undefined) => string;

/** Describers of the RBAC, networking, discovery and certificates kinds, merged into describe's DESCRIBERS table. */
export const EXTRA_DESCRIBERS: Record<string, Describer> = {
  roles: (_k, o) => describeRole(o),
  clusterroles: (_k, o) => describeRole(o),
  rolebindings: (_k, o) => describeRoleBinding(o),
  clusterrolebindings: (_k, o) => describeRoleBinding(o),
};
