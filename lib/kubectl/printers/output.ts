import type { KubeObject } from "../../engine/api/types";
import type { ResourceInfo } from "../../engine/client";
import { columnsFor } from "./columns";
import { renderTable } from "./tabwriter";
import { toJson, toYaml } from "./yaml";
import { jsonpath, jsonpathValues, JsonPathError } from "./jsonpath";
import { goTemplate, GoTemplateError } from "./gotemplate";

export interface PrintGroup {
  info: ResourceInfo;
  items: KubeObject[];
}

export interface PrintOptions {
  output: string;
  allNamespaces: boolean;
  showLabels: boolean;
  noHeaders: boolean;
  labelColumns: string[];
  /** Prefix names with kind (several types, or `get all`). */
  showKind: boolean;
  now: number;
}

export const kindPrefix = (info: ResourceInfo) => (info.group ? `${info.kind.toLowerCase()}.${info.group}` : info.kind.toLowerCase());

const OUTPUT_FORMATS = ["json", "yaml", "name", "go-template", "go-template-file", "template", "templatefile", "jsonpath", "jsonpath-as-json", "jsonpath-file", "custom-columns", "custom-columns-file", "wide"];

export class OutputError extends Error {}

export function validateOutput(output: string): void {
  if (output === "") return;
  const format = output.split("=")[0];
  if (!OUTPUT_FORMATS.includes(format))
    throw new OutputError(`unable to match a printer suitable for the output format "${output}", allowed formats are: ${OUTPUT_FORMATS.join(",")}`);
}

function listOf(items: KubeObject[]): unknown {
  return { apiVersion: "v1", items, kind: "List", metadata: { resourceVersion: "" } };
}

function table(groups: PrintGroup[], o: PrintOptions): string {
  const wide = o.output === "wide";
  return groups
    .filter((g) => g.items.length)
    .map((g) => {
      const cols = columnsFor(g.info, wide);
      const header = [...(o.allNamespaces && g.info.namespaced ? ["NAMESPACE"] : []), ...cols.map((c) => c.name), ...o.labelColumns.map((l) => l.split("/").pop()!.toUpperCase()), ...(o.showLabels ? ["LABELS"] : [])];
      const rows = g.items.map((item) => {
        const cells = cols.map((c) => c.cell(item, o.now));
        if (o.showKind && cols[0]?.name === "NAME") cells[0] = `${kindPrefix(g.info)}/${cells[0]}`;
        const labels = item.metadata.labels ?? {};
        return [
          ...(o.allNamespaces && g.info.namespaced ? [item.metadata.namespace ?? ""] : []),
          ...cells,
          ...o.labelColumns.map((l) => labels[l] ?? ""),
          ...(o.showLabels ? [Object.keys(labels).length ? Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}=${v}`).join(",") : "<none>"] : []),
        ];
      });
      return renderTable(o.noHeaders ? rows : [header, ...rows]);
    })
    .join("\n");
}

/** Prints what `get` fetched in the requested output format. */
export function printObjects(groups: PrintGroup[], o: PrintOptions, single: boolean): string {
  const all = groups.flatMap((g) => g.items.map((item) => ({ ...item, apiVersion: item.apiVersion, kind: item.kind })));
  const data = single && all.length === 1 ? all[0] : listOf(all);
  const [format, ...rest] = o.output.split("=");
  const arg = rest.join("=");
  switch (format) {
    case "yaml":
      return toYaml(data);
    case "json":
      return toJson(data);
    case "name":
      return groups.flatMap((g) => g.items.map((i) => `${kindPrefix(g.info)}/${i.metadata.name}\n`)).join("");
    case "go-template":
    case "template":
      try {
        return goTemplate(arg, data);
      } catch (e) {
        if (e instanceof GoTemplateError) throw new OutputError(`error parsing template ${arg}, ${e.message}`);
        throw e;
      }
    case "jsonpath":
    case "jsonpath-as-json":
      try {
        return format === "jsonpath" ? jsonpath(arg, data) : toJson(jsonpathValues(arg, data));
      } catch (e) {
        if (e instanceof JsonPathError) throw new OutputError(`error parsing jsonpath ${arg}, ${e.message}`);
        throw e;
      }
    case "custom-columns": {
      const specs = arg.split(",").map((s) => {
        const [name, path] = s.split(":");
        if (!path) throw new OutputError(`unexpected custom-columns spec: ${s}, expected <header>:<json-path-expr>`);
        return { name, path: path.startsWith("{") ? path : `{${path.startsWith(".") ? path : "." + path}}` };
      });
      const rows = all.map((item) => specs.map((s) => jsonpath(s.path, item) || "<none>"));
      return renderTable(o.noHeaders ? rows : [specs.map((s) => s.name), ...rows]);
    }
    default:
      return table(groups, o);
  }
}
