import YAML from "yaml";
import type { KubeObject } from "../../engine/api/types";
import { resourceRef } from "../../engine/client";
import { reportError, type Kubectl, type Subcommand } from "../context";
import { fromArgs, RESOURCE_HINT, UsageError } from "../resources";
import { toYaml } from "../printers/yaml";
import { kindRef } from "../write-result";
import { helpText } from "./create/generator";

const HEADER = `# Please edit the object below. Lines beginning with a '#' will be ignored,
# and an empty file will abort the edit. If an error occurs while saving this file will be
# reopened with the relevant failures.
#
`;

/** Second half of an edit: the saved temp file is compared with the live object and sent as an update. */
function applyEdit(k: Kubectl, path: string): number {
  const fs = k.ctx.host.fs;
  const text = fs.exists(path) ? fs.readFile(path) : "";
  const body = text.split("\n").filter((l) => !l.startsWith("#")).join("\n");
  if (!body.trim()) return (k.err("Edit cancelled, saved file was empty.\n"), 0);
  let edited: KubeObject;
  try {
    edited = YAML.parse(body) as KubeObject;
  } catch (e) {
    k.err(`error: error parsing ${path}: ${(e as Error).message.split("\n")[0]}\n`);
    return 1;
  }
  const infos = k.client().discovery().filter((d) => d.kind === edited.kind);
  const info = infos.find((d) => (d.group ? `${d.group}/${d.version}` : d.version) === edited.apiVersion) ?? infos[0];
  if (!info) return (k.err(`error: unable to recognize the edited object\n`), 1);
  const live = k.client().get(resourceRef(info), edited.metadata.name!, edited.metadata.namespace);
  if (JSON.stringify(toYaml(live)) === JSON.stringify(toYaml(edited))) return (k.err("Edit cancelled, no changes made.\n"), 0);
  try {
    k.client().update({ ...edited, metadata: { ...edited.metadata, resourceVersion: live.metadata.resourceVersion } }, { fieldManager: "kubectl-edit" });
    k.out(`${kindRef(info)}/${edited.metadata.name} edited\n`);
    return 0;
  } catch (e) {
    // Like kubectl: keep the user's text, with the error on top, for another try.
    const msg = e instanceof Error ? e.message : String(e);
    fs.writeFile(path, `${HEADER}# ${kindRef(info)} "${edited.metadata.name}" was not valid:\n# * ${msg}\n#\n${body}`);
    k.err(`error: ${kindRef(info)}s "${edited.metadata.name}" is invalid\nA copy of your changes has been stored to "${path}"\n`);
    return reportError(k, e);
  }
}

export const edit: Subcommand = {
  name: "edit",
  summary: "Edit a resource on the server",
  flags: [
    { name: "filename", short: "f", type: "array" },
    { name: "output", short: "o", type: "string", default: "yaml" },
    { name: "output-patch", type: "bool" },
    { name: "save-config", type: "bool" },
    { name: "validate", type: "string", default: "strict", noOptDefault: "strict" },
    { name: "windows-line-endings", type: "bool" },
    { name: "subresource", type: "string" },
    { name: "field-manager", type: "string", default: "kubectl-edit" },
    { name: "show-managed-fields", type: "bool" },
    { name: "apply-edited-file", type: "string" },
  ],
  help: helpText("Open an object in the editor; saving the file updates it on the server.", "kubectl edit (RESOURCE/NAME | -f FILENAME) [options]", ["kubectl edit deployment web", "kubectl edit svc/web -n prod"], [["-o, --output='yaml'", "yaml or json."]]),
  run(k) {
    try {
      const edited = k.str("apply-edited-file");
      if (edited) return applyEdit(k, edited);
      if (!k.args.length && !k.list("filename").length) return (k.err(`error: ${RESOURCE_HINT}\n`), 1);
      const targets = fromArgs(k, k.args);
      const t = targets[0];
      const path = `/tmp/kubectl-edit-${k.ctx.environment.rand.int(1_000_000_000)}.yaml`;
      k.ctx.host.fs.mkdir("/tmp", { recursive: true });
      k.ctx.host.fs.writeFile(path, HEADER + toYaml(t.obj));
      const ref = `${t.info.resource}/${t.obj.metadata.name}`;
      const onSave = `kubectl edit ${ref} -n ${t.obj.metadata.namespace ?? k.namespace} --apply-edited-file=${path}`;
      if (k.ctx.openEditor) k.ctx.openEditor({ host: k.ctx.host.name, path, onSave });
      else k.err(`Edit ${path} and then run: ${onSave}\n`);
      return 0;
    } catch (e) {
      if (e instanceof UsageError) return k.usageError(e.message);
      return reportError(k, e);
    }
  },
};
