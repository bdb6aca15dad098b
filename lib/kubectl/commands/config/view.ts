import type { Subcommand } from "../../context";
import { normalized, type KubeconfigFile } from "../../kubeconfig";
import { toJson, toYaml } from "../../printers/yaml";
import { jsonpath, JsonPathError } from "../../printers/jsonpath";
import { fail, load } from "./shared";

const REDACT: Record<string, string> = { "client-certificate-data": "DATA+OMITTED", "client-key-data": "DATA+OMITTED", token: "REDACTED", password: "REDACTED" };

function minify(cfg: KubeconfigFile): KubeconfigFile | string {
  const name = cfg["current-context"];
  if (!name) return "current-context must exist in order to minify";
  const ctx = cfg.contexts?.find((c) => c.name === name);
  if (!ctx) return `cannot locate context ${name}`;
  return { ...cfg, contexts: [ctx], clusters: (cfg.clusters ?? []).filter((c) => c.name === ctx.context.cluster), users: (cfg.users ?? []).filter((u) => u.name === ctx.context.user) };
}

export const configView: Subcommand = {
  name: "view",
  summary: "Display merged kubeconfig settings or a specified kubeconfig file",
  flags: [
    { name: "minify", type: "bool" },
    { name: "raw", type: "bool" },
    { name: "flatten", type: "bool" },
    { name: "merge", type: "bool", default: true },
    { name: "output", short: "o", type: "string", default: "yaml" },
    { name: "template", type: "string" },
    { name: "allow-missing-template-keys", type: "bool", default: true },
    { name: "show-managed-fields", type: "bool" },
  ],
  help: `Print the kubeconfig kubectl uses; secrets are hidden unless --raw.\n\nExamples:\n  kubectl config view --minify\n  kubectl config view -o jsonpath='{.contexts[*].name}'\n\nUsage:\n  kubectl config view [flags] [options]\n`,
  run(k) {
    let cfg: KubeconfigFile | string = structuredClone(load(k));
    if (k.bool("minify")) cfg = minify(cfg);
    if (typeof cfg === "string") return fail(k, cfg);
    if (!k.bool("raw") && !k.bool("flatten")) {
      for (const c of cfg.clusters ?? []) if (c.cluster["certificate-authority-data"]) c.cluster["certificate-authority-data"] = "DATA+OMITTED";
      for (const u of cfg.users ?? []) for (const key of Object.keys(REDACT)) if (u.user[key]) u.user[key] = REDACT[key];
    }
    const data = normalized(cfg);
    const o = k.str("output") ?? "yaml";
    if (o === "yaml") k.out(toYaml(data));
    else if (o === "json") k.out(toJson(data));
    else if (o.startsWith("jsonpath=")) {
      try {
        k.out(jsonpath(o.slice("jsonpath=".length), data));
      } catch (e) {
        if (e instanceof JsonPathError) return fail(k, `error parsing jsonpath ${o.slice(9)}, ${e.message}`);
        throw e;
      }
    } else if (o === "name") k.out("config/\n");
    else return fail(k, `unable to match a printer suitable for the output format "${o}", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml`);
    return 0;
  },
};
