import type { Subcommand } from "../../context";
import { helpText } from "../create/generator";
import { containersOf, runSet, SET_FLAGS, SetError } from "./shared";

function pairs(text: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of (text ?? "").split(",").filter(Boolean)) {
    const [k, v] = p.split("=");
    if (!v) throw new SetError(`invalid resource requirement "${p}", expected <resource>=<quantity>`);
    out[k] = v;
  }
  return out;
}

export const setResources: Subcommand = {
  name: "resources",
  summary: "Update resource requests/limits on objects with pod templates",
  flags: [...SET_FLAGS, { name: "containers", short: "c", type: "string", default: "*" }, { name: "limits", type: "string" }, { name: "requests", type: "string" }],
  help: helpText("Set CPU/memory requests and limits of containers in pod templates.", "kubectl set resources (-f FILENAME | TYPE NAME)  ([--limits=LIMITS & --requests=REQUESTS] [options]", ["kubectl set resources deployment web --limits=cpu=200m,memory=512Mi --requests=cpu=100m"], [["--limits=''", "cpu=…,memory=… limits."], ["--requests=''", "cpu=…,memory=… requests."], ["-c, --containers='*'", "Containers to change (glob)."]]),
  run: (k) =>
    runSet(k, {
      verb: "resource requirements updated",
      split: (args) => ({ resources: args, rest: [] }),
      noResources: "hint",
      mutate(obj) {
        const [limits, requests] = [pairs(k.str("limits")), pairs(k.str("requests"))];
        if (!Object.keys(limits).length && !Object.keys(requests).length) throw new SetError("you must specify an update to requests or limits (in the form of --requests/--limits)");
        for (const c of containersOf(obj, k.str("containers"))) {
          const r = (c.resources ?? {}) as { limits?: Record<string, string>; requests?: Record<string, string> };
          if (Object.keys(limits).length) r.limits = { ...(r.limits ?? {}), ...limits };
          if (Object.keys(requests).length) r.requests = { ...(r.requests ?? {}), ...requests };
          c.resources = { ...(r.limits ? { limits: r.limits } : {}), ...(r.requests ? { requests: r.requests } : {}) };
        }
      },
    }),
};
