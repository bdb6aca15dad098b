import { reportError, type Subcommand } from "../context";
import { fromArgs, fromFiles, RESOURCE_HINT, UsageError } from "../resources";
import { ManifestError } from "../manifests";
import { checkWriteOutput, dryRunMode, kindRef } from "../write-result";
import { helpText } from "./create/generator";

const SCALABLE = ["deployments", "replicasets", "statefulsets", "replicationcontrollers"];

export const scale: Subcommand = {
  name: "scale",
  summary: "Set a new size for a deployment, replica set, or replication controller",
  flags: [
    { name: "replicas", type: "int", default: 0, required: true },
    { name: "current-replicas", type: "int", default: -1 },
    { name: "resource-version", type: "string" },
    { name: "selector", short: "l", type: "string" },
    { name: "all", type: "bool" },
    { name: "filename", short: "f", type: "array" },
    { name: "recursive", short: "R", type: "bool" },
    { name: "dry-run", type: "string", default: "none", noOptDefault: "unchanged" },
    { name: "output", short: "o", type: "string" },
    { name: "timeout", type: "string", default: "0s" },
    { name: "show-managed-fields", type: "bool" },
    { name: "template", type: "string" },
    { name: "allow-missing-template-keys", type: "bool", default: true },
  ],
  help: helpText("Change the replica count of a deployment, replica set, stateful set or replication controller.", "kubectl scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options]", ["kubectl scale deployment web --replicas=3", "kubectl scale --current-replicas=2 --replicas=3 deployment/web"], [["--replicas=0", "New size (required)."], ["--current-replicas=-1", "Only scale if the current size matches."], ["-l, --selector=''", "Label selector."]]),
  run(k) {
    if (!k.list("filename").length && !k.args.length) return (k.err(`error: ${RESOURCE_HINT}\n`), 1);
    const replicas = k.int("replicas")!;
    if (replicas < 0) return (k.err("error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n"), 1);
    const dry = dryRunMode(k);
    if (dry !== "none" && dry !== "client" && dry !== "server") return (k.err(`error: ${dry}\n`), 1);
    const outErr = checkWriteOutput(k);
    if (outErr) return (k.err(`error: ${outErr}\n`), 1);
    try {
      const targets = k.list("filename").length ? fromFiles(k, false) : fromArgs(k, k.args, { selector: k.str("selector"), all: k.bool("all") });
      if (!targets.length) return (k.err("error: no objects passed to scale\n"), 1);
      for (const t of targets) {
        if (!SCALABLE.includes(t.info.resource)) return (k.err(`error: no scaler has been implemented for {"${t.info.group}" "${t.info.kind}"}\n`), 1);
        const current = (k.int("current-replicas") ?? -1) >= 0 ? k.int("current-replicas")! : undefined;
        if (current !== undefined && (t.obj.spec?.replicas ?? 1) !== current) return (k.err(`error: Expected replicas to be ${current}, was ${t.obj.spec?.replicas ?? 1}\n`), 1);
        const ref = `${kindRef(t.info)}/${t.obj.metadata.name}`;
        if (dry === "client") {
          k.out(`${ref} scaled (dry run)\n`);
          continue;
        }
        k.client().patch(t.info.resource, t.obj.metadata.name!, t.obj.metadata.namespace, "merge", { spec: { replicas } }, { dryRun: dry === "server" });
        k.out(`${ref} scaled${dry === "server" ? " (server dry run)" : ""}\n`);
      }
      return 0;
    } catch (e) {
      if (e instanceof UsageError) return k.usageError(e.message);
      if (e instanceof ManifestError) return (k.err(`error: ${e.message}\n`), 1);
      return reportError(k, e);
    }
  },
};
