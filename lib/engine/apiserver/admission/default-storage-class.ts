import type { AdmissionPlugin } from "./types";
import { defaultClass } from "../../storage/volumes";

/** DefaultStorageClass: a new claim without storageClassName gets the default class. Models plugin/pkg/admission/storage/storageclass/setdefault. */
export const defaultStorageClass: AdmissionPlugin = {
  name: "DefaultStorageClass",
  mutate(req) {
    if (req.operation !== "CREATE" || req.resource !== "persistentvolumeclaims") return;
    const spec = (req.obj.spec ??= {});
    if (spec.storageClassName !== undefined || req.obj.metadata.annotations?.["volume.beta.kubernetes.io/storage-class"] !== undefined) return;
    const dflt = defaultClass(req.api.list("storageclasses").items);
    if (dflt) spec.storageClassName = dflt.metadata.name;
  },
};
