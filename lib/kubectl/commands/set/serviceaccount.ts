import type { Subcommand } from "../../context";
import { helpText } from "../create/generator";
import { podSpecOf } from "../../printers/typed";
import { runSet, SET_FLAGS, SetError } from "./shared";

export const setServiceAccount: Subcommand = {
  name: "serviceaccount",
  aliases: ["sa"],
  summary: "Update the service account of a resource",
  flags: SET_FLAGS,
  help: helpText("Set the service account of pod templates.", "kubectl set serviceaccount (-f FILENAME | TYPE NAME) SERVICE_ACCOUNT [options]", ["kubectl set serviceaccount deployment web build-bot"], [["--local=false", "Change the -f file's objects only and print them."]]),
  run: (k) =>
    runSet(k, {
      verb: "serviceaccount updated",
      split: (args) => (k.list("filename").length ? { resources: [], rest: args } : { resources: args.slice(0, -1), rest: args.slice(-1) }),
      noResources: "hint",
      mutate(obj, rest) {
        if (rest.length !== 1) throw new SetError("serviceaccount is required");
        const spec = podSpecOf(obj);
        if (!spec) throw new SetError(`unable to find pod template in ${obj.kind}`);
        spec.serviceAccountName = rest[0];
      },
    }),
};
