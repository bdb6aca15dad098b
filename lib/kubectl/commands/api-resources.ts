import { ConnectionError } from "../../engine/environment";
import type { ResourceInfo } from "../../engine/client";
import { reportError, type Subcommand } from "../context";
import { renderTable } from "../printers/tabwriter";
import { helpText } from "./create/generator";

const gv = (r: ResourceInfo) => (r.group ? `${r.group}/${r.version}` : r.version);

/** kubectl's default sort: by API group (the core group first), then by resource name. */
function ordered(list: ResourceInfo[]): ResourceInfo[] {
  return [...list].sort((a, b) => (a.group !== b.group ? (a.group < b.group ? -1 : 1) : a.resource < b.resource ? -1 : a.resource > b.resource ? 1 : 0));
}

export const apiResources: Subcommand = {
  name: "api-resources",
  summary: "Print the supported API resources on the server",
  flags: [
    { name: "namespaced", type: "bool", default: true },
    { name: "api-group", type: "string" },
    { name: "verbs", type: "slice" },
    { name: "output", short: "o", type: "string" },
    { name: "no-headers", type: "bool" },
    { name: "sort-by", type: "string" },
    { name: "cached", type: "bool" },
    { name: "categories", type: "slice" },
  ],
  help: helpText("List the resource types the API server serves, with short names and kinds.", "kubectl api-resources [flags] [options]", ["kubectl api-resources", "kubectl api-resources --namespaced=false", "kubectl api-resources --api-group=apps -o wide"], [["--namespaced=true", "With =false, only cluster-scoped types."], ["--api-group=''", "Only this API group."], ["-o, --output=''", "wide or name."], ["--sort-by=''", "name or kind."]]),
  run(k) {
    const wide = k.str("output") === "wide";
    const header = ["NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND", ...(wide ? ["VERBS", "CATEGORIES"] : [])];
    k.discoveryRetries = 1;
    try {
      // Like ServerPreferredResources: one row per resource, at its preferred version.
      let list = ordered(k.client().discovery().filter((r) => !r.preferredVersion));
      if (k.changed.has("namespaced")) list = list.filter((r) => r.namespaced === k.bool("namespaced"));
      if (k.changed.has("api-group")) list = list.filter((r) => r.group === k.str("api-group"));
      const verbs = k.list("verbs");
      if (verbs.length) list = list.filter((r) => verbs.every((v) => r.verbs.includes(v)));
      const sortBy = k.str("sort-by");
      if (sortBy === "name") list = [...list].sort((a, b) => (a.resource < b.resource ? -1 : 1));
      if (sortBy === "kind") list = [...list].sort((a, b) => (a.kind < b.kind ? -1 : 1));
      if (k.str("output") === "name") {
        k.out(list.map((r) => `${r.resource}${r.group ? `.${r.group}` : ""}\n`).join(""));
        return 0;
      }
      const rows = list.map((r) => [r.resource, r.shortNames.join(","), gv(r), String(r.namespaced), r.kind, ...(wide ? [`[${r.verbs.join(" ")}]`, (r.categories ?? []).join(",")] : [])]);
      k.out(renderTable(k.bool("no-headers") ? rows : [header, ...rows]));
      return 0;
    } catch (e) {
      if (e instanceof ConnectionError && !k.bool("no-headers")) k.out(renderTable([header]));
      return reportError(k, e);
    }
  },
};

export const apiVersions: Subcommand = {
  name: "api-versions",
  summary: "Print the supported API versions on the server, in the form of \"group/version\"",
  flags: [],
  help: helpText("List the group/versions the API server serves.", "kubectl api-versions [options]", ["kubectl api-versions"], []),
  run(k) {
    try {
      const versions = [...new Set(k.client().discovery().map(gv))].sort();
      k.out(versions.map((v) => `${v}\n`).join(""));
      return 0;
    } catch (e) {
      return reportError(k, e);
    }
  },
};
