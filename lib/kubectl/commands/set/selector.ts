import { parseLabelSelector } from "../../../engine/api/selectors";
import { isStatusError } from "../../../engine/api/errors";
import type { Subcommand } from "../../context";
import { helpText } from "../create/generator";
import { runSet, SET_FLAGS, SetError } from "./shared";

/** `app=web,tier=fe` as the map kubectl writes into spec.selector: only equality requirements. */
function selectorMap(text: string): Record<string, string> {
  let reqs: ReturnType<typeof parseLabelSelector>;
  try {
    reqs = parseLabelSelector(text);
  } catch (e) {
    if (isStatusError(e)) throw new SetError(`couldn't parse the selector string "${text}": ${e.message}`);
    throw e;
  }
  const map: Record<string, string> = {};
  for (const r of reqs) {
    if (r.op !== "=") throw new SetError(`"${r.op}" is not a valid label selector operator`);
    map[r.key] = r.value;
  }
  return map;
}

export const setSelector: Subcommand = {
  name: "selector",
  summary: "Set the selector on a resource",
  flags: [...SET_FLAGS, { name: "resource-version", type: "string" }],
  help: helpText(
    "Replace the label selector of a Service with the given key=value pairs (the old selector is dropped).",
    "kubectl set selector (-f FILENAME | TYPE NAME) EXPRESSIONS [--resource-version=version] [options]",
    ["kubectl set selector service web app=web,tier=frontend", "kubectl create service clusterip api --tcp=80 --dry-run=client -o yaml | kubectl set selector --local -f - app=api -o yaml"],
    [["--local=false", "Change the -f file's objects only and print them."], ["--resource-version=''", "Only update when the object still has this resourceVersion."]],
  ),
  run: (k) => {
    const args = k.args;
    if (!args.length) return (k.err("error: one selector is required\n"), 1);
    const resources = args.slice(0, -1);
    if (k.bool("local") && resources.length) {
      k.err("error: you must specify resources by --filename when --local is set.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n");
      return 1;
    }
    const text = args[args.length - 1];
    return runSet(k, {
      verb: "selector updated",
      split: () => ({ resources, rest: [text] }),
      noResources: "hint",
      reportUnchanged: true,
      mutate(obj) {
        if (obj.kind !== "Service") throw new SetError("setting a selector is only supported for Services");
        obj.spec = { ...obj.spec, selector: selectorMap(text) };
        const rv = k.str("resource-version");
        if (rv) obj.metadata.resourceVersion = rv;
      },
    });
  },
};
