import { reportError, type Subcommand } from "../../context";
import { helpText } from "../create/generator";
import { goTabwriter } from "../../printers/gotabwriter";
import { DescribeWriter } from "../../describe/writer";
import { describePodTemplate } from "../../describe/generic";
import { revisions, rolloutTarget } from "./shared";

export const rolloutHistory: Subcommand = {
  name: "history",
  summary: "View rollout history",
  flags: [
    { name: "revision", type: "int", default: 0 },
    { name: "output", short: "o", type: "string" },
    { name: "filename", short: "f", type: "array" },
    { name: "selector", short: "l", type: "string" },
  ],
  help: helpText("List a workload's revisions, or show one revision's pod template.", "kubectl rollout history (TYPE NAME | TYPE/NAME) [flags] [options]", ["kubectl rollout history deployment/web", "kubectl rollout history deployment/web --revision=2"], [["--revision=0", "Show the pod template of this revision."]]),
  run(k) {
    try {
      const { obj, ref } = rolloutTarget(k);
      const revs = revisions(k, obj);
      const want = k.int("revision") ?? 0;
      if (want > 0) {
        const r = revs.find((x) => x.rev === want);
        if (!r) return (k.err(`error: unable to find the specified revision\n`), 1);
        const w = new DescribeWriter(true);
        describePodTemplate(w, r.template);
        k.out(`${ref} with revision #${want}\n${w.toString()}\n`);
        return 0;
      }
      if (!revs.length) return (k.out("No rollout history found.\n"), 0);
      const rows = revs.map((r) => `${r.rev}\t${r.rs.metadata.annotations?.["kubernetes.io/change-cause"] ?? "<none>"}\n`).join("");
      k.out(`${ref} \n${goTabwriter(`REVISION\tCHANGE-CAUSE\n${rows}`, { minwidth: 0, padding: 2 })}\n`);
      return 0;
    } catch (e) {
      return reportError(k, e);
    }
  },
};
