import { describe, expect, it } from "vitest";
import { customResourceTypes } from "./custom";
import { renderExplain } from "./render";
import { explainTypes } from "./schema";

const schema = {
  description: "Backup copies the data of selected namespaces to a storage location on a schedule.",
  type: "object",
  properties: {
    spec: {
      description: "What to back up, where to and how often.",
      type: "object",
      required: ["schedule"],
      properties: {
        schedule: { description: "Cron expression of the backup runs.", type: "string" },
        storage: { description: "Where the backups are written.", type: "string", enum: ["s3", "gcs", "azure", "local", "nfs"] },
        targets: {
          description: "Namespaces to back up.",
          type: "array",
          items: {
            description: "One namespace, optionally narrowed by a label selector.",
            type: "object",
            required: ["namespace"],
            properties: { namespace: { type: "string" }, selector: { description: "Only objects with these labels are copied.", type: "object", additionalProperties: { type: "string" } } },
          },
        },
        port: { description: "Port of the storage endpoint, by number or name.", "x-kubernetes-int-or-string": true },
      },
    },
  },
};

describe("customResourceTypes", () => {
  const { table, type } = customResourceTypes(explainTypes(), "Backup", schema);
  const explain = (path: string[]) => renderExplain(table, { group: "ops.example.com", version: "v1", kind: "Backup", type, path, recursive: false });

  it("adds the standard apiVersion, kind and metadata and shows inline objects as Object", () => {
    const top = table.get(type)!;
    expect(top.fields.map((f) => `${f.name} ${table.get(f.type)?.display ?? f.type}`)).toEqual(["apiVersion string", "kind string", "metadata ObjectMeta", "spec Object"]);
    expect(explain(["spec"]).stdout).toContain("  port\t<Object>\n    Port of the storage endpoint, by number or name.\n\n  schedule\t<string> -required-\n");
    expect(explain(["spec"]).stdout).toContain("  storage\t<string>\n  enum: s3, gcs, azure, local, ....\n");
  });

  // Recorded from kubectl v1.32.5 explaining the same CRD schema as a stub API server publishes it.
  it("describes a list of objects with the list's text and then the items' text", () => {
    expect(explain(["spec", "targets"]).stdout).toBe(`GROUP:      ops.example.com
KIND:       Backup
VERSION:    v1

FIELD: targets <[]Object>


DESCRIPTION:
    Namespaces to back up.
    One namespace, optionally narrowed by a label selector.
    
FIELDS:
  namespace\t<string> -required-
    <no description>

  selector\t<map[string]string>
    Only objects with these labels are copied.


`);
  });
});
