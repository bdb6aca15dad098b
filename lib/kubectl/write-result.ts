import type { KubeObject } from "../engine/api/types";
import type { ResourceInfo } from "../engine/client";
import type { Kubectl } from "./context";
import { toJson, toYaml } from "./printers/yaml";
import { jsonpath, jsonpathValues } from "./printers/jsonpath";
import { goTemplate } from "./printers/gotemplate";

/** Output formats of commands that create or change objects (no tables). */
export const WRITE_FORMATS = ["go-template", "go-template-file", "json", "jsonpath", "jsonpath-as-json", "jsonpath-file", "name", "template", "templatefile", "yaml"];

export type DryRun = "none" | "client" | "server";

export function dryRunMode(k: Kubectl): DryRun | string {
  const v = k.flags["dry-run"];
  if (v === undefined || v === false || v === "none" || v === "false") return "none";
  if (v === true || v === "client" || v === "true" || v === "unchanged") return "client";
  if (v === "server") return "server";
  return `Invalid dry-run value (${String(v)}). Must be "none", "server", or "client".`;
}

export function checkWriteOutput(k: Kubectl): string | undefined {
  const o = k.str("output");
  if (!o || WRITE_FORMATS.includes(o.split("=")[0])) return undefined;
  return `unable to match a printer suitable for the output format "${o}", allowed formats are: ${WRITE_FORMATS.join(",")}`;
}

export const kindRef = (info: Pick<ResourceInfo, "kind" | "group">) => (info.group ? `${info.kind.toLowerCase()}.${info.group}` : info.kind.toLowerCase());

/** Prints an object the way `create`/`apply`/`run` do: -o format, or `kind/name verb[ (dry run)]`. */
export function printWritten(k: Kubectl, obj: KubeObject, info: Pick<ResourceInfo, "kind" | "group">, verb: string, dryRun: DryRun): void {
  const o = k.str("output");
  if (o === "yaml") return k.out(toYaml(obj));
  if (o === "json") return k.out(toJson(obj));
  if (o?.startsWith("jsonpath=")) return k.out(jsonpath(o.slice(9), obj));
  if (o?.startsWith("jsonpath-as-json=")) return k.out(toJson(jsonpathValues(o.slice(17), obj)));
  if (o?.startsWith("go-template=") || o?.startsWith("template=")) return k.out(goTemplate(o.slice(o.indexOf("=") + 1), obj));
  const suffix = dryRun === "client" ? " (dry run)" : dryRun === "server" ? " (server dry run)" : "";
  if (o === "name") return k.out(`${kindRef(info)}/${obj.metadata.name}\n`);
  k.out(`${kindRef(info)}/${obj.metadata.name} ${verb}${suffix}\n`);
}
