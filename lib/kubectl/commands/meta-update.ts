import type { KubeObject } from "../../engine/api/types";
import { isStatusError } from "../../engine/api/errors";
import { PlainError, reportError, type Kubectl, type Subcommand } from "../context";
import { fromArgs, fromFiles, UsageError, type Target } from "../resources";
import { ManifestError } from "../manifests";
import { checkWriteOutput, dryRunMode, kindRef, type DryRun } from "../write-result";
import { toJson, toYaml, sortKeys } from "../printers/yaml";
import { jsonpath } from "../printers/jsonpath";
import { helpText } from "./create/generator";

/** label and annotate: the same key=value / key- update over metadata.labels or metadata.annotations. */
interface Spec {
  name: "label" | "annotate";
  field: "labels" | "annotations";
  noun: "label" | "annotation";
  summary: string;
  help: string;
}

function parseUpdates(spec: Spec, updates: string[]): { set: Record<string, string>; remove: string[] } {
  const set: Record<string, string> = {};
  const remove: string[] = [];
  for (const u of updates) {
    if (u.endsWith("-") && !u.includes("=")) remove.push(u.slice(0, -1));
    else {
      const eq = u.indexOf("=");
      set[u.slice(0, eq)] = u.slice(eq + 1);
    }
  }
  for (const r of remove) if (r in set) throw new PlainError(`error: can not both modify and remove ${spec.noun} in the same command`);
  return { set, remove };
}

/** Applies the update to a copy of the object; returns the new map and whether anything changed. */
function apply(spec: Spec, k: Kubectl, obj: KubeObject, set: Record<string, string>, remove: string[]): { result: KubeObject; changed: boolean; removedOnly: boolean } {
  const current = { ...((obj.metadata[spec.field] as Record<string, string> | undefined) ?? {}) };
  let changed = false;
  for (const [key, v] of Object.entries(set)) {
    if (key in current && current[key] !== v && !k.bool("overwrite")) throw new PlainError(`error: '${key}' already has a value (${current[key]}), and --overwrite is false`);
    if (current[key] !== v) changed = true;
    current[key] = v;
  }
  for (const r of remove) {
    if (r in current) changed = true;
    delete current[r];
  }
  const result = { ...obj, metadata: { ...obj.metadata, [spec.field]: current } };
  return { result, changed, removedOnly: !Object.keys(set).length && remove.length > 0 };
}

function printResult(k: Kubectl, t: Target, obj: KubeObject, verb: string, dry: DryRun, local: boolean): void {
  const o = k.str("output");
  const data = local ? sortKeys(obj) : obj;
  if (o === "yaml") return k.out(toYaml(data));
  if (o === "json") return k.out(toJson(data));
  if (o?.startsWith("jsonpath=")) return k.out(jsonpath(o.slice(9), data));
  const ref = `${kindRef(t.info)}/${obj.metadata.name}`;
  if (o === "name") return k.out(`${ref}\n`);
  k.out(`${ref} ${verb}${dry === "client" ? " (dry run)" : dry === "server" ? " (server dry run)" : ""}\n`);
}

function run(spec: Spec, k: Kubectl): number {
  const files = k.list("filename");
  const isUpdate = (a: string) => a.includes("=") || (a.endsWith("-") && a.length > 1);
  const firstUpdate = k.args.findIndex(isUpdate);
  const resArgs = firstUpdate < 0 ? k.args : k.args.slice(0, firstUpdate);
  const updates = firstUpdate < 0 ? [] : k.args.slice(firstUpdate);
  if (!files.length && !resArgs.length) return (k.err(`error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n`), 1);
  if (!updates.length && !k.bool("list")) return (k.err(`error: at least one ${spec.noun} update is required\n`), 1);
  const dry = dryRunMode(k);
  if (dry !== "none" && dry !== "client" && dry !== "server") return (k.err(`error: ${dry}\n`), 1);
  const outErr = checkWriteOutput(k);
  if (outErr) return (k.err(`error: ${outErr}\n`), 1);
  const local = k.bool("local");
  try {
    const { set, remove } = parseUpdates(spec, updates);
    if (local && !files.length) return (k.err("error: can only use local files by -f rsrc.yaml or --filename=rsrc.json when --local=true is set\n"), 1);
    const targets = files.length ? fromFiles(k, local) : fromArgs(k, resArgs, { selector: k.str("selector"), all: k.bool("all"), allNamespaces: k.bool("all-namespaces") });
    if (!targets.length) return (k.out("No resources found\n"), 0);
    for (const t of targets) {
      const { result, changed, removedOnly } = apply(spec, k, t.obj, set, remove);
      const verb = spec.name === "annotate" ? "annotated" : !changed ? "not labeled" : removedOnly ? "unlabeled" : "labeled";
      if (local || dry === "client") {
        printResult(k, t, result, verb, dry, local);
        continue;
      }
      const patch = { metadata: { [spec.field]: { ...set, ...Object.fromEntries(remove.map((r) => [r, null])) } } };
      const saved = k.client().patch(t.info.resource, t.obj.metadata.name!, t.obj.metadata.namespace, "merge", patch, { dryRun: dry === "server", fieldManager: `kubectl-${spec.name}` });
      printResult(k, t, saved, verb, dry, false);
    }
    return 0;
  } catch (e) {
    if (e instanceof UsageError) return k.usageError(e.message);
    if (e instanceof ManifestError) return (k.err(`error: ${e.message}\n`), 1);
    if (isStatusError(e)) return reportError(k, e);
    return reportError(k, e);
  }
}

const FLAGS = [
  { name: "overwrite", type: "bool" as const },
  { name: "local", type: "bool" as const },
  { name: "all", type: "bool" as const },
  { name: "all-namespaces", short: "A", type: "bool" as const },
  { name: "selector", short: "l", type: "string" as const },
  { name: "field-selector", type: "string" as const },
  { name: "filename", short: "f", type: "array" as const },
  { name: "recursive", short: "R", type: "bool" as const },
  { name: "list", type: "bool" as const },
  { name: "dry-run", type: "string" as const, default: "none", noOptDefault: "unchanged" },
  { name: "output", short: "o", type: "string" as const },
  { name: "resource-version", type: "string" as const },
  { name: "field-manager", type: "string" as const },
  { name: "show-managed-fields", type: "bool" as const },
  { name: "template", type: "string" as const },
  { name: "allow-missing-template-keys", type: "bool" as const, default: true },
];

function command(spec: Spec): Subcommand {
  return { name: spec.name, summary: spec.summary, flags: FLAGS, help: spec.help, run: (k) => run(spec, k) };
}

export const label = command({
  name: "label",
  field: "labels",
  noun: "label",
  summary: "Update the labels on a resource",
  help: helpText("Add (key=value), change (with --overwrite) or remove (key-) labels.", "kubectl label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]", ["kubectl label pod web tier=frontend", "kubectl label node node01 disktype=ssd --overwrite", "kubectl label pod web tier-"], [["--overwrite=false", "Allow changing existing labels."], ["-l, --selector=''", "Label selector."], ["--all=false", "Every object of the type."], ["--local=false", "Only change the -f file's objects, print them."]]),
});

export const annotate = command({
  name: "annotate",
  field: "annotations",
  noun: "annotation",
  summary: "Update the annotations on a resource",
  help: helpText("Add (key=value), change (with --overwrite) or remove (key-) annotations.", "kubectl annotate [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]", ["kubectl annotate deploy web kubernetes.io/change-cause='image 1.27'", "kubectl annotate pod web note-"], [["--overwrite=false", "Allow changing existing annotations."], ["-l, --selector=''", "Label selector."], ["--all=false", "Every object of the type."], ["--local=false", "Only change the -f file's objects, print them."]]),
});
