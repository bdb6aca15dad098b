import type { KubeObject } from "../../engine/api/types";
import { isStatusError } from "../../engine/api/errors";
import { reportError, type Kubectl, type Subcommand } from "../context";
import { fromArgs, UsageError } from "../resources";
import { jsonpath } from "../printers/jsonpath";
import { kindRef } from "../write-result";
import { helpText } from "./create/generator";

type Check = (obj: KubeObject | undefined) => boolean;

function parseFor(k: Kubectl, spec: string): { check: Check; verb: string } | string {
  if (spec === "delete") return { check: (o) => !o, verb: "condition met" };
  const cond = /^condition=([^=]+)(?:=(.*))?$/.exec(spec);
  if (cond) {
    const want = (cond[2] ?? "True").toLowerCase();
    return { check: (o) => !!o && (o.status?.conditions ?? []).some((c: { type: string; status: string }) => c.type.toLowerCase() === cond[1].toLowerCase() && c.status.toLowerCase() === want), verb: "condition met" };
  }
  const jp = /^jsonpath=(\{.*\}|[^=]*)(?:=(.*))?$/.exec(spec);
  if (jp) {
    const expr = jp[1].startsWith("{") ? jp[1] : `{${jp[1]}}`;
    return { check: (o) => !!o && (jp[2] === undefined ? jsonpath(expr, o) !== "" : jsonpath(expr, o) === jp[2]), verb: "condition met" };
  }
  if (spec === "create") return { check: (o) => !!o, verb: "condition met" };
  return `unrecognized condition: "${spec}"`;
}

const seconds = (t: string | undefined) => {
  const m = /^(\d+)(s|m|h)?$/.exec(t ?? "");
  return m ? Number(m[1]) * { s: 1, m: 60, h: 3600 }[(m[2] ?? "s") as "s" | "m" | "h"] : 30;
};

export const wait: Subcommand = {
  name: "wait",
  summary: "Experimental: Wait for a specific condition on one or many resources",
  flags: [
    { name: "for", type: "string" },
    { name: "timeout", type: "string", default: "30s" },
    { name: "selector", short: "l", type: "string" },
    { name: "all", type: "bool" },
    { name: "all-namespaces", short: "A", type: "bool" },
    { name: "filename", short: "f", type: "array" },
    { name: "field-selector", type: "string" },
    { name: "local", type: "bool" },
    { name: "output", short: "o", type: "string" },
  ],
  help: helpText("Wait until objects meet a condition (simulated time moves on while waiting).", "kubectl wait ([-f FILENAME] | resource.group/resource.name | resource.group [(-l label | --all)]) [--for=create|--for=delete|--for condition=available|--for=jsonpath='{}'[=value]] [options]", ["kubectl wait --for=condition=Ready pod/web --timeout=60s", "kubectl wait --for=delete pod/web", "kubectl wait --for=jsonpath='{.status.phase}'=Running pod -l app=web"], [["--for=''", "condition=X, delete, create or jsonpath=…"], ["--timeout=30s", "Give up after this long."]]),
  run(k) {
    const f = parseFor(k, k.str("for") ?? "");
    if (typeof f === "string") return (k.err(`error: ${f}\n`), 1);
    try {
      let targets;
      try {
        targets = fromArgs(k, k.args, { selector: k.str("selector"), all: k.bool("all"), allNamespaces: k.bool("all-namespaces") });
      } catch (e) {
        // Waiting for the deletion of something already gone succeeds at once, silently.
        if (k.str("for") === "delete" && isStatusError(e, "NotFound")) return 0;
        throw e;
      }
      if (!targets.length) return (k.err("error: no matching resources found\n"), 1);
      const limit = seconds(k.str("timeout"));
      for (const t of targets) {
        const ref = `${kindRef(t.info)}/${t.obj.metadata.name}`;
        for (let waited = 0; ; waited++) {
          let cur: KubeObject | undefined;
          try {
            cur = k.client().get(t.info.resource, t.obj.metadata.name!, t.obj.metadata.namespace);
          } catch (e) {
            if (!isStatusError(e, "NotFound")) throw e;
          }
          if (f.check(cur)) {
            k.out(`${ref} ${f.verb}\n`);
            break;
          }
          if (waited >= limit) return (k.err(`error: timed out waiting for the condition on ${t.info.resource}${t.info.group ? `.${t.info.group}` : ""}/${t.obj.metadata.name}\n`), 1);
          k.ctx.environment.advance(1000);
        }
      }
      return 0;
    } catch (e) {
      if (e instanceof UsageError) return k.usageError(e.message);
      return reportError(k, e);
    }
  },
};
