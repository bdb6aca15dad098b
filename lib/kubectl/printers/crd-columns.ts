import type { ResourceInfo } from "../../engine/client";
import { age } from "./duration";
import { jsonpathValues } from "./jsonpath";
import type { Column } from "./columns";

/**
 * The table a custom resource's CRD declares: NAME, then each additionalPrinterColumn (priority > 0
 * only with -o wide). Models apiextensions-apiserver/pkg/registry/customresource/tableconvertor:
 * the first value the JSONPath selects, strings printed as the JSONPath printer prints them
 * (lists and maps as JSON), a missing value left blank.
 */

function cell(type: string, value: unknown, now: number): string {
  if (value === null || value === undefined) return "";
  switch (type) {
    case "string":
      return typeof value === "string" ? value : JSON.stringify(value);
    case "integer":
      return typeof value === "number" ? String(Math.trunc(value)) : "";
    case "number":
      return typeof value === "number" ? String(value) : "";
    case "boolean":
      return typeof value === "boolean" ? String(value) : "";
    case "date":
      return typeof value === "string" && !Number.isNaN(Date.parse(value)) ? age(value, now) : "";
    default:
      return "";
  }
}

export function customResourceColumns(info: ResourceInfo): Column[] {
  const name: Column = { name: "NAME", cell: (o) => o.metadata.name ?? "" };
  return [
    name,
    ...(info.columns ?? []).map((c) => ({
      name: c.name.toUpperCase(),
      wide: (c.priority ?? 0) > 0,
      cell(o: Parameters<Column["cell"]>[0], now: number) {
        let values: unknown[];
        try {
          values = jsonpathValues(`{${c.jsonPath}}`, o);
        } catch {
          return "";
        }
        return cell(c.type, values[0], now);
      },
    })),
  ];
}
