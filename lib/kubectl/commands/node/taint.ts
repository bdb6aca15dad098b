import { reportError, type Kubectl, type Subcommand } from "../../context";
import { helpText } from "../create/generator";

interface Taint {
  key: string;
  value?: string;
  effect?: string;
}

const EFFECTS = ["NoSchedule", "PreferNoSchedule", "NoExecute"];

/** `key=value:Effect`, `key:Effect`, `key:Effect-`, `key-`. */
function parse(spec: string): { taint: Taint; remove: boolean } | string {
  const remove = spec.endsWith("-");
  const body = remove ? spec.slice(0, -1) : spec;
  const [kv, effect] = body.split(":");
  const [key, value] = kv.split("=");
  if (effect !== undefined && !EFFECTS.includes(effect)) return `invalid taint effect: ${effect}, unsupported taint effect`;
  if (!remove && effect === undefined) return `invalid taint spec: ${spec}, unknown taint effect`;
  return { taint: { key, ...(value !== undefined ? { value } : {}), ...(effect ? { effect } : {}) }, remove };
}

function update(k: Kubectl, node: string, specs: { taint: Taint; remove: boolean }[]): string {
  const obj = k.client().get("nodes", node);
  let taints: Taint[] = [...(obj.spec?.taints ?? [])];
  let verb = "tainted";
  for (const { taint, remove } of specs) {
    if (remove) {
      const before = taints.length;
      taints = taints.filter((t) => !(t.key === taint.key && (!taint.effect || t.effect === taint.effect)));
      if (taints.length === before) throw new Error(`taint "${taint.key}${taint.effect ? `:${taint.effect}` : ""}" not found`);
      verb = "untainted";
      continue;
    }
    const at = taints.findIndex((t) => t.key === taint.key && t.effect === taint.effect);
    if (at >= 0) {
      if (!k.bool("overwrite")) throw new Error(`node ${node} already has ${taint.key} taint(s) with same effect(s) and --overwrite is false`);
      taints[at] = taint;
      verb = "modified";
    } else taints.push(taint);
  }
  k.client().patch("nodes", node, undefined, "merge", { spec: { taints: taints.length ? taints : null } }, { fieldManager: "kubectl-taint" });
  return `node/${node} ${verb}\n`;
}

export const taint: Subcommand = {
  name: "taint",
  summary: "Update the taints on one or more nodes",
  flags: [
    { name: "overwrite", type: "bool" },
    { name: "all", type: "bool" },
    { name: "selector", short: "l", type: "string" },
    { name: "dry-run", type: "string", default: "none", noOptDefault: "unchanged" },
    { name: "output", short: "o", type: "string" },
    { name: "validate", type: "string", default: "strict", noOptDefault: "strict" },
    { name: "field-manager", type: "string", default: "kubectl-taint" },
  ],
  help: helpText("Add (key=value:Effect) or remove (key:Effect- / key-) node taints.", "kubectl taint NODE NAME KEY_1=VAL_1:TAINT_EFFECT_1 ... KEY_N=VAL_N:TAINT_EFFECT_N [options]", ["kubectl taint nodes node01 dedicated=gpu:NoSchedule", "kubectl taint nodes controlplane node-role.kubernetes.io/control-plane:NoSchedule-"], [["--overwrite=false", "Replace a taint with the same key and effect."], ["-l, --selector=''", "Label selector."], ["--all=false", "All nodes."]]),
  run(k) {
    if (!k.args.length) return (k.err("error: one or more resources must be specified as <resource> <name>\n"), 1);
    const [type, ...rest] = k.args;
    let names: string[];
    let specs: string[];
    if (type.includes("/")) [names, specs] = [[type.split("/")[1]], rest];
    else {
      const firstSpec = rest.findIndex((a) => a.includes(":") || a.includes("=") || a.endsWith("-"));
      names = firstSpec < 0 ? rest : rest.slice(0, firstSpec);
      specs = firstSpec < 0 ? [] : rest.slice(firstSpec);
    }
    if (!["node", "nodes", "no"].includes(type.split("/")[0])) return (k.err(`error: invalid resource type ${type.split("/")[0]}, only node types are supported\n`), 1);
    if (!specs.length) return (k.err("error: at least one taint update is required\n"), 1);
    const parsed = specs.map(parse);
    const bad = parsed.find((p): p is string => typeof p === "string");
    if (bad) return (k.err(`error: ${bad}\n`), 1);
    try {
      if (k.bool("all")) names = k.client().list("nodes").items.map((n) => n.metadata.name!);
      else if (k.str("selector")) names = k.client().list("nodes", undefined, { labelSelector: k.str("selector") }).items.map((n) => n.metadata.name!);
      for (const n of names) k.out(update(k, n, parsed as { taint: Taint; remove: boolean }[]));
      return 0;
    } catch (e) {
      return reportError(k, e);
    }
  },
};
