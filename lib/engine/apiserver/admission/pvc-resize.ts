import { forbidden } from "../../api/errors";
import { cmpQuantity } from "../../api/quantity";
import { classOf } from "../../storage/volumes";
import type { AdmissionPlugin } from "./types";

/** PersistentVolumeClaimResize: only claims of a class with allowVolumeExpansion may grow. Models plugin/pkg/admission/storage/persistentvolume/resize. */
export const persistentVolumeClaimResize: AdmissionPlugin = {
  name: "PersistentVolumeClaimResize",
  validate(req) {
    if (req.operation !== "UPDATE" || req.resource !== "persistentvolumeclaims" || req.subresource || !req.old) return;
    const before = req.old.spec?.resources?.requests?.storage;
    const after = req.obj.spec?.resources?.requests?.storage;
    if (req.old.status?.phase !== "Bound" || cmpQuantity(after, before) <= 0) return;
    const sc = req.api.list("storageclasses").items.find((c) => c.metadata.name === classOf(req.obj));
    if (!sc?.allowVolumeExpansion)
      throw forbidden(`persistentvolumeclaims "${req.obj.metadata.name}" is forbidden: only dynamically provisioned pvc can be resized and the storageclass that provisions the pvc must support resize`);
  },
};
