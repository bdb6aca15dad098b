import type { KubeObject } from "../../engine/api/types";
import { isStatusError } from "../../engine/api/errors";
import { reportError, type Subcommand } from "../context";
import { loadManifests, ManifestError } from "../manifests";
import { kindRef, printWritten } from "../write-result";
import { helpText, writeMode } from "./create/generator";

export const replace: Subcommand = {
  name: "replace",
  summary: "Replace a resource by file name or stdin",
  flags: [
    { name: "filename", short: "f", type: "array" },
    { name: "kustomize", short: "k", type: "string" },
    { name: "recursive", short: "R", type: "bool" },
    { name: "force", type: "bool" },
    { name: "grace-period", type: "int", default: -1 },
    { name: "cascade", type: "string", default: "background", noOptDefault: "background" },
    { name: "wait", type: "bool" },
    { name: "timeout", type: "string", default: "0s" },
    { name: "save-config", type: "bool" },
    { name: "validate", type: "string", default: "strict", noOptDefault: "strict" },
    { name: "subresource", type: "string" },
    { name: "dry-run", type: "string", default: "none", noOptDefault: "unchanged" },
    { name: "output", short: "o", type: "string" },
    { name: "field-manager", type: "string", default: "kubectl-replace" },
    { name: "show-managed-fields", type: "bool" },
    { name: "template", type: "string" },
    { name: "allow-missing-template-keys", type: "bool", default: true },
  ],
  help: helpText("Replace objects with the content of files (--force deletes and re-creates them).", "kubectl replace -f FILENAME [options]", ["kubectl replace -f pod.yaml", "kubectl replace --force -f pod.yaml", "kubectl get pod web -o yaml | kubectl replace -f -"], [["-f, --filename=[]", "Files with the new objects."], ["--force=false", "Delete and re-create."], ["--grace-period=-1", "With --force: seconds to wait."]]),
  run(k) {
    const files = k.list("filename");
    if (!files.length && !k.str("kustomize")) return (k.err("error: must specify one of -f and -k\n"), 1);
    const dry = writeMode(k);
    if (typeof dry === "number") return dry;
    try {
      for (const { __source, ...raw } of loadManifests(k, files)) {
        const obj = raw as KubeObject;
        const info = k.client().discovery().find((d) => d.kind === obj.kind && (d.group ? `${d.group}/${d.version}` : d.version) === obj.apiVersion);
        if (!info) return (k.err(`error: resource mapping not found for name: "${obj.metadata.name}" namespace: "${obj.metadata.namespace ?? ""}" from "${__source}": no matches for kind "${obj.kind}" in version "${obj.apiVersion}"\nensure CRDs are installed first\n`), 1);
        const ns = info.namespaced ? (obj.metadata.namespace ?? k.namespace) : undefined;
        const clean: KubeObject = { ...obj, metadata: { ...obj.metadata, ...(ns ? { namespace: ns } : {}) } };
        delete clean.metadata.creationTimestamp;
        try {
          if (k.bool("force")) {
            try {
              const grace = k.int("grace-period") ?? -1;
              k.client().delete(info.resource, obj.metadata.name!, ns, grace >= 0 ? { gracePeriodSeconds: grace } : {});
              k.out(`${kindRef(info)} "${obj.metadata.name}" deleted\n`);
              for (let i = 0; i < 120; i++) {
                try {
                  k.client().get(info.resource, obj.metadata.name!, ns);
                  k.ctx.environment.advance(1000);
                } catch {
                  break;
                }
              }
            } catch (e) {
              if (!isStatusError(e, "NotFound")) throw e;
            }
            delete clean.metadata.resourceVersion;
            delete clean.metadata.uid;
            printWritten(k, k.client().create(clean, { dryRun: dry !== "none" }), info, "replaced", dry);
            continue;
          }
          if (!clean.metadata.resourceVersion) clean.metadata.resourceVersion = k.client().get(info.resource, obj.metadata.name!, ns).metadata.resourceVersion;
          printWritten(k, k.client().update(clean, { dryRun: dry !== "none", fieldManager: k.str("field-manager") }), info, "replaced", dry);
        } catch (e) {
          return reportError(k, e, `error when replacing "${__source}"`);
        }
      }
      return 0;
    } catch (e) {
      if (e instanceof ManifestError) return (k.err(`error: ${e.message}\n`), 1);
      return reportError(k, e);
    }
  },
};
