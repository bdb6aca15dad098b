import type { KubeObject } from "../../../engine/api/types";
import { reportError, type Kubectl, type Subcommand } from "../../context";
import { helpText } from "../create/generator";

/** Nodes named on the command line (or matched by -l). */
export function nodesOf(k: Kubectl): KubeObject[] {
  const sel = k.str("selector");
  if (sel) return k.client().list("nodes", undefined, { labelSelector: sel }).items;
  return k.args.map((n) => k.client().get("nodes", n.replace(/^(nodes?|no)\//, "")));
}

/** Marks a node (un)schedulable; returns the line kubectl prints. */
export function setUnschedulable(k: Kubectl, node: KubeObject, value: boolean, dry: boolean): string {
  const name = node.metadata.name;
  const already = !!node.spec?.unschedulable === value;
  if (!already && !dry) k.client().patch("nodes", name!, undefined, "strategic", { spec: { unschedulable: value ? true : null } });
  return `node/${name} ${already ? "already " : ""}${value ? "cordoned" : "uncordoned"}${dry && !already ? " (dry run)" : ""}\n`;
}

function command(name: "cordon" | "uncordon", value: boolean): Subcommand {
  return {
    name,
    summary: value ? "Mark node as unschedulable" : "Mark node as schedulable",
    flags: [
      { name: "selector", short: "l", type: "string" },
      { name: "dry-run", type: "string", default: "none", noOptDefault: "unchanged" },
    ],
    help: helpText(value ? "Stop new pods from being scheduled onto a node." : "Allow pods to be scheduled onto a node again.", `kubectl ${name} NODE [options]`, [`kubectl ${name} node01`], [["-l, --selector=''", "Label selector for nodes."]]),
    run(k) {
      if (!k.args.length && !k.str("selector")) return k.usageError(`USAGE: ${name} NODE [flags]`);
      try {
        for (const n of nodesOf(k)) k.out(setUnschedulable(k, n, value, k.str("dry-run") === "client"));
        return 0;
      } catch (e) {
        return reportError(k, e);
      }
    },
  };
}

export const cordon = command("cordon", true);
export const uncordon = command("uncordon", false);
