import { reportError, type Kubectl, type Subcommand } from "../context";
import { loadKubeconfig, saveKubeconfig } from "../kubeconfig";
import { renderTable } from "../printers/tabwriter";
import { toYaml } from "../printers/yaml";

/** `kubectl config` subcommands over the kubeconfig file on the current host. */
const subcommands: Record<string, (k: Kubectl, args: string[]) => number> = {
  "current-context"(k) {
    const cfg = loadKubeconfig(k.ctx.host.fs, k.configPath);
    if (!cfg["current-context"]) return (k.err("error: current-context is not set\n"), 1);
    k.out(`${cfg["current-context"]}\n`);
    return 0;
  },
  "get-contexts"(k, args) {
    const cfg = loadKubeconfig(k.ctx.host.fs, k.configPath);
    const contexts = (cfg.contexts ?? []).filter((c) => !args.length || args.includes(c.name));
    const missing = args.find((a) => !(cfg.contexts ?? []).some((c) => c.name === a));
    if (missing) return (k.err(`error: context ${missing} not found\n`), 1);
    const rows = contexts.map((c) => [c.name === cfg["current-context"] ? "*" : "", c.name, c.context.cluster, c.context.user, c.context.namespace ?? ""]);
    k.out(renderTable([["CURRENT", "NAME", "CLUSTER", "AUTHINFO", "NAMESPACE"], ...rows]));
    return 0;
  },
  "use-context"(k, args) {
    const cfg = loadKubeconfig(k.ctx.host.fs, k.configPath);
    const name = args[0];
    if (!name) return (k.err("error: Unexpected args: []\nSee 'kubectl config use-context -h' for help and examples\n"), 1);
    if (!(cfg.contexts ?? []).some((c) => c.name === name)) return (k.err(`error: no context exists with the name: "${name}"\n`), 1);
    cfg["current-context"] = name;
    saveKubeconfig(k.ctx.host.fs, k.configPath, cfg);
    k.out(`Switched to context "${name}".\n`);
    return 0;
  },
  "set-context"(k, args) {
    const cfg = loadKubeconfig(k.ctx.host.fs, k.configPath);
    const name = k.bool("current") ? cfg["current-context"] : args[0];
    if (!name) return (k.err("error: you must specify a non-empty context name or --current\n"), 1);
    let ctx = (cfg.contexts ??= []).find((c) => c.name === name);
    const existed = !!ctx;
    if (!ctx) cfg.contexts.push((ctx = { name, context: { cluster: "", user: "" } }));
    const ns = k.str("namespace");
    if (ns !== undefined) ctx.context.namespace = ns;
    if (k.str("cluster")) ctx.context.cluster = k.str("cluster")!;
    if (k.str("user")) ctx.context.user = k.str("user")!;
    saveKubeconfig(k.ctx.host.fs, k.configPath, cfg);
    k.out(`Context "${name}" ${existed ? "modified" : "created"}.\n`);
    return 0;
  },
  view(k) {
    const cfg = structuredClone(loadKubeconfig(k.ctx.host.fs, k.configPath));
    for (const c of cfg.clusters ?? []) if (c.cluster["certificate-authority-data"]) c.cluster["certificate-authority-data"] = "DATA+OMITTED";
    for (const u of cfg.users ?? []) for (const key of ["client-certificate-data", "client-key-data", "token"]) if (u.user[key]) u.user[key] = key === "token" ? "REDACTED" : "DATA+OMITTED";
    k.out(toYaml({ apiVersion: "v1", clusters: cfg.clusters ?? null, contexts: cfg.contexts ?? null, "current-context": cfg["current-context"] ?? "", kind: "Config", preferences: {}, users: cfg.users ?? null }));
    return 0;
  },
};

export const config: Subcommand = {
  name: "config",
  summary: "Modify kubeconfig files",
  flags: [{ name: "current", type: "bool" }, { name: "minify", type: "bool" }, { name: "raw", type: "bool" }],
  help: `Read and change the kubeconfig (~/.kube/config, or $KUBECONFIG, or --kubeconfig).

Subcommands:
  current-context   Print the current context
  get-contexts      List contexts (the current one is starred)
  use-context NAME  Switch the current context
  set-context [NAME | --current] [--namespace=NS]  Create or change a context
  view              Print the merged config, secrets omitted

Examples:
  kubectl config use-context k8s-c2
  kubectl config set-context --current --namespace=prod

Usage:
  kubectl config SUBCOMMAND [options]
`,
  run(k) {
    const [sub, ...args] = k.args;
    const fn = sub ? subcommands[sub] : undefined;
    if (!fn) {
      if (!sub) return (k.out(config.help), 0);
      k.err(`error: unknown command "${sub}" for "kubectl config"\n`);
      return 1;
    }
    try {
      return fn(k, args);
    } catch (e) {
      return reportError(k, e);
    }
  },
};
