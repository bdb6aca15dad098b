import type { AdmissionPlugin } from "./types";
import { PV_PROTECTION, PVC_PROTECTION } from "../../storage/volumes";

/** StorageObjectInUseProtection: claims and volumes get their protection finalizers. Models plugin/pkg/admission/storage/storageobjectinuseprotection. */
export const storageObjectInUseProtection: AdmissionPlugin = {
  name: "StorageObjectInUseProtection",
  mutate(req) {
    if (req.operation !== "CREATE") return;
    const finalizer = req.resource === "persistentvolumeclaims" ? PVC_PROTECTION : req.resource === "persistentvolumes" ? PV_PROTECTION : undefined;
    if (!finalizer) return;
    const list = (req.obj.metadata.finalizers ??= []);
    if (!list.includes(finalizer)) list.push(finalizer);
  },
};
