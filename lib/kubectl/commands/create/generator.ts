import type { KubeObject } from "../../../engine/api/types";
import type { FlagSpec } from "../../flags";
import { reportError, type Kubectl, type Subcommand } from "../../context";
import { checkWriteOutput, dryRunMode, printWritten, type DryRun } from "../../write-result";

/** Flags every `kubectl create <generator>` shares (output, dry run, save-config, validation). */
export const GENERATOR_FLAGS: FlagSpec[] = [
  { name: "dry-run", type: "string", default: "none", noOptDefault: "unchanged" },
  { name: "output", short: "o", type: "string" },
  { name: "save-config", type: "bool" },
  { name: "validate", type: "string", default: "strict", noOptDefault: "strict" },
  { name: "field-manager", type: "string", default: "kubectl-create" },
  { name: "show-managed-fields", type: "bool" },
  { name: "template", type: "string" },
  { name: "allow-missing-template-keys", type: "bool", default: true },
];

export interface GeneratorSpec {
  name: string;
  aliases?: string[];
  summary: string;
  flags: FlagSpec[];
  help: string;
  /** Kind as printed in `kind.group/name` and its group. */
  kind: string;
  group: string;
  namespaced: boolean;
  /** Builds the object in Go struct field order (json output keeps that order), or returns an error line. */
  build(k: Kubectl, name: string): KubeObject | string;
}

/** `error: …` lines that kubectl prints without the usage hint. */
export function fail(k: Kubectl, message: string): number {
  k.err(`error: ${message}\n`);
  return 1;
}

/** Validates --dry-run and -o the way every create/run command does; returns the mode or an exit code. */
export function writeMode(k: Kubectl): DryRun | number {
  const dry = dryRunMode(k);
  if (dry !== "none" && dry !== "client" && dry !== "server") return fail(k, dry);
  if (k.flags["dry-run"] === "unchanged") k.klog("W", "helpers.go:702", "--dry-run is deprecated and can be replaced with --dry-run=client.");
  const outErr = checkWriteOutput(k);
  if (outErr) return fail(k, outErr);
  return dry;
}

/** Puts `namespace` in metadata right after `name` when -n was given (kubectl's EnforceNamespace). */
export function meta(k: Kubectl, name: string, namespaced: boolean, extra: Record<string, unknown> = {}): KubeObject["metadata"] {
  const ns = namespaced && k.changed.has("namespace") ? { namespace: k.str("namespace") } : {};
  return { name, ...ns, creationTimestamp: null, ...extra };
}

/** Sends a built object to the server (or just prints it for --dry-run=client). */
export function submit(k: Kubectl, obj: KubeObject, spec: Pick<GeneratorSpec, "kind" | "group" | "namespaced">, dry: DryRun): number {
  const info = { kind: spec.kind, group: spec.group };
  if (k.bool("save-config")) obj = withLastApplied(obj);
  if (dry === "client") {
    printWritten(k, obj, info, "created", dry);
    return 0;
  }
  try {
    const toCreate: KubeObject = { ...obj, metadata: { ...obj.metadata } };
    delete toCreate.metadata.creationTimestamp;
    if (spec.namespaced) toCreate.metadata.namespace = k.namespace;
    const created = k.client().create(toCreate, { dryRun: dry === "server", fieldManager: k.str("field-manager") });
    printWritten(k, created, info, "created", dry);
    return 0;
  } catch (e) {
    return reportError(k, e);
  }
}

/** --save-config: the object's own JSON stored in the last-applied annotation (placed after labels, as in ObjectMeta). */
export function withLastApplied(obj: KubeObject): KubeObject {
  const annotations = { ...(obj.metadata.annotations ?? {}), "kubectl.kubernetes.io/last-applied-configuration": JSON.stringify(obj) + "\n" };
  const { annotations: _old, ...rest } = obj.metadata;
  const entries = Object.entries(rest);
  const at = entries.findIndex(([key]) => key === "labels") + 1 || entries.length;
  entries.splice(at, 0, ["annotations", annotations]);
  return { ...obj, metadata: Object.fromEntries(entries) };
}

export function generator(spec: GeneratorSpec): Subcommand {
  return {
    name: spec.name,
    aliases: spec.aliases,
    summary: spec.summary,
    flags: [...spec.flags, ...GENERATOR_FLAGS],
    help: spec.help,
    run(k) {
      const names = k.dashAt >= 0 ? k.args.slice(0, k.dashAt) : k.args;
      if (names.length !== 1) return k.usageError(`exactly one NAME is required, got ${names.length}`);
      const dry = writeMode(k);
      if (typeof dry === "number") return dry;
      let obj: KubeObject | string;
      try {
        obj = spec.build(k, names[0]);
      } catch (e) {
        return reportError(k, e);
      }
      if (typeof obj === "string") return fail(k, obj);
      return submit(k, obj, spec, dry);
    },
  };
}

/** Container name kubectl derives from an image: last path segment without tag or digest. */
export function containerNameOf(image: string): string {
  return image.split("/").pop()!.split("@")[0].split(":")[0];
}

/** A short help text in our own words. */
export function helpText(what: string, usage: string, examples: string[], options: [string, string][]): string {
  const opts = options.map(([f, d]) => `    ${f}:\n\t${d}\n`).join("\n");
  return `${what}\n\nExamples:\n${examples.map((e) => `  ${e}`).join("\n")}\n\nOptions:\n${opts}\nUsage:\n  ${usage}\n\nUse "kubectl options" for a list of global command-line options (applies to all commands).\n`;
}
