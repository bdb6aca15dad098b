import { resourceRef } from "../../engine/client";
import type { KubeObject } from "../../engine/api/types";
import { isStatusError } from "../../engine/api/errors";
import { reportError, type Kubectl, type Subcommand } from "../context";
import { loadManifests, ManifestError } from "../manifests";
import { toYaml, sortKeys } from "../printers/yaml";
import { diffStamp, unifiedHunks } from "../../shell/commands/diff";
import { LAST_APPLIED, overlay } from "./apply";
import { helpText } from "./create/generator";

// Models staging/src/k8s.io/kubectl/pkg/cmd/diff/diff.go: the live and the merged object (a server
// dry-run of the apply) are written as YAML to /tmp/LIVE-*/ and /tmp/MERGED-*/, then compared
// with `diff -u -N`. Exit 0: no differences, 1: differences, >1: kubectl or diff failed.

/** `<group.>version.Kind.namespace.name`, the file name kubectl gives each object. */
function fileName(obj: KubeObject): string {
  const [group, version] = obj.apiVersion.includes("/") ? obj.apiVersion.split("/") : ["", obj.apiVersion];
  return `${group ? `${group}.` : ""}${version}.${obj.kind}.${obj.metadata.namespace ?? ""}.${obj.metadata.name}`;
}

/** What kubectl writes to the file: YAML without managedFields (unless --show-managed-fields). */
function asFile(obj: KubeObject | undefined, showManagedFields: boolean): string {
  if (!obj) return "";
  const meta = { ...obj.metadata };
  if (!showManagedFields) delete (meta as { managedFields?: unknown }).managedFields;
  return toYaml({ ...obj, metadata: meta });
}

/** The live object (undefined when absent) and the object as it would be after `kubectl apply`. */
function liveAndMerged(k: Kubectl, obj: KubeObject): { live?: KubeObject; merged: KubeObject } {
  const info = k.client().discovery().find((d) => d.kind === obj.kind && (d.group ? `${d.group}/${d.version}` : d.version) === obj.apiVersion);
  if (!info) throw new ManifestError(`resource mapping not found for name: "${obj.metadata?.name}" namespace: "${obj.metadata?.namespace ?? ""}" from "${obj.metadata?.name}": no matches for kind "${obj.kind}" in version "${obj.apiVersion}"\nensure CRDs are installed first`);
  const ns = info.namespaced ? (obj.metadata.namespace ?? k.namespace) : undefined;
  const ownAnnotations = Object.fromEntries(Object.entries(obj.metadata.annotations ?? {}).filter(([key]) => key !== LAST_APPLIED));
  const applied = JSON.stringify(sortKeys({ ...obj, metadata: { ...obj.metadata, annotations: ownAnnotations, ...(ns ? { namespace: ns } : {}) } }));
  const desired: KubeObject = { ...obj, metadata: { ...obj.metadata, namespace: ns, annotations: { ...obj.metadata.annotations, [LAST_APPLIED]: applied + "\n" } } };
  let live: KubeObject | undefined;
  try {
    live = k.client().get(resourceRef(info), obj.metadata.name!, ns);
  } catch (e) {
    if (!isStatusError(e, "NotFound")) throw e;
  }
  if (!live) return { merged: k.client().create(desired, { dryRun: true }) };
  if (live.metadata.annotations?.[LAST_APPLIED] === applied + "\n") return { live, merged: live };
  const merged = k.client().update(overlay(live, desired) as KubeObject, { dryRun: true });
  // A dry run persists nothing, so the object keeps the live resourceVersion.
  return { live, merged: { ...merged, metadata: { ...merged.metadata, resourceVersion: merged.metadata.resourceVersion ?? live.metadata.resourceVersion } } };
}

function run(k: Kubectl): number {
  const files = k.list("filename");
  if (!files.length && !k.str("kustomize")) return (k.err("error: must specify one of -f and -k\n"), 1);
  let objs;
  try {
    objs = loadManifests(k, files);
  } catch (e) {
    if (e instanceof ManifestError) return (k.err(`error: ${e.message}\n`), 1);
    return reportError(k, e);
  }
  const rand = k.ctx.environment.rand;
  const liveDir = `/tmp/LIVE-${rand.string(9, "0123456789")}`;
  const mergedDir = `/tmp/MERGED-${rand.string(9, "0123456789")}`;
  const stamp = diffStamp(k.now);
  const showManaged = k.bool("show-managed-fields");
  let out = "";
  for (const { __source, ...raw } of objs) {
    void __source;
    try {
      const { live, merged } = liveAndMerged(k, raw as KubeObject);
      const before = asFile(live, showManaged);
      const after = asFile(merged, showManaged);
      if (before === after) continue;
      const name = fileName(merged);
      const epoch = "1970-01-01 00:00:00.000000000 +0000";
      out += `diff -u -N ${liveDir}/${name} ${mergedDir}/${name}\n--- ${liveDir}/${name}\t${live ? stamp : epoch}\n+++ ${mergedDir}/${name}\t${stamp}\n${unifiedHunks(before, after)}`;
    } catch (e) {
      if (e instanceof ManifestError) {
        k.err(`error: ${e.message}\n`);
        return 1;
      }
      k.out(out);
      reportError(k, e);
      return 1;
    }
  }
  k.out(out);
  return out ? 1 : 0;
}

export const diff: Subcommand = {
  name: "diff",
  summary: "Diff the live version against a would-be applied version",
  flags: [
    { name: "filename", short: "f", type: "array" },
    { name: "kustomize", short: "k", type: "string" },
    { name: "recursive", short: "R", type: "bool" },
    { name: "server-side", type: "bool" },
    { name: "force-conflicts", type: "bool" },
    { name: "field-manager", type: "string", default: "kubectl-client-side-apply" },
    { name: "prune", type: "bool" },
    { name: "selector", short: "l", type: "string" },
    { name: "show-managed-fields", type: "bool" },
    { name: "concurrency", type: "int", default: 1 },
  ],
  help: helpText(
    "Show, as a unified YAML diff, what `kubectl apply` would change in the live objects. Exit status 0: no changes, 1: changes, >1: an error.",
    "kubectl diff -f FILENAME [options]",
    ["kubectl diff -f deploy.yaml", "cat svc.yaml | kubectl diff -f -"],
    [
      ["-f, --filename=[]", "Files, directories or - (stdin) to compare."],
      ["--show-managed-fields=false", "Keep metadata.managedFields in the compared YAML."],
    ],
  ),
  run,
};
