import { forbidden } from "../../api/errors";
import type { AdmissionPlugin } from "./types";

/**
 * NamespaceLifecycle: nothing new may be created in a namespace that is being terminated (a missing
 * namespace is already refused with NotFound by the API server). Models plugin/pkg/admission/namespace/lifecycle.
 */
export const namespaceLifecycle: AdmissionPlugin = {
  name: "NamespaceLifecycle",
  validate(req) {
    if (req.operation !== "CREATE" || !req.namespace || req.resource === "namespaces" || req.resource === "events") return;
    let phase: string | undefined;
    try {
      phase = req.api.get("namespaces", req.namespace).status?.phase;
    } catch {
      return;
    }
    if (phase === "Terminating") throw forbidden(`${req.groupResource} "${req.obj.metadata.name}" is forbidden: unable to create new content in namespace ${req.namespace} because it is being terminated`);
  },
};

/** The namespaces NamespaceLifecycle never lets anyone delete. */
const IMMORTAL = ["default", "kube-public", "kube-system"];

/** DELETE of a namespace: refused for the system namespaces, as the plugin does. */
export function admitNamespaceDelete(name: string): void {
  if (IMMORTAL.includes(name)) throw forbidden(`namespaces "${name}" is forbidden: this namespace may not be deleted`);
}
