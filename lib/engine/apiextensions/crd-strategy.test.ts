import { describe, expect, it } from "vitest";
import type { KubeObject } from "../api/types";
import { crdStrategy, validateCrd } from "./crd-strategy";
import { compareVersions } from "./custom-resources";
import { pruneSchema, unknownSchemaFields, validateSchema, type JSONSchemaProps } from "./openapi";

const crd = (mutate: (o: KubeObject) => void = () => {}): KubeObject => {
  const o: KubeObject = {
    apiVersion: "apiextensions.k8s.io/v1",
    kind: "CustomResourceDefinition",
    metadata: { name: "crontabs.stable.example.com" },
    spec: {
      group: "stable.example.com",
      scope: "Namespaced",
      names: { plural: "crontabs", kind: "CronTab" },
      versions: [{ name: "v1", served: true, storage: true, schema: { openAPIV3Schema: { type: "object", properties: { spec: { type: "object" } } } } }],
    },
  };
  mutate(o);
  crdStrategy.defaults!(o);
  return o;
};

const messages = (o: KubeObject) => validateCrd(o).map((c) => `${c.field}: ${c.message}`);

describe("CustomResourceDefinition strategy", () => {
  it("defaults singular, listKind and conversion", () => {
    const o = crd();
    expect(o.spec.names).toEqual({ plural: "crontabs", kind: "CronTab", singular: "crontab", listKind: "CronTabList" });
    expect(o.spec.conversion).toEqual({ strategy: "None" });
  });

  const cases: [string, (o: KubeObject) => void, string[]][] = [
    ["a valid CRD", () => {}, []],
    ["name not plural.group", (o) => (o.metadata.name = "crontab.stable.example.com"), ['metadata.name: Invalid value: "crontab.stable.example.com": must be spec.names.plural+"."+spec.group']],
    ["group without a dot", (o) => ((o.spec.group = "example"), (o.metadata.name = "crontabs.example")), ['spec.group: Invalid value: "example": should be a domain with at least one dot']],
    ["scope missing", (o) => delete o.spec.scope, ["spec.scope: Required value"]],
    ["scope unsupported", (o) => (o.spec.scope = "Global"), ['spec.scope: Unsupported value: "Global": supported values: "Cluster", "Namespaced"']],
    ["kind missing", (o) => delete o.spec.names.kind, ["spec.names.singular: Required value", "spec.names.kind: Required value", "spec.names.listKind: Required value"]],
    ["plural not a DNS-1035 label", (o) => ((o.spec.names.plural = "Crontabs"), (o.metadata.name = "Crontabs.stable.example.com")), [
      `spec.names.plural: Invalid value: "Crontabs": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')`,
    ]],
    ["schema missing", (o) => delete o.spec.versions[0].schema, ["spec.versions[0].schema.openAPIV3Schema: Required value: schemas are required"]],
    ["schema without a root type", (o) => delete o.spec.versions[0].schema.openAPIV3Schema.type, ["spec.versions[0].schema.openAPIV3Schema.type: Required value: must not be empty at the root"]],
    ["property without a type", (o) => (o.spec.versions[0].schema.openAPIV3Schema.properties.spec = {}), ["spec.versions[0].schema.openAPIV3Schema.properties[spec].type: Required value: must not be empty for specified object fields"]],
    ["printer column of an unknown type", (o) => (o.spec.versions[0].additionalPrinterColumns = [{ name: "X", type: "text", jsonPath: ".spec.x" }]), ['spec.versions[0].additionalPrinterColumns[0].type: Unsupported value: "text": supported values: "integer", "number", "string", "boolean", "date"']],
  ];
  for (const [title, mutate, want] of cases) it(title, () => expect(messages(crd(mutate))).toEqual(want));

  it("needs exactly one storage version", () => {
    const o = crd((x) => x.spec.versions.push({ name: "v2", served: true, storage: true, schema: { openAPIV3Schema: { type: "object" } } }));
    expect(messages(o)).toHaveLength(1);
    expect(messages(o)[0]).toMatch(/^spec\.versions: Invalid value: \[\]apiextensions\.CustomResourceDefinitionVersion\{.*\}: must have exactly one version marked as storage version$/);
  });

  it("keeps spec.group immutable", () => {
    const next = crd((o) => (o.spec.group = "other.example.com"));
    expect(crdStrategy.validateUpdate!(next, crd())).toEqual([{ field: "spec.group", reason: "FieldValueInvalid", message: 'Invalid value: "other.example.com": field is immutable' }]);
  });
});

describe("structural schemas of custom resources", () => {
  const schema: JSONSchemaProps = {
    type: "object",
    properties: {
      spec: {
        type: "object",
        required: ["image"],
        properties: {
          image: { type: "string" },
          replicas: { type: "integer", minimum: 1, maximum: 10 },
          mode: { type: "string", enum: ["a", "b"] },
          labels: { type: "object", additionalProperties: { type: "string" } },
          extra: { type: "object", "x-kubernetes-preserve-unknown-fields": true },
        },
      },
    },
  };
  const cases: [string, unknown, string[]][] = [
    ["valid", { image: "x", replicas: 3, labels: { a: "b" } }, []],
    ["required", { replicas: 3 }, ["spec.image: Required value"]],
    ["type", { image: "x", replicas: "3" }, ['spec.replicas: Invalid value: "string": spec.replicas in body must be of type integer: "string"']],
    ["maximum", { image: "x", replicas: 15 }, ["spec.replicas: Invalid value: 15: spec.replicas in body should be less than or equal to 10"]],
    ["minimum", { image: "x", replicas: 0 }, ["spec.replicas: Invalid value: 0: spec.replicas in body should be greater than or equal to 1"]],
    ["enum", { image: "x", mode: "c" }, ['spec.mode: Unsupported value: "c": supported values: "a", "b"']],
    ["map values", { image: "x", labels: { a: 1 } }, ['spec.labels.a: Invalid value: "integer": spec.labels.a in body must be of type string: "integer"']],
  ];
  for (const [title, spec, want] of cases) it(title, () => expect(validateSchema(schema, { apiVersion: "x/v1", kind: "X", metadata: {}, spec }).map((c) => `${c.field}: ${c.message}`)).toEqual(want));

  it("finds and prunes undeclared fields, keeping preserved subtrees", () => {
    const obj = { apiVersion: "x/v1", kind: "X", metadata: { name: "a" }, spec: { image: "x", typo: 1, extra: { anything: true } }, other: 1 };
    expect(unknownSchemaFields(schema, obj)).toEqual(["spec.typo", "other"]);
    pruneSchema(schema, obj);
    expect(obj).toEqual({ apiVersion: "x/v1", kind: "X", metadata: { name: "a" }, spec: { image: "x", extra: { anything: true } } });
  });

  it("orders versions as Kubernetes does", () => {
    expect(["v1alpha1", "v2", "v1beta1", "foo", "v1", "v1beta2"].sort(compareVersions)).toEqual(["v2", "v1", "v1beta2", "v1beta1", "v1alpha1", "foo"]);
  });
});
