import type { Kubectl, Subcommand } from "../../context";
import type { KubeconfigFile } from "../../kubeconfig";
import { fail, load, save } from "./shared";

type Obj = Record<string, unknown>;
const SECTIONS: Record<string, string> = { clusters: "cluster", contexts: "context", users: "user" };

/** Walks `contexts.dev.namespace`-style paths; named list entries are addressed by name. */
function locate(cfg: KubeconfigFile, path: string, create: boolean): { parent: Obj; key: string } | { list: Obj[]; index: number } | string {
  const parts = path.split(".");
  if (parts.length === 1 && ["current-context"].includes(parts[0])) return { parent: cfg as Obj, key: parts[0] };
  const section = SECTIONS[parts[0]];
  if (!section || parts.length < 2) return `unable to parse ${path} after [] at api.Config`;
  const list = ((cfg as Obj)[parts[0]] ??= []) as Obj[];
  let index = list.findIndex((e) => e.name === parts[1]);
  if (parts.length === 2) return index < 0 && !create ? `current map key \`${parts[1]}\` is invalid` : { list, index };
  if (index < 0) {
    if (!create) return `current map key \`${parts[1]}\` is invalid`;
    list.push({ name: parts[1], [section]: {} });
    index = list.length - 1;
  }
  let obj = (list[index][section] ??= {}) as Obj;
  for (const p of parts.slice(2, -1)) obj = (obj[p] ??= {}) as Obj;
  return { parent: obj, key: parts[parts.length - 1] };
}

function change(k: Kubectl, unset: boolean): number {
  const [path, value] = k.args;
  if (!path || (!unset && value === undefined)) return k.usageError(`Unexpected args: [${k.args.join(" ")}]`);
  const cfg = load(k);
  const at = locate(cfg, path, !unset);
  if (typeof at === "string") return fail(k, at);
  if ("list" in at) {
    if (unset) at.list.splice(at.index, 1);
    else return fail(k, `unable to set ${path}`);
  } else if (unset) delete at.parent[at.key];
  else at.parent[at.key] = value === "true" || value === "false" ? value === "true" : value;
  save(k, cfg);
  k.out(`Property "${path}" ${unset ? "unset" : "set"}.\n`);
  return 0;
}

export const configSet: Subcommand = {
  name: "set",
  summary: "Set an individual value in a kubeconfig file",
  flags: [{ name: "set-raw-bytes", type: "bool" }],
  help: `Set one value by its dotted path.\n\nExamples:\n  kubectl config set current-context k8s-c2\n  kubectl config set contexts.dev.namespace prod\n\nUsage:\n  kubectl config set PROPERTY_NAME PROPERTY_VALUE [options]\n`,
  run: (k) => change(k, false),
};

export const configUnset: Subcommand = {
  name: "unset",
  summary: "Unset an individual value in a kubeconfig file",
  flags: [],
  help: `Remove one value (or a whole named entry) by its dotted path.\n\nExamples:\n  kubectl config unset contexts.dev\n\nUsage:\n  kubectl config unset PROPERTY_NAME [options]\n`,
  run: (k) => change(k, true),
};
