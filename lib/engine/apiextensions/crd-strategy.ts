import type { KubeObject } from "../api/types";
import type { FieldCause } from "../api/errors";
import { DNS1123_SUBDOMAIN, stdVerbs, type KindStrategy } from "../registry/strategy";
import { structuralErrors } from "./openapi";
import type { CrdSpec, CrdVersion } from "./types";
import { establish } from "./establish";
import { deleteCustomResources } from "./custom-resources";

/**
 * apiextensions.k8s.io/v1 CustomResourceDefinition (cluster-scoped). Models
 * staging/src/k8s.io/apiextensions-apiserver/pkg/registry/customresourcedefinition/strategy.go and
 * pkg/apis/apiextensions/validation/validation.go (the checks a hand-written CRD meets).
 */

const DNS1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const dns1035Message = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

const required = (field: string, detail?: string): FieldCause => ({ field, reason: "FieldValueRequired", message: detail ? `Required value: ${detail}` : "Required value" });
const invalidValue = (field: string, value: string, detail: string): FieldCause => ({ field, reason: "FieldValueInvalid", message: `Invalid value: ${JSON.stringify(value)}: ${detail}` });

function dns1035(field: string, value: string | undefined, mixedCase = false): FieldCause[] {
  if (!value) return [];
  const v = mixedCase ? value.toLowerCase() : value;
  if (DNS1035.test(v) && v.length <= 63) return [];
  const why = v.length > 63 ? "must be no more than 63 characters" : dns1035Message;
  return [invalidValue(field, value, mixedCase ? `may have mixed case, but should otherwise match: ${why}` : why)];
}

/**
 * Go's %#v of the internal versions slice, as field.Invalid prints a non-scalar value. Pointers
 * print as nil or an address; the address is fixed here (the real one differs per process).
 */
function versionsValue(versions: CrdVersion[]): string {
  const ptr = (t: string, v: unknown) => (v ? `(*apiextensions.${t})(0xc000a1e000)` : `(*apiextensions.${t})(nil)`);
  const one = (v: CrdVersion) =>
    `apiextensions.CustomResourceDefinitionVersion{Name:${JSON.stringify(v.name ?? "")}, Served:${!!v.served}, Storage:${!!v.storage}, Deprecated:${!!v.deprecated}, DeprecationWarning:(*string)(nil), Schema:${ptr("CustomResourceValidation", v.schema)}, Subresources:${ptr("CustomResourceSubresources", v.subresources)}, AdditionalPrinterColumns:[]apiextensions.CustomResourceColumnDefinition(${v.additionalPrinterColumns ? "..." : "nil"}), SelectableFields:[]apiextensions.SelectableField(nil)}`;
  return `[]apiextensions.CustomResourceDefinitionVersion{${versions.map(one).join(", ")}}`;
}

function validateVersions(versions: CrdVersion[]): FieldCause[] {
  const out: FieldCause[] = [];
  if (!versions.length) return [required("spec.versions", "must have exactly one version marked as storage version")];
  const names = new Set<string>();
  let unique = true;
  versions.forEach((v, i) => {
    const at = `spec.versions[${i}]`;
    if (!v.name) out.push(required(`${at}.name`));
    else out.push(...dns1035(`${at}.name`, v.name));
    if (names.has(v.name)) unique = false;
    names.add(v.name);
    const schema = v.schema?.openAPIV3Schema;
    if (!schema) out.push(required(`${at}.schema.openAPIV3Schema`, "schemas are required"));
    else out.push(...structuralErrors(schema, `${at}.schema.openAPIV3Schema`));
    (v.additionalPrinterColumns ?? []).forEach((c, j) => {
      const cat = `${at}.additionalPrinterColumns[${j}]`;
      if (!c.name) out.push(required(`${cat}.name`));
      if (!c.jsonPath) out.push(required(`${cat}.jsonPath`));
      const types = ["integer", "number", "string", "boolean", "date"];
      if (!c.type) out.push(required(`${cat}.type`));
      else if (!types.includes(c.type)) out.push({ field: `${cat}.type`, reason: "FieldValueNotSupported", message: `Unsupported value: ${JSON.stringify(c.type)}: supported values: ${types.map((t) => JSON.stringify(t)).join(", ")}` });
    });
  });
  if (!unique) out.push({ field: "spec.versions", reason: "FieldValueInvalid", message: `Invalid value: ${versionsValue(versions)}: must contain unique version names` });
  if (versions.filter((v) => v.storage).length !== 1) out.push({ field: "spec.versions", reason: "FieldValueInvalid", message: `Invalid value: ${versionsValue(versions)}: must have exactly one version marked as storage version` });
  return out;
}

export function validateCrd(obj: KubeObject): FieldCause[] {
  const spec = (obj.spec ?? {}) as CrdSpec;
  const names = spec.names ?? {};
  const out: FieldCause[] = [];
  if (obj.metadata.name !== `${names.plural}.${spec.group}`) out.push(invalidValue("metadata.name", obj.metadata.name ?? "", 'must be spec.names.plural+"."+spec.group'));
  if (!spec.group) out.push(required("spec.group"));
  else if (!DNS1123_SUBDOMAIN.test(spec.group)) out.push(invalidValue("spec.group", spec.group, "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"));
  else if (spec.group.split(".").length < 2) out.push(invalidValue("spec.group", spec.group, "should be a domain with at least one dot"));
  if (!spec.scope) out.push(required("spec.scope"));
  else if (spec.scope !== "Cluster" && spec.scope !== "Namespaced") out.push({ field: "spec.scope", reason: "FieldValueNotSupported", message: `Unsupported value: ${JSON.stringify(spec.scope)}: supported values: "Cluster", "Namespaced"` });
  out.push(...validateVersions(spec.versions ?? []));
  if (!names.plural) out.push(required("spec.names.plural"));
  else out.push(...dns1035("spec.names.plural", names.plural));
  if (!names.singular) out.push(required("spec.names.singular"));
  else out.push(...dns1035("spec.names.singular", names.singular));
  if (!names.kind) out.push(required("spec.names.kind"));
  else out.push(...dns1035("spec.names.kind", names.kind, true));
  if (!names.listKind) out.push(required("spec.names.listKind"));
  else {
    out.push(...dns1035("spec.names.listKind", names.listKind, true));
    if (names.kind === names.listKind) out.push(invalidValue("spec.names.listKind", names.listKind, "kind and listKind cannot be the same"));
  }
  (names.shortNames ?? []).forEach((s, i) => out.push(...dns1035(`spec.names.shortNames[${i}]`, s)));
  (names.categories ?? []).forEach((s, i) => out.push(...dns1035(`spec.names.categories[${i}]`, s)));
  return out;
}

/**
 * A version objects may still be stored at stays in spec.versions: status.storedVersions (plus the new
 * storage version, as PrepareForUpdate adds it) must all appear. Models
 * ValidateCustomResourceDefinitionStoredVersions.
 */
function validateStoredVersions(obj: KubeObject, old: KubeObject): FieldCause[] {
  const versions = ((obj.spec as CrdSpec)?.versions ?? []).map((v) => v.name);
  const storage = ((obj.spec as CrdSpec)?.versions ?? []).find((v) => v.storage)?.name;
  const stored: string[] = [...(old.status?.storedVersions ?? [])];
  if (storage && !stored.includes(storage)) stored.push(storage);
  return stored.flatMap((v, i) =>
    versions.includes(v)
      ? []
      : [invalidValue(`status.storedVersions[${i}]`, v, `missing from spec.versions; ${v} was previously a storage version, and must remain in spec.versions until a storage migration ensures no data remains persisted in ${v} and removes ${v} from status.storedVersions`)],
  );
}

export const crdStrategy: KindStrategy = {
  info: {
    resource: "customresourcedefinitions",
    singular: "customresourcedefinition",
    kind: "CustomResourceDefinition",
    group: "apiextensions.k8s.io",
    version: "v1",
    namespaced: false,
    shortNames: ["crd", "crds"],
    verbs: stdVerbs,
    categories: ["api-extensions"],
    hasStatus: true,
  },
  tracksGeneration: true,
  // Models SetDefaults_CustomResourceDefinitionSpec.
  defaults(obj) {
    const spec = (obj.spec ??= {}) as CrdSpec;
    const names = (spec.names ??= {});
    if (names.kind && !names.singular) names.singular = names.kind.toLowerCase();
    if (names.kind && !names.listKind) names.listKind = `${names.kind}List`;
    spec.conversion ??= { strategy: "None" };
  },
  validate: validateCrd,
  validateUpdate(obj, old) {
    const out: FieldCause[] = [];
    if (obj.spec?.group !== old.spec?.group) out.push(invalidValue("spec.group", obj.spec?.group ?? "", "field is immutable"));
    out.push(...validateStoredVersions(obj, old));
    return out;
  },
  prepareForCreate(obj) {
    // PrepareForCreate: status starts empty; the establishing controllers fill it.
    obj.status = { acceptedNames: { kind: "", plural: "" }, conditions: [], storedVersions: [] };
  },
  afterWrite: establish,
  afterDelete: deleteCustomResources,
};
