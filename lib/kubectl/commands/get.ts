import { getRaw } from "./get-raw";
import { enhanceListError } from "../list-errors";
import type { KubeObject } from "../../engine/api/types";
import { resourceRef, type ResourceInfo } from "../../engine/client";
import { isStatusError } from "../../engine/api/errors";
import { reportError, type Kubectl, type Subcommand } from "../context";
import { printObjects, validateOutput, OutputError, type PrintGroup } from "../printers/output";

/** What `kubectl get all` expands to (the "all" category). */
const ALL = ["pods", "services", "daemonsets", "deployments", "replicasets", "statefulsets", "horizontalpodautoscalers", "cronjobs", "jobs"];

interface Request {
  info: ResourceInfo;
  names: string[];
}

/** Parses `pods`, `pods,svc`, `pod/web svc/api`, `pods web api`, `all`. */
export function parseResourceArgs(k: Kubectl, args: string[]): Request[] | string {
  const client = k.client();
  // Like kubectl's mappingFor: the error names the resource before the first dot.
  const resolve = (name: string): ResourceInfo | string => client.resolve(name) ?? `the server doesn't have a resource type "${name.split(".")[0]}"`;
  if (args.some((a) => a.includes("/"))) {
    const reqs: Request[] = [];
    for (const a of args) {
      const [type, name] = a.split("/");
      if (!name) return `arguments in resource/name form must have a single resource and name`;
      const info = resolve(type);
      if (typeof info === "string") return info;
      const existing = reqs.find((r) => r.info === info);
      if (existing) existing.names.push(name);
      else reqs.push({ info, names: [name] });
    }
    return reqs;
  }
  const [types, ...names] = args;
  const expanded = types.split(",").flatMap((t) => (t === "all" ? ALL.filter((r) => client.resolve(r)) : [t]));
  const reqs: Request[] = [];
  for (const t of expanded) {
    const info = resolve(t);
    if (typeof info === "string") return info;
    reqs.push({ info, names });
  }
  if (names.length && reqs.length > 1) return `you may only specify a single resource type`;
  return reqs;
}

export const get: Subcommand = {
  name: "get",
  summary: "Display one or many resources",
  flags: [
    { name: "output", short: "o", type: "string", default: "" },
    { name: "all-namespaces", short: "A", type: "bool" },
    { name: "selector", short: "l", type: "string" },
    { name: "field-selector", type: "string" },
    { name: "show-labels", type: "bool" },
    { name: "label-columns", short: "L", type: "array" },
    { name: "no-headers", type: "bool" },
    { name: "show-kind", type: "bool" },
    { name: "sort-by", type: "string" },
    { name: "watch", short: "w", type: "bool" },
    { name: "ignore-not-found", type: "bool" },
    { name: "chunk-size", type: "int" },
    { name: "raw", type: "string" },
  ],
  help: `Display one or many resources.

Prints a table of the most important information about the named resources. Types may be
given singular, plural or by short name (po, svc, deploy, no, ns, cm), several joined by commas,
or as TYPE/NAME pairs. "all" lists the common workload types.

Examples:
  kubectl get pods -A -o wide
  kubectl get deploy,svc -n prod -l app=web
  kubectl get pod web -o jsonpath='{.status.podIP}'
  kubectl get nodes --show-labels

Options:
  -A, --all-namespaces=false: List across all namespaces.
  --field-selector='': Filter by fields, e.g. status.phase=Running.
  -L, --label-columns=[]: Add a column per label key.
  --no-headers=false: Do not print the header row.
  -o, --output='': json|yaml|name|wide|jsonpath=...|jsonpath-as-json=...|custom-columns=...
  -l, --selector='': Filter by labels, e.g. app=web,tier!=db.
  --show-kind=false: Prefix names with their kind.
  --show-labels=false: Add a LABELS column.
  --sort-by='': Sort by a JSONPath expression, e.g. .metadata.name.
  -w, --watch=false: Print once, then stop (no live updates in this simulator).

Usage:
  kubectl get [(-o|--output=)json|yaml|name|wide|...] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options]
`,
  run(k) {
    const raw = k.str("raw");
    if (raw !== undefined) return getRaw(k, raw);
    const output = k.str("output") ?? "";
    if (k.args.length) {
      // kubectl resolves the types (discovery) before it looks at the printer.
      try {
        k.client();
      } catch (e) {
        return reportError(k, e);
      }
    }
    try {
      validateOutput(output);
    } catch (e) {
      return k.usageError((e as Error).message);
    }
    if (k.args.length === 0) {
      k.err(`You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee 'kubectl get -h' for help and examples\n`);
      return 1;
    }
    let reqs: Request[] | string;
    try {
      reqs = parseResourceArgs(k, k.args);
    } catch (e) {
      return reportError(k, e);
    }
    if (typeof reqs === "string") {
      k.err(`error: ${reqs}\n`);
      return 1;
    }
    const allNs = k.bool("all-namespaces");
    const groups: PrintGroup[] = [];
    let code = 0;
    let errors = "";
    for (const r of reqs) {
      const ns = r.info.namespaced ? (allNs ? undefined : k.namespace) : undefined;
      // Built-in tables are printed from the preferred version (the server's table is version-independent).
      const ref = r.info.custom || (output !== "" && output !== "wide") ? resourceRef(r.info) : r.info.resource;
      let items: KubeObject[] = [];
      try {
        if (r.names.length) {
          for (const n of r.names) {
            try {
              items.push(k.client().get(ref, n, ns ?? (r.info.namespaced ? k.namespace : undefined)));
            } catch (e) {
              if (isStatusError(e, "NotFound") && k.bool("ignore-not-found")) continue;
              if (!isStatusError(e)) throw e;
              errors += `Error from server (${e.reason}): ${e.message}\n`;
              code = 1;
            }
          }
        } else {
          try {
            items = k.client().list(ref, ns, { labelSelector: k.str("selector"), fieldSelector: k.str("field-selector") }).items;
          } catch (e) {
            // Each type is listed on its own; a refused list is reported and the others still print.
            const err = enhanceListError(e, r.info, k.str("selector"), k.str("field-selector"));
            if (!isStatusError(err)) throw err;
            errors += `Error from server (${err.reason}): ${err.message}\n`;
            code = 1;
          }
        }
      } catch (e) {
        return reportError(k, e);
      }
      items = items.map((i) => ({ ...i, apiVersion: r.info.group ? `${r.info.group}/${r.info.version}` : r.info.version, kind: r.info.kind }));
      const sortBy = k.str("sort-by");
      if (sortBy) items = sortItems(items, sortBy);
      groups.push({ info: r.info, items });
    }
    const total = groups.reduce((n, g) => n + g.items.length, 0);
    const single = reqs.length === 1 && reqs[0].names.length === 1;
    try {
      if (total > 0 || output.startsWith("json") || output === "yaml") {
        if (total > 0 || !single)
          k.out(printObjects(groups, { output, allNamespaces: allNs, showLabels: k.bool("show-labels"), noHeaders: k.bool("no-headers"), labelColumns: (k.flags["label-columns"] as string[] | undefined)?.flatMap((l) => l.split(",")) ?? [], showKind: reqs.length > 1 || k.bool("show-kind"), now: k.now }, single));
      }
    } catch (e) {
      if (e instanceof OutputError) {
        k.err(`error: ${e.message}\n`);
        return 1;
      }
      throw e;
    }
    k.err(errors);
    if (total === 0 && code === 0 && !reqs.some((r) => r.names.length) && (output === "" || output === "wide")) {
      const namespaced = reqs.every((r) => r.info.namespaced);
      k.err(namespaced && !allNs ? `No resources found in ${k.namespace} namespace.\n` : "No resources found\n");
    }
    return code;
  },
};

function sortItems(items: KubeObject[], path: string): KubeObject[] {
  const key = path.replace(/^\{|\}$/g, "").replace(/^\./, "").split(".");
  const value = (o: KubeObject) => key.reduce<unknown>((v, p) => (v && typeof v === "object" ? (v as Record<string, unknown>)[p.replace(/\[\d+\]$/, "")] : undefined), o);
  return [...items].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x ?? "").localeCompare(String(y ?? ""));
  });
}
