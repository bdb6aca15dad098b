import { describe, expect, it } from "vitest";
import { ManualClock } from "../clock";
import { Rand } from "../rand";
import { createCluster } from "../cluster";
import type { KubeObject } from "../api/types";
import { isStatusError } from "../api/errors";
import { crdStrategy } from "./crd-strategy";
import { deprecationWarning } from "./custom-resources";
import type { CrdSpec, CrdVersion } from "./types";

const schema = (size: string) => ({ openAPIV3Schema: { type: "object", properties: { spec: { type: "object", properties: { size: { type: size } } } } } });
const version = (name: string, extra: Partial<CrdVersion> = {}): CrdVersion => ({ name, served: true, storage: false, schema: schema("string"), ...extra });
const spec = (versions: CrdVersion[]): CrdSpec => ({ group: "example.com", scope: "Namespaced", names: { plural: "widgets", singular: "widget", kind: "Widget", listKind: "WidgetList" }, versions });
const crd = (versions: CrdVersion[]): KubeObject => ({ apiVersion: "apiextensions.k8s.io/v1", kind: "CustomResourceDefinition", metadata: { name: "widgets.example.com" }, spec: spec(versions) });
const widget = (apiVersion: string, name: string, s: object): KubeObject => ({ apiVersion, kind: "Widget", metadata: { name, namespace: "default" }, spec: s });

describe("the deprecation warning of a CRD version", () => {
  const cases: [string, CrdVersion[], string][] = [
    ["names the highest served, non-deprecated version above it", [version("v1alpha1", { deprecated: true }), version("v1beta1"), version("v1", { storage: true })], "example.com/v1alpha1 Widget is deprecated; use example.com/v1 Widget"],
    ["skips deprecated and unserved versions", [version("v1beta1", { deprecated: true }), version("v1", { deprecated: true, storage: true }), version("v2", { served: false }), version("v1beta2")], "example.com/v1beta1 Widget is deprecated; use example.com/v1beta2 Widget"],
    ["only lower versions left: the bare text", [version("v1", { deprecated: true, storage: true }), version("v1alpha1")], "example.com/v1 Widget is deprecated"],
    ["deprecationWarning wins", [version("v1", { deprecated: true, storage: true, deprecationWarning: "use v2" }), version("v2")], "use v2"],
  ];
  for (const [title, versions, want] of cases) it(title, () => expect(deprecationWarning(spec(versions), versions[0])).toBe(want));
});

describe("status.storedVersions on update", () => {
  const old = (stored: string[]): KubeObject => ({ ...crd([version("v1", { storage: true })]), status: { storedVersions: stored } });
  const cases: [string, CrdVersion[], string[], string[]][] = [
    ["a new storage version is fine", [version("v1"), version("v2", { storage: true })], ["v1"], []],
    [
      "a stored version removed from spec.versions",
      [version("v2", { storage: true })],
      ["v1"],
      ["status.storedVersions[0]: Invalid value: \"v1\": missing from spec.versions; v1 was previously a storage version, and must remain in spec.versions until a storage migration ensures no data remains persisted in v1 and removes v1 from status.storedVersions"],
    ],
  ];
  for (const [title, versions, stored, want] of cases) it(title, () => expect(crdStrategy.validateUpdate!(crd(versions), old(stored)).map((c) => `${c.field}: ${c.message}`)).toEqual(want));
});

describe("a CRD served at several versions", () => {
  const env = createCluster({ clock: new ManualClock(Date.UTC(2026, 0, 1, 9, 0, 0)), rand: new Rand(1) });
  const c = env.adminClient();
  c.create(crd([version("v1beta1", { deprecated: true }), version("v1", { storage: true, schema: schema("integer") }), version("v2", { served: false })]));
  const warnings: string[] = [];
  const onWarning = (w: string) => warnings.push(w);

  it("stores at the storage version, validating with the schema written", () => {
    c.create(widget("example.com/v1beta1", "small", { size: "s" }), { onWarning });
    expect(warnings).toEqual(["example.com/v1beta1 Widget is deprecated; use example.com/v1 Widget"]);
    expect([...env.clusters.values()][0].store.get("/registry/example.com/widgets/default/small")!.value).toContain('"apiVersion":"example.com/v1"');
    expect(() => c.create(widget("example.com/v1", "bad", { size: "s" }))).toThrow(/spec.size in body must be of type integer/);
  });
  it("answers at the version asked for", () => {
    const table: [string, string][] = [
      ["widgets", "example.com/v1"],
      ["widgets.v1.example.com", "example.com/v1"],
      ["widgets.v1beta1.example.com", "example.com/v1beta1"],
    ];
    for (const [ref, apiVersion] of table) expect([ref, c.get(ref, "small", "default").apiVersion]).toEqual([ref, apiVersion]);
  });
  it("answers 404 for a version not served", () => {
    let err: unknown;
    try {
      c.get("widgets.v2.example.com", "small", "default");
    } catch (e) {
      err = e;
    }
    expect(isStatusError(err, "NotFound") && err.message).toBe("the server could not find the requested resource");
  });
  it("lists the other served versions in discovery", () => {
    const infos = c.discovery().filter((i) => i.group === "example.com");
    expect(infos.map((i) => [i.version, i.preferredVersion])).toEqual([
      ["v1", undefined],
      ["v1beta1", "v1"],
    ]);
    expect(c.resolve("widget.v1beta1.example.com")?.version).toBe("v1beta1");
    expect(c.resolve("widgets")?.version).toBe("v1");
  });
});
