import { resourceRef } from "../../engine/client";
import type { KubeObject } from "../../engine/api/types";
import { isStatusError } from "../../engine/api/errors";
import { reportError, type Subcommand } from "../context";
import { sortKeys } from "../printers/yaml";
import { checkValidation, fieldValidation, loadManifests, ManifestError } from "../manifests";
import { checkWriteOutput, dryRunMode, printWritten, type DryRun } from "../write-result";

export const LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

/** Keys the user set in the manifest replace the live ones; the rest of the live object stays. */
export function overlay(live: unknown, desired: unknown): unknown {
  if (desired && typeof desired === "object" && !Array.isArray(desired) && live && typeof live === "object" && !Array.isArray(live)) {
    const out: Record<string, unknown> = { ...(live as Record<string, unknown>) };
    for (const [key, v] of Object.entries(desired)) out[key] = overlay((live as Record<string, unknown>)[key], v);
    return out;
  }
  return desired;
}

export const apply: Subcommand = {
  name: "apply",
  summary: "Apply a configuration to a resource by file name or stdin",
  flags: [
    { name: "filename", short: "f", type: "array" },
    { name: "kustomize", short: "k", type: "string" },
    { name: "dry-run", type: "string", default: "none", noOptDefault: "unchanged" },
    { name: "output", short: "o", type: "string" },
    { name: "recursive", short: "R", type: "bool" },
    { name: "server-side", type: "bool" },
    { name: "force", type: "bool" },
    { name: "force-conflicts", type: "bool" },
    { name: "field-manager", type: "string", default: "kubectl-client-side-apply" },
    { name: "validate", type: "string", default: "strict", noOptDefault: "strict" },
    { name: "overwrite", type: "bool", default: true },
    { name: "prune", type: "bool" },
    { name: "selector", short: "l", type: "string" },
    { name: "all", type: "bool" },
    { name: "wait", type: "bool" },
    { name: "timeout", type: "string", default: "0s" },
    { name: "grace-period", type: "int", default: -1 },
    { name: "cascade", type: "string", default: "background", noOptDefault: "background" },
    { name: "openapi-patch", type: "bool", default: true },
    { name: "show-managed-fields", type: "bool" },
    { name: "template", type: "string" },
    { name: "allow-missing-template-keys", type: "bool", default: true },
  ],
  help: `Create or update objects so they match the given files.

Objects that do not exist are created; existing ones are updated, and the applied configuration is
kept in the kubectl.kubernetes.io/last-applied-configuration annotation.

Examples:
  kubectl apply -f deploy.yaml
  kubectl apply -f manifests/
  cat pod.yaml | kubectl apply -f -

Options:
  --dry-run='none': client or server.
  -f, --filename=[]: Files, directories or - (stdin).
  -o, --output='': yaml, json, name.

Usage:
  kubectl apply (-f FILENAME | -k DIRECTORY) [options]
`,
  run(k) {
    const files = k.flags.filename as string[] | undefined;
    if (!files?.length && !k.str("kustomize")) return (k.err("error: must specify one of -f and -k\n"), 1);
    const dry = dryRunMode(k);
    if (!["none", "client", "server"].includes(dry)) return (k.err(`error: ${dry}\n`), 1);
    const outErr = checkWriteOutput(k);
    if (outErr) return (k.err(`error: ${outErr}\n`), 1);
    let objs;
    try {
      objs = loadManifests(k, files ?? []);
      for (const o of objs) checkValidation(k, o.__source);
    } catch (e) {
      if (e instanceof ManifestError) return (k.err(`error: ${e.message}\n`), 1);
      return reportError(k, e);
    }
    let code = 0;
    for (const { __source, ...raw } of objs) {
      const obj = raw as KubeObject;
      let creating = false;
      try {
        const info = k.client().discovery().find((d) => d.kind === obj.kind && (d.group ? `${d.group}/${d.version}` : d.version) === obj.apiVersion);
        if (!info) {
          k.err(`error: resource mapping not found for name: "${obj.metadata?.name}" namespace: "${obj.metadata?.namespace ?? ""}" from "${__source}": no matches for kind "${obj.kind}" in version "${obj.apiVersion}"\nensure CRDs are installed first\n`);
          code = 1;
          continue;
        }
        const ns = info.namespaced ? (obj.metadata.namespace ?? k.namespace) : undefined;
        // Like kubectl: the object as applied (with its namespace and an annotations map), keys sorted.
        const ownAnnotations = Object.fromEntries(Object.entries(obj.metadata.annotations ?? {}).filter(([key]) => key !== LAST_APPLIED));
        const applied = JSON.stringify(sortKeys({ ...obj, metadata: { ...obj.metadata, annotations: ownAnnotations, ...(ns ? { namespace: ns } : {}) } }));
        const desired: KubeObject = { ...obj, metadata: { ...obj.metadata, namespace: ns, annotations: { ...obj.metadata.annotations, [LAST_APPLIED]: applied + "\n" } } };
        let live: KubeObject | undefined;
        try {
          live = k.client().get(resourceRef(info), obj.metadata.name!, ns);
        } catch (e) {
          if (!isStatusError(e, "NotFound")) throw e;
        }
        if (!live) {
          creating = true;
          const created = dry === "client" ? desired : k.client().create(desired, { dryRun: dry === "server", fieldValidation: fieldValidation(k) });
          printWritten(k, created, info, "created", dry as DryRun);
          continue;
        }
        if (live.metadata.annotations?.[LAST_APPLIED] === applied + "\n") {
          printWritten(k, live, info, "unchanged", dry as DryRun);
          continue;
        }
        const merged = overlay(live, desired) as KubeObject;
        const updated = dry === "client" ? merged : k.client().update(merged, { dryRun: dry === "server" });
        printWritten(k, updated, info, "configured", dry as DryRun);
      } catch (e) {
        code = reportError(k, e, creating ? `error when creating "${__source}"` : `error when applying patch to "${__source}"`) || code;
      }
    }
    return code;
  },
};
