import { ConnectionError } from "../../engine/environment";
import { reportError, type Subcommand } from "../context";
import { renderTable } from "../printers/tabwriter";
import { helpText } from "./create/generator";

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
  help: helpText("Ask the API server whether the current user (or --as) may do VERB on RESOURCE; prints yes or no.", "kubectl auth can-i VERB [TYPE | TYPE/NAME | NONRESOURCEURL] [options]", ["kubectl auth can-i create deployments -n prod", "kubectl auth can-i list pods --as=system:serviceaccount:dev:build-bot", "kubectl auth can-i '*' '*'"], [["-A, --all-namespaces=false", "In any namespace."], ["--subresource=''", "e.g. log."], ["-q, --quiet=false", "Only the exit code."]]),
  run(k) {
    if (k.args.length < 2 && !k.bool("list")) {
      k.err("error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.\n");
      return 1;
    }
    const [verb, what] = k.args;
    const [type, name] = what?.includes("/") && !what.startsWith("/") ? what.split("/") : [what, k.args[2]];
    try {
      let resource = type;
      if (type !== "*" && !type.startsWith("/")) {
        const info = k.client().resolve(type);
        if (!info) k.err(`Warning: the server doesn't have a resource type '${type}'\n\n`);
        else resource = info.group ? `${info.resource}.${info.group}` : info.resource;
      }
      const ns = k.bool("all-namespaces") ? undefined : k.namespace;
      const ok = k.client().canI(verb, resource.split(".")[0], ns, name, k.str("subresource"));
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
  help: helpText("Show the user name and groups the API server sees for you.", "kubectl auth whoami [options]", ["kubectl auth whoami"], []),
  run(k) {
    try {
      const u = k.client().user;
      k.out(renderTable([["ATTRIBUTE", "VALUE"], ["Username", u.name], ["Groups", `[${u.groups.join(" ")}]`]]));
      return 0;
    } catch (e) {
      return reportError(k, e);
    }
  },
};

export const auth: Subcommand = { name: "auth", summary: "Inspect authorization", flags: [], help: "", groupHelpTo: "stderr", children: [canI, whoami] };
