import type { Subcommand } from "../../context";
import { helpText } from "../create/generator";
import { podSpecOf } from "../../printers/typed";
import { runSet, SET_FLAGS, SetError, splitAtAssignment } from "./shared";

export const setImage: Subcommand = {
  name: "image",
  summary: "Update the image of a pod template",
  flags: SET_FLAGS,
  help: helpText("Change container images; NAME=IMAGE per container, *=IMAGE for all.", "kubectl set image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N [options]", ["kubectl set image deployment/web nginx=nginx:1.28", "kubectl set image deploy web '*=nginx:1.28'"], [["--local=false", "Change the -f file's objects only and print them."], ["-l, --selector=''", "Label selector."], ["--all=false", "Every object of the type."]]),
  run: (k) =>
    runSet(k, {
      verb: "image updated",
      split: splitAtAssignment,
      noResources: "hint",
      mutate(obj, rest) {
        if (!rest.length) throw new SetError("at least one image update is required");
        const spec = podSpecOf(obj);
        if (!spec) throw new SetError(`unable to find pod template in ${obj.kind}`);
        const all = [...(spec.initContainers ?? []), ...spec.containers];
        for (const pair of rest) {
          const eq = pair.indexOf("=");
          const [name, image] = [pair.slice(0, eq), pair.slice(eq + 1)];
          const targets = name === "*" ? all : all.filter((c) => c.name === name);
          if (!targets.length) throw new SetError(`unable to find container named "${name}"`);
          for (const c of targets) c.image = image;
        }
      },
    }),
};
