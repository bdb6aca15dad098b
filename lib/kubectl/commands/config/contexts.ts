import type { Subcommand } from "../../context";
import { renderTable } from "../../printers/tabwriter";
import { fail, load, save } from "./shared";

export const currentContext: Subcommand = {
  name: "current-context",
  summary: "Display the current-context",
  flags: [],
  help: `Print the name of the current context.\n\nUsage:\n  kubectl config current-context [options]\n`,
  run(k) {
    const cfg = load(k);
    if (!cfg["current-context"]) return fail(k, "current-context is not set");
    k.out(`${cfg["current-context"]}\n`);
    return 0;
  },
};

export const getContexts: Subcommand = {
  name: "get-contexts",
  summary: "Describe one or many contexts",
  flags: [
    { name: "no-headers", type: "bool" },
    { name: "output", short: "o", type: "string" },
  ],
  help: `List contexts; the current one is marked with *.\n\nExamples:\n  kubectl config get-contexts\n  kubectl config get-contexts -o name\n\nUsage:\n  kubectl config get-contexts [(-o|--output=)name)] [options]\n`,
  run(k) {
    const o = k.str("output");
    if (o && o !== "name") return fail(k, `--output ${o} is not available in kubectl config get-contexts; resetting to default output format`);
    const cfg = load(k);
    const all = [...(cfg.contexts ?? [])].sort((a, b) => (a.name < b.name ? -1 : 1));
    const chosen = k.args.length ? all.filter((c) => k.args.includes(c.name)) : all;
    const missing = k.args.filter((a) => !all.some((c) => c.name === a));
    if (o === "name") k.out(chosen.map((c) => `${c.name}\n`).join(""));
    else {
      const rows = chosen.map((c) => [c.name === cfg["current-context"] ? "*" : "", c.name, c.context.cluster, c.context.user, c.context.namespace ?? ""]);
      k.out(renderTable(k.bool("no-headers") ? rows : [["CURRENT", "NAME", "CLUSTER", "AUTHINFO", "NAMESPACE"], ...rows]));
    }
    if (missing.length) return fail(k, missing.map((m) => `context ${m} not found`).join("\n"));
    return 0;
  },
};

export const useContext: Subcommand = {
  name: "use-context",
  aliases: ["use"],
  summary: "Set the current-context in a kubeconfig file",
  flags: [],
  help: `Make CONTEXT_NAME the current context.\n\nExamples:\n  kubectl config use-context k8s-c2\n\nUsage:\n  kubectl config use-context CONTEXT_NAME [options]\n`,
  run(k) {
    if (k.args.length !== 1) {
      k.out(useContext.help);
      return fail(k, `Unexpected args: [${k.args.join(" ")}]`);
    }
    const cfg = load(k);
    const name = k.args[0];
    if (!(cfg.contexts ?? []).some((c) => c.name === name)) return fail(k, `no context exists with the name: "${name}"`);
    cfg["current-context"] = name;
    save(k, cfg);
    k.out(`Switched to context "${name}".\n`);
    return 0;
  },
};

export const setContext: Subcommand = {
  name: "set-context",
  summary: "Set a context entry in kubeconfig",
  flags: [
    { name: "current", type: "bool" },
    { name: "cluster", type: "string" },
    { name: "user", type: "string" },
    { name: "namespace", type: "string" },
  ],
  help: `Create a context, or change the fields given.\n\nExamples:\n  kubectl config set-context --current --namespace=prod\n  kubectl config set-context dev --cluster=kubernetes --user=kubernetes-admin --namespace=dev\n\nUsage:\n  kubectl config set-context [NAME | --current] [--cluster=cluster_nickname] [--user=user_nickname] [--namespace=namespace] [options]\n`,
  run(k) {
    const cfg = load(k);
    if (k.bool("current") && k.args.length) return fail(k, "you cannot specify both a context name and --current");
    const name = k.bool("current") ? cfg["current-context"] : k.args[0];
    if (!name) return fail(k, k.bool("current") ? "no current context is set" : "you must specify a non-empty context name or --current");
    const contexts = (cfg.contexts ??= []);
    let ctx = contexts.find((c) => c.name === name);
    const existed = !!ctx;
    if (!ctx) contexts.push((ctx = { name, context: { cluster: "", user: "" } }));
    for (const f of ["cluster", "user", "namespace"] as const) if (k.changed.has(f)) ctx.context[f] = k.str(f) ?? "";
    save(k, cfg);
    k.out(`Context "${name}" ${existed ? "modified" : "created"}.\n`);
    return 0;
  },
};

export const renameContext: Subcommand = {
  name: "rename-context",
  summary: "Rename a context from the kubeconfig file",
  flags: [],
  help: `Rename a context (the current-context follows).\n\nUsage:\n  kubectl config rename-context CONTEXT_NAME NEW_NAME [options]\n`,
  run(k) {
    if (k.args.length !== 2) return k.usageError("Unexpected args: [" + k.args.join(" ") + "]");
    const [from, to] = k.args;
    const cfg = load(k);
    const ctx = (cfg.contexts ?? []).find((c) => c.name === from);
    if (!ctx) return fail(k, `cannot rename the context "${from}", it's not in ${k.configPath}`);
    if ((cfg.contexts ?? []).some((c) => c.name === to)) return fail(k, `cannot rename the context "${from}", the context "${to}" already exists in ${k.configPath}`);
    ctx.name = to;
    if (cfg["current-context"] === from) cfg["current-context"] = to;
    save(k, cfg);
    k.out(`Context "${from}" renamed to "${to}".\n`);
    return 0;
  },
};

export const deleteContext: Subcommand = {
  name: "delete-context",
  summary: "Delete the specified context from the kubeconfig",
  flags: [],
  help: `Remove a context from the kubeconfig.\n\nUsage:\n  kubectl config delete-context NAME [options]\n`,
  run(k) {
    const cfg = load(k);
    const name = k.args[0];
    if (!name) return k.usageError("Unexpected args: []");
    if (!(cfg.contexts ?? []).some((c) => c.name === name)) return fail(k, `cannot delete context ${name}, not in ${k.configPath}`);
    if (cfg["current-context"] === name) k.err(`warning: this removed your active context, use "kubectl config use-context" to select a different one\n`);
    cfg.contexts = (cfg.contexts ?? []).filter((c) => c.name !== name);
    save(k, cfg);
    k.out(`deleted context ${name} from ${k.configPath}\n`);
    return 0;
  },
};
