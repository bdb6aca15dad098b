import type { KubeObject } from "../../../engine/api/types";
import { reportError, type Kubectl } from "../../context";
import { fromArgs, fromFiles, RESOURCE_HINT, UsageError, type Target } from "../../resources";
import { ManifestError } from "../../manifests";
import { checkWriteOutput, dryRunMode, kindRef } from "../../write-result";
import { toJson, toYaml } from "../../printers/yaml";
import { jsonpath } from "../../printers/jsonpath";
import { podSpecOf, typed } from "../../printers/typed";

export const SET_FLAGS = [
  { name: "local", type: "bool" as const },
  { name: "all", type: "bool" as const },
  { name: "selector", short: "l", type: "string" as const },
  { name: "filename", short: "f", type: "array" as const },
  { name: "recursive", short: "R", type: "bool" as const },
  { name: "dry-run", type: "string" as const, default: "none", noOptDefault: "unchanged" },
  { name: "output", short: "o", type: "string" as const },
  { name: "field-manager", type: "string" as const, default: "kubectl-set" },
  { name: "show-managed-fields", type: "bool" as const },
  { name: "template", type: "string" as const },
  { name: "allow-missing-template-keys", type: "bool" as const, default: true },
];

export class SetError extends Error {}

/**
 * The shared driver of `kubectl set image|env|resources|serviceaccount`: resolve targets (server or
 * --local files), let `mutate` change a typed copy, print or save. `split` separates resource args
 * from the command's own arguments. No change ⇒ nothing printed, like kubectl (except `set selector`,
 * which always reports).
 */
export function runSet(
  k: Kubectl,
  opts: { verb: string; split: (args: string[]) => { resources: string[]; rest: string[] }; noResources: "hint" | "plain"; mutate: (obj: KubeObject, rest: string[]) => void; reportUnchanged?: boolean },
): number {
  const { resources, rest } = opts.split(k.args);
  const files = k.list("filename");
  if (!files.length && !resources.length) {
    if (opts.noResources === "hint") return (k.err(`error: ${RESOURCE_HINT}\n`), 1);
    return (k.err("error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n"), 1);
  }
  const dry = dryRunMode(k);
  if (dry !== "none" && dry !== "client" && dry !== "server") return (k.err(`error: ${dry}\n`), 1);
  const outErr = checkWriteOutput(k);
  if (outErr) return (k.err(`error: ${outErr}\n`), 1);
  const local = k.bool("local");
  try {
    if (local && !files.length) return (k.err("error: can only use local files by -f rsrc.yaml or --filename=rsrc.json when --local=true is set\n"), 1);
    const targets: Target[] = files.length ? fromFiles(k, local) : fromArgs(k, resources, { selector: k.str("selector"), all: k.bool("all") });
    for (const t of targets) {
      const before = typed(t.obj);
      const after = typed(structuredClone(t.obj));
      opts.mutate(after, rest);
      if (!opts.reportUnchanged && JSON.stringify(before) === JSON.stringify(after)) continue;
      let shown = after;
      if (!local && dry !== "client") shown = k.client().update(after, { dryRun: dry === "server", fieldManager: k.str("field-manager") });
      const o = k.str("output");
      if (o === "yaml") k.out(toYaml(shown));
      else if (o === "json") k.out(toJson(shown));
      else if (o?.startsWith("jsonpath=")) k.out(jsonpath(o.slice(9), shown));
      else if (o === "name") k.out(`${kindRef(t.info)}/${shown.metadata.name}\n`);
      else k.out(`${kindRef(t.info)}/${shown.metadata.name} ${opts.verb}${dry === "client" ? " (dry run)" : dry === "server" ? " (server dry run)" : ""}\n`);
    }
    return 0;
  } catch (e) {
    if (e instanceof SetError) return (k.err(`error: ${e.message}\n`), 1);
    if (e instanceof UsageError) return k.usageError(e.message);
    if (e instanceof ManifestError) return (k.err(`error: ${e.message}\n`), 1);
    return reportError(k, e);
  }
}

/** Containers of an object's pod template, optionally only those named by --containers/-c glob. */
export function containersOf(obj: KubeObject, pattern = "*"): Record<string, unknown>[] {
  const spec = podSpecOf(obj);
  if (!spec) throw new SetError(`unable to find pod template in ${obj.kind} "${obj.metadata.name}"`);
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
  return [...(spec.initContainers ?? []), ...spec.containers].filter((c) => re.test(String(c.name)));
}

/** Args before the first `key=value` belong to the resource selection. */
export function splitAtAssignment(args: string[]): { resources: string[]; rest: string[] } {
  const i = args.findIndex((a) => a.includes("=") || /-$/.test(a));
  return i < 0 ? { resources: args, rest: [] } : { resources: args.slice(0, i), rest: args.slice(i) };
}
