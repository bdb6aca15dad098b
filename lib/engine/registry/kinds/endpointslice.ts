import { stdVerbs, type KindStrategy } from "../strategy";

/** discovery.k8s.io/v1 EndpointSlice. */
export const endpointSliceStrategy: KindStrategy = {
  info: { resource: "endpointslices", singular: "endpointslice", kind: "EndpointSlice", group: "discovery.k8s.io", version: "v1", namespaced: true, shortNames: [], verbs: stdVerbs },
  storageSegment: "endpointslices",
  validate(obj) {
    const t = obj.addressType as string | undefined;
    if (!t) return [{ field: "addressType", reason: "FieldValueRequired", message: "Required value" }];
    if (!["IPv4", "IPv6", "FQDN"].includes(t)) return [{ field: "addressType", reason: "FieldValueNotSupported", message: `Unsupported value: "${t}": supported values: "FQDN", "IPv4", "IPv6"` }];
    return [];
  },
};
