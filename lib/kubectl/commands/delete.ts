import { resourceRef } from "../../engine/client";
import { isStatusError } from "../../engine/api/errors";
import { enhanceListError } from "../list-errors";
import { reportError, type Kubectl, type Subcommand } from "../context";
import { parseResourceArgs } from "./get";
import { dryRunMode, kindRef } from "../write-result";
import { loadManifests } from "../manifests";

export const deleteCmd: Subcommand = {
  name: "delete",
  summary: "Delete resources by file names, stdin, resources and names, or by resources and label selector",
  flags: [
    { name: "filename", short: "f", type: "array" },
    { name: "selector", short: "l", type: "string" },
    { name: "all", type: "bool" },
    { name: "all-namespaces", short: "A", type: "bool" },
    { name: "force", type: "bool" },
    { name: "grace-period", type: "int", default: -1 },
    { name: "now", type: "bool" },
    { name: "wait", type: "bool", default: true },
    { name: "ignore-not-found", type: "bool" },
    { name: "output", short: "o", type: "string" },
    { name: "recursive", short: "R", type: "bool" },
    { name: "dry-run", type: "string", default: "none", noOptDefault: "unchanged" },
    { name: "cascade", type: "string", default: "background", noOptDefault: "background" },
    { name: "timeout", type: "string", default: "0s" },
    { name: "field-selector", type: "string" },
    { name: "interactive", short: "i", type: "bool" },
    { name: "raw", type: "string" },
    { name: "kustomize", short: "k", type: "string" },
  ],
  help: `Delete resources by name, label selector, or the files that created them.

Examples:
  kubectl delete pod web
  kubectl delete pod web --force --grace-period=0
  kubectl delete -f deploy.yaml
  kubectl delete pods -l app=web

Options:
  --all=false: Delete every resource of the given types in the namespace.
  -f, --filename=[]: Files (or - for stdin) whose objects to delete.
  --force=false: With --grace-period=0, remove immediately.
  --grace-period=-1: Seconds to let the pod shut down (-1: the object's default).
  --ignore-not-found=false: Treat "not found" as success.
  -l, --selector='': Delete what matches these labels.

Usage:
  kubectl delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)]) [options]
`,
  run(k) {
    const force = k.bool("force") && k.flags["grace-period"] === 0;
    let targets: { resource: string; kind: string; group: string; name: string; namespace?: string }[] = [];
    try {
      const files = k.flags.filename as string[] | undefined;
      if (files?.length) {
        for (const obj of loadManifests(k, files)) {
          const info = k.client().discovery().find((d) => d.kind === obj.kind && (d.group ? `${d.group}/${d.version}` : d.version) === obj.apiVersion);
          if (!info) return (k.err(`error: resource mapping not found for name: "${obj.metadata?.name}" namespace: "" from "${files[0]}": no matches for kind "${obj.kind}" in version "${obj.apiVersion}"\n`), 1);
          targets.push({ resource: resourceRef(info), kind: info.kind, group: info.group, name: obj.metadata.name!, namespace: info.namespaced ? (obj.metadata.namespace ?? k.namespace) : undefined });
        }
      } else {
        if (k.args.length === 0) return (k.err(`error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n`), 1);
        const reqs = parseResourceArgs(k, k.args);
        if (typeof reqs === "string") return (k.err(`error: ${reqs}\n`), 1);
        for (const r of reqs) {
          const ns = r.info.namespaced ? (k.bool("all-namespaces") ? undefined : k.namespace) : undefined;
          if (r.names.length) r.names.forEach((name) => targets.push({ resource: resourceRef(r.info), kind: r.info.kind, group: r.info.group, name, namespace: ns }));
          else if (k.bool("all") || k.str("selector")) {
            let listed;
            try {
              listed = k.client().list(resourceRef(r.info), ns, { labelSelector: k.str("selector"), fieldSelector: k.str("field-selector") }).items;
            } catch (e) {
              throw enhanceListError(e, r.info, k.str("selector"), k.str("field-selector"));
            }
            for (const o of listed)
              targets.push({ resource: resourceRef(r.info), kind: r.info.kind, group: r.info.group, name: o.metadata.name!, namespace: o.metadata.namespace });
          } else return (k.err(`error: resource(s) were provided, but no name was specified\n`), 1);
        }
        if (targets.length === 0) {
          k.out("No resources found\n");
          return 0;
        }
      }
      if (force) k.err("Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n");
      let code = 0;
      // kubectl waits on the deleted object's UID: a static pod's mirror posted again is a new object.
      const uids = new Map<(typeof targets)[number], string | undefined>();
      targets = targets.filter((t, i) => targets.findIndex((u) => u.resource === t.resource && u.name === t.name && u.namespace === t.namespace) === i);
      for (const t of targets) {
        try {
          const dry = dryRunMode(k);
          if (dry === "client") k.client().get(t.resource, t.name, t.namespace);
          else {
            const grace = k.int("grace-period") ?? -1;
            const gone = k.client().delete(t.resource, t.name, t.namespace, { gracePeriodSeconds: force ? 0 : grace >= 0 ? grace : undefined, dryRun: dry === "server" });
            uids.set(t, gone.metadata.uid);
          }
          const suffix = dry === "client" ? " (dry run)" : dry === "server" ? " (server dry run)" : "";
          k.out(k.str("output") === "name" ? `${kindRef(t)}/${t.name}\n` : `${kindRef(t)} "${t.name}" ${force ? "force deleted" : "deleted"}${suffix}\n`);
        } catch (e) {
          if (isStatusError(e, "NotFound") && k.bool("ignore-not-found")) continue;
          code = reportError(k, e);
        }
      }
      if (k.bool("wait") !== false && dryRunMode(k) === "none") waitForDeletion(k, targets, uids);
      return code;
    } catch (e) {
      return reportError(k, e);
    }
  },
};

/** `--wait=true`: like kubectl, block until the objects are gone (finalizers done), here for at most a simulated minute. */
function waitForDeletion<T extends { resource: string; name: string; namespace?: string }>(k: Kubectl, targets: T[], uids: Map<T, string | undefined>): void {
  const exists = (t: T) => {
    try {
      const uid = k.client().get(t.resource, t.name, t.namespace).metadata.uid;
      return !uids.get(t) || uid === uids.get(t);
    } catch {
      return false;
    }
  };
  for (let i = 0; i < 60 && targets.some(exists); i++) k.ctx.environment.advance(1000);
}
