import { ConnectionError } from "../../engine/environment";
import type { PolicyRuleInfo } from "../../engine/client";
import { reportError, type Kubectl, type Subcommand } from "../context";
import { renderTable } from "../printers/tabwriter";
import { printObjects, OutputError } from "../printers/output";
import { helpText } from "./create/generator";

// Models staging/src/k8s.io/kubectl/pkg/cmd/auth/cani.go and whoami.go.

/** Go's %v of a []string. */
const goList = (l: string[] | undefined) => `[${(l ?? []).join(" ")}]`;

/** One rule per group × resource (× name), one per non-resource URL (rbac BreakdownRule). */
function breakdown(r: PolicyRuleInfo): PolicyRuleInfo[] {
  const out: PolicyRuleInfo[] = [];
  for (const g of r.apiGroups ?? [])
    for (const res of r.resources ?? []) {
      if (r.resourceNames?.length) for (const n of r.resourceNames) out.push({ verbs: r.verbs, apiGroups: [g], resources: [res], resourceNames: [n] });
      else out.push({ verbs: r.verbs, apiGroups: [g], resources: [res] });
    }
  for (const u of r.nonResourceURLs ?? []) out.push({ verbs: r.verbs, nonResourceURLs: [u] });
  return out;
}

/** Merges the verbs of rules naming the same single group/resource/name (rbac CompactRules). */
function compact(rules: PolicyRuleInfo[]): PolicyRuleInfo[] {
  const out: PolicyRuleInfo[] = [];
  const simple = new Map<string, PolicyRuleInfo>();
  for (const r of rules) {
    const isSimple = r.apiGroups?.length === 1 && r.resources?.length === 1 && !r.nonResourceURLs?.length && (r.resourceNames?.length ?? 0) <= 1;
    if (!isSimple) {
      out.push(r);
      continue;
    }
    const key = JSON.stringify([r.apiGroups![0], r.resources![0], r.resourceNames?.[0] ?? ""]);
    const existing = simple.get(key);
    if (existing) for (const v of r.verbs) existing.verbs.includes(v) || existing.verbs.push(v);
    else simple.set(key, { ...r, verbs: [...r.verbs] });
  }
  return [...out, ...simple.values()];
}

/** The generated String() of rbacv1.PolicyRule, which kubectl sorts the list by. */
const ruleString = (r: PolicyRuleInfo) => `&PolicyRule{Verbs:${goList(r.verbs)},APIGroups:${goList(r.apiGroups)},Resources:${goList(r.resources)},ResourceNames:${goList(r.resourceNames)},NonResourceURLs:${goList(r.nonResourceURLs)},}`;

function resourceGroup(r: PolicyRuleInfo): string {
  const first = r.resources?.[0];
  if (!first) return "";
  const [res, sub] = first.split(/\/(.*)/s);
  const group = r.apiGroups?.[0];
  return `${res}${group ? `.${group}` : ""}${sub !== undefined ? `/${sub}` : ""}`;
}

function listRules(k: Kubectl): number {
  const review = k.client().rulesReview(k.bool("all-namespaces") ? "" : k.namespace);
  if (review.errors.length) k.err(`warning: the list may be incomplete: ${review.errors.join(", ")}\n`);
  const rules = compact(review.rules.flatMap(breakdown)).sort((a, b) => {
    const [x, y] = [ruleString(a), ruleString(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const rows = rules.map((r) => [resourceGroup(r), goList(r.nonResourceURLs), goList(r.resourceNames), goList(r.verbs)]);
  if (!k.bool("no-headers")) rows.unshift(["Resources", "Non-Resource URLs", "Resource Names", "Verbs"]);
  k.out(renderTable(rows, { minWidth: 0 }));
  return 0;
}

const canI: Subcommand = {
  name: "can-i",
  summary: "Check whether an action is allowed",
  flags: [
    { name: "all-namespaces", short: "A", type: "bool" },
    { name: "list", type: "bool" },
    { name: "no-headers", type: "bool" },
    { name: "quiet", short: "q", type: "bool" },
    { name: "subresource", type: "string" },
  ],
  help: helpText("Ask the API server whether the current user (or --as) may do VERB on RESOURCE; prints yes or no.", "kubectl auth can-i VERB [TYPE | TYPE/NAME | NONRESOURCEURL] [options]", ["kubectl auth can-i create deployments -n prod", "kubectl auth can-i list pods --as=system:serviceaccount:dev:build-bot", "kubectl auth can-i '*' '*'", "kubectl auth can-i --list -n dev"], [["-A, --all-namespaces=false", "In any namespace."], ["--list=false", "Print every allowed action."], ["--subresource=''", "e.g. log."], ["-q, --quiet=false", "Only the exit code."]]),
  run(k) {
    if (k.bool("list")) {
      if (k.args.length) return k.usageError("list option must be specified with no arguments");
      try {
        return listRules(k);
      } catch (e) {
        return reportError(k, e);
      }
    }
    if (k.args.length < 2) {
      k.err("error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.\n");
      return 1;
    }
    const [verb, what] = k.args;
    const nonResource = what.startsWith("/");
    const [type, name] = !nonResource && what.includes("/") ? [what.slice(0, what.indexOf("/")), what.slice(what.indexOf("/") + 1)] : [what, k.args[2]];
    try {
      let resource = type;
      if (!nonResource && type !== "*") {
        const info = k.client().resolve(type);
        if (!info) k.err(`Warning: the server doesn't have a resource type '${type}'\n\n`);
        else resource = info.group ? `${info.resource}.${info.group}` : info.resource;
      }
      const ns = k.bool("all-namespaces") ? "" : k.namespace;
      const ok = k.client().canI(verb, resource, nonResource ? undefined : ns || undefined, name, k.str("subresource"));
      if (!k.bool("quiet")) k.out(ok ? "yes\n" : "no\n");
      return ok ? 0 : 1;
    } catch (e) {
      if (e instanceof ConnectionError && e.kind === "refused") {
        k.discoveryRetries = 2;
        const url = k.connection().server.replace(/\/$/, "");
        for (let i = 0; i < 2; i++) k.klog("E", "memcache.go:265", `"Unhandled Error" err="couldn't get current server API group list: Get \\"${url}/api?timeout=32s\\": dial tcp ${e.hostPort}: connect: connection refused"`);
        k.err(`Warning: the server doesn't have a resource type '${type}'\n\n`);
        k.discoveryRetries = 0;
      }
      return reportError(k, e);
    }
  },
};

const whoami: Subcommand = {
  name: "whoami",
  summary: "Experimental: Check self subject attributes",
  flags: [{ name: "output", short: "o", type: "string" }],
  help: helpText("Show the user name and groups the API server sees for you.", "kubectl auth whoami [options]", ["kubectl auth whoami", "kubectl auth whoami -o json"], [["-o, --output=''", "json or yaml."]]),
  run(k) {
    const output = k.str("output");
    const formats = ["go-template", "go-template-file", "json", "jsonpath", "jsonpath-as-json", "jsonpath-file", "name", "template", "templatefile", "yaml"];
    if (output && !formats.includes(output.split("=")[0])) {
      k.err(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: ${formats.join(",")}\n`);
      return 1;
    }
    try {
      const u = k.client().user;
      if (!k.client().canI("create", "selfsubjectreviews.authentication.k8s.io")) {
        k.err(`Error from server (Forbidden): selfsubjectreviews.authentication.k8s.io is forbidden: User "${u.name}" cannot create resource "selfsubjectreviews" in API group "authentication.k8s.io" at the cluster scope\n`);
        return 1;
      }
      if (output) {
        const review = { kind: "SelfSubjectReview", apiVersion: "authentication.k8s.io/v1", metadata: { creationTimestamp: new Date(k.now).toISOString().replace(/\.\d{3}Z$/, "Z") }, status: { userInfo: { username: u.name, groups: u.groups } } };
        const info = { resource: "selfsubjectreviews", singular: "selfsubjectreview", kind: "SelfSubjectReview", group: "authentication.k8s.io", version: "v1", namespaced: false, shortNames: [], verbs: ["create"] };
        try {
          k.out(printObjects([{ info, items: [review] }], { output, allNamespaces: false, showLabels: false, noHeaders: false, labelColumns: [], showKind: false, now: k.now }, true));
        } catch (e) {
          if (e instanceof OutputError) return (k.err(`error: ${e.message}\n`), 1);
          throw e;
        }
        return 0;
      }
      k.out(renderTable([["ATTRIBUTE", "VALUE"], ["Username", u.name], ["Groups", `[${u.groups.join(" ")}]`]]));
      return 0;
    } catch (e) {
      return reportError(k, e);
    }
  },
};

export const auth: Subcommand = { name: "auth", summary: "Inspect authorization", flags: [], help: "", groupHelpTo: "stderr", children: [canI, whoami] };
