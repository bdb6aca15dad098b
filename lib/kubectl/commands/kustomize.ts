import type { Subcommand } from "../context";
import { kustomize, KustomizeError } from "../kustomize";
import { toYaml } from "../printers/yaml";
import { helpText } from "./create/generator";

export const kustomizeCmd: Subcommand = {
  name: "kustomize",
  summary: "Build a kustomization target from a directory or URL",
  flags: [
    { name: "output", short: "o", type: "string" },
    { name: "enable-helm", type: "bool" },
    { name: "load-restrictor", type: "string", default: "LoadRestrictionsRootOnly" },
  ],
  help: helpText("Print the objects a kustomization directory builds.", "kubectl kustomize DIR [flags] [options]", ["kubectl kustomize overlays/dev", "kubectl kustomize . | kubectl apply -f -"], [["-o, --output=''", "Write to this file instead of stdout."]]),
  run(k) {
    const typed = k.args[0] ?? ".";
    const dir = k.ctx.resolve(typed).replace(/\/$/, "") || "/";
    if (!k.ctx.host.fs.exists(dir)) return (k.err(`error: must build at directory: not a valid directory: evalsymlink failure on '${typed}' : lstat ${dir}: no such file or directory\n`), 1);
    try {
      const text = kustomize(k.ctx.host.fs, dir, (w) => k.err(w)).map((o) => toYaml(o)).join("---\n");
      if (k.str("output")) k.ctx.host.fs.writeFile(k.ctx.resolve(k.str("output")!), text);
      else k.out(text);
      return 0;
    } catch (e) {
      if (e instanceof KustomizeError) return (k.err(`error: ${e.message}\n`), 1);
      throw e;
    }
  },
};
