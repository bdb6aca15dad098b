import type { FieldCause } from "../../api/errors";
import { stdVerbs, type KindStrategy } from "../strategy";

/** apps/v1 ControllerRevision: an immutable snapshot of a DaemonSet's or StatefulSet's template. */
export const controllerRevisionStrategy: KindStrategy = {
  info: { resource: "controllerrevisions", singular: "controllerrevision", kind: "ControllerRevision", group: "apps", version: "v1", namespaced: true, shortNames: [], verbs: stdVerbs },
  validate(obj) {
    const causes: FieldCause[] = [];
    const rev = obj.revision;
    if (typeof rev !== "number" || rev < 0) causes.push({ field: "revision", reason: "FieldValueInvalid", message: `Invalid value: ${rev ?? 0}: must be greater than or equal to 0` });
    return causes;
  },
};
