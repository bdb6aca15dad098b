import YAML from "yaml";
import type { PatchType } from "../../engine/client";
import { reportError, type Subcommand } from "../context";
import { fromArgs, fromFiles, UsageError } from "../resources";
import { printWritten } from "../write-result";
import { helpText, writeMode } from "./create/generator";

export const patch: Subcommand = {
  name: "patch",
  summary: "Update fields of a resource",
  flags: [
    { name: "patch", short: "p", type: "string" },
    { name: "patch-file", type: "string" },
    { name: "type", type: "string", default: "strategic" },
    { name: "filename", short: "f", type: "array" },
    { name: "recursive", short: "R", type: "bool" },
    { name: "local", type: "bool" },
    { name: "subresource", type: "string" },
    { name: "dry-run", type: "string", default: "none", noOptDefault: "unchanged" },
    { name: "output", short: "o", type: "string" },
    { name: "field-manager", type: "string", default: "kubectl-patch" },
    { name: "show-managed-fields", type: "bool" },
    { name: "template", type: "string" },
    { name: "allow-missing-template-keys", type: "bool", default: true },
  ],
  help: helpText("Change fields of an object with a strategic merge, JSON merge or JSON patch.", "kubectl patch (-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE] [options]", [`kubectl patch deploy web -p '{"spec":{"replicas":3}}'`, `kubectl patch svc web --type=merge -p '{"spec":{"type":"NodePort"}}'`, `kubectl patch pod web --type=json -p '[{"op":"replace","path":"/spec/containers/0/image","value":"nginx:1.28"}]'`], [["-p, --patch=''", "The patch (JSON or YAML)."], ["--patch-file=''", "A file with the patch."], ["--type='strategic'", "strategic, merge or json."]]),
  run(k) {
    let text = k.str("patch");
    if (k.str("patch-file")) {
      const abs = k.ctx.resolve(k.str("patch-file")!);
      if (!k.ctx.host.fs.exists(abs)) return (k.err(`error: unable to read patch file: open ${k.str("patch-file")}: no such file or directory\n`), 1);
      text = k.ctx.host.fs.readFile(abs);
    }
    if (!text) return (k.err("error: must specify --patch or --patch-file containing the contents of the patch\n"), 1);
    const type = k.str("type") ?? "strategic";
    if (!["strategic", "merge", "json"].includes(type)) return (k.err(`error: --type must be one of [json merge strategic], not "${type}"\n`), 1);
    const dry = writeMode(k);
    if (typeof dry === "number") return dry;
    let body: unknown;
    try {
      body = YAML.parse(text);
    } catch (e) {
      return (k.err(`error: unable to parse "${text}": yaml: ${(e as Error).message.split("\n")[0]}\n`), 1);
    }
    try {
      const targets = k.list("filename").length ? fromFiles(k, false) : fromArgs(k, k.args);
      if (!targets.length) return (k.err("error: You must provide one or more resources by argument or filename.\n"), 1);
      for (const t of targets) {
        const after = k.client().patch(t.info.resource, t.obj.metadata.name!, t.obj.metadata.namespace, type as PatchType, body, { dryRun: dry !== "none", fieldManager: k.str("field-manager") });
        const strip = (o: typeof after) => JSON.stringify({ ...o, metadata: { ...o.metadata, resourceVersion: undefined, generation: undefined, managedFields: undefined } });
        const changed = strip(after) !== strip(t.obj);
        printWritten(k, after, t.info, changed ? "patched" : "patched (no change)", dry);
      }
      return 0;
    } catch (e) {
      if (e instanceof UsageError) return k.usageError(e.message);
      return reportError(k, e);
    }
  },
};
