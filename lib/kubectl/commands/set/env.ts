import type { Subcommand } from "../../context";
import { helpText } from "../create/generator";
import { containersOf, runSet, SET_FLAGS, splitAtAssignment } from "./shared";

export const setEnv: Subcommand = {
  name: "env",
  summary: "Update environment variables on a pod template",
  flags: [...SET_FLAGS, { name: "containers", short: "c", type: "string", default: "*" }, { name: "env", short: "e", type: "array" }, { name: "overwrite", type: "bool", default: true }, { name: "list", type: "bool" }],
  help: helpText("Add (NAME=value) or remove (NAME-) environment variables in pod templates.", "kubectl set env RESOURCE/NAME KEY_1=VAL_1 ... KEY_N=VAL_N [options]", ["kubectl set env deployment/web MODE=prod", "kubectl set env deployment/web MODE-"], [["-c, --containers='*'", "Containers to change (glob)."], ["-e, --env=[]", "NAME=value pairs."], ["--local=false", "Change the -f file's objects only and print them."]]),
  run: (k) =>
    runSet(k, {
      verb: "env updated",
      split: splitAtAssignment,
      noResources: "plain",
      mutate(obj, rest) {
        const updates = [...k.list("env"), ...rest];
        for (const c of containersOf(obj, k.str("containers"))) {
          let env = [...((c.env as { name: string; value?: string }[] | undefined) ?? [])];
          for (const u of updates) {
            if (u.endsWith("-") && !u.includes("=")) {
              env = env.filter((e) => e.name !== u.slice(0, -1));
              continue;
            }
            const eq = u.indexOf("=");
            const [name, value] = [u.slice(0, eq), u.slice(eq + 1)];
            const at = env.findIndex((e) => e.name === name);
            if (at >= 0) env[at] = { name, value };
            else env.push({ name, value });
          }
          if (env.length) c.env = env;
          else delete c.env;
        }
      },
    }),
};
