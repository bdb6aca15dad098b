import type { ResourceInfo } from "../../engine/client";
import { PlainError, reportError, type Subcommand } from "../context";
import type { Kubectl } from "../context";
import type { CrdSpec } from "../../engine/apiextensions/types";
import { customResourceTypes } from "../explain/custom";
import type { TypeTable } from "../explain/model";
import { explainTypeFor, explainTypes } from "../explain/schema";
import { renderExplain } from "../explain/render";
import { helpText } from "./create/generator";

/** Splits `TYPE[.group][.field...]`: the longest `resource.group` prefix the server knows, else the first word. */
function splitResource(k: Kubectl, arg: string): { info: ResourceInfo; path: string[] } {
  const parts = arg.split(".");
  const client = k.client();
  for (let i = parts.length; i > 1; i--) {
    const group = parts.slice(1, i).join(".");
    const info = client.resolve(`${parts[0]}.${group}`);
    if (info && info.group === group) return { info, path: parts.slice(i).filter(Boolean) };
  }
  const info = client.resolve(parts[0]);
  // kubectl explain prints the mapper's error without the usual "error: " prefix.
  if (!info) throw new PlainError(`the server doesn't have a resource type "${parts[0]}"`);
  return { info, path: parts.slice(1).filter(Boolean) };
}

/** The schema of a custom resource, from its CRD's version `version` (what the API server publishes for it). */
function customSchema(k: Kubectl, group: string, version: string, kind: string): { table: TypeTable; type: string } | undefined {
  let crds;
  try {
    crds = k.client().list("customresourcedefinitions").items;
  } catch {
    return undefined;
  }
  const spec = crds.map((c) => c.spec as CrdSpec | undefined).find((s) => s?.group === group && s.names?.kind === kind);
  const served = spec?.versions?.find((v) => v.name === version && v.served);
  return served && customResourceTypes(explainTypes(), kind, served.schema?.openAPIV3Schema);
}

export const explain: Subcommand = {
  name: "explain",
  summary: "Get documentation for a resource",
  flags: [
    { name: "recursive", type: "bool" },
    { name: "api-version", type: "string" },
    { name: "output", short: "o", type: "string", default: "plaintext" },
  ],
  help: helpText(
    "Show the fields of a resource type, or of one field path inside it (TYPE.field.subfield), with their types and a short description. --recursive prints the whole field tree without descriptions.",
    "kubectl explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [-o|--output=plaintext|plaintext-openapiv2] [options]",
    ["kubectl explain pods", "kubectl explain pod.spec.containers", "kubectl explain deployment.spec.strategy --recursive", "kubectl explain hpa --api-version=autoscaling/v2"],
    [["--api-version=''", "Explain the resource in this group/version."], ["--output='plaintext'", "Output format: plaintext or plaintext-openapiv2."], ["--recursive=false", "Print the names of all nested fields instead of descriptions."]],
  ),
  run(k) {
    if (!k.args.length) return (k.err('error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n'), 1);
    if (k.args.length > 1) return (k.err("error: We accept only this format: explain RESOURCE\n"), 1);
    k.discoveryRetries = 2;
    try {
      const { info, path } = splitResource(k, k.args[0]);
      const output = k.str("output") ?? "plaintext";
      if (output === "plaintext-openapiv2") throw new PlainError("Error from server (NotFound): the server could not find the requested resource");
      if (output !== "plaintext") throw new PlainError(`error: unrecognized format: ${output}`);
      let group = info.group;
      let version = info.version;
      const apiVersion = k.str("api-version");
      if (apiVersion) {
        [group, version] = apiVersion.includes("/") ? apiVersion.split("/", 2) : ["", apiVersion];
        const gvr = `${group}/${version}, Resource=${info.resource}`;
        const served = k.client().discovery().filter((d) => d.group === group && d.version === version);
        if (!served.length) throw new PlainError(`error: couldn't find resource for "${gvr}"`);
        if (!served.some((d) => d.resource === info.resource)) throw new PlainError(`error: GVR (${gvr}) not found in OpenAPI schema`);
      }
      const builtin = explainTypeFor(group, info.kind, version);
      const schema = builtin ? { table: explainTypes(), type: builtin } : customSchema(k, group, version, info.kind);
      if (!schema) throw new PlainError(`error: field documentation for ${info.kind} is not available in this simulated cluster yet`);
      const r = renderExplain(schema.table, { group, version, kind: info.kind, type: schema.type, path, recursive: k.bool("recursive") });
      k.out(r.stdout);
      if (r.error) throw new PlainError(r.error);
      return 0;
    } catch (e) {
      return reportError(k, e);
    }
  },
};
