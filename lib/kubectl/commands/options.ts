import type { Subcommand } from "../context";
import { GLOBAL_FLAGS } from "../flags";

export const options: Subcommand = {
  name: "options",
  summary: "Print the list of flags inherited by all commands",
  flags: [],
  help: "",
  run(k) {
    const lines = GLOBAL_FLAGS.filter((f) => f.name !== "help").map((f) => `    ${f.short ? `-${f.short}, ` : ""}--${f.name}${f.type === "bool" ? "=false" : "=''"}`);
    k.out(`These flags are accepted by every kubectl command:\n\n${lines.join("\n")}\n\nUsage:\n  kubectl [flags] [options]\n`);
    return 0;
  },
};
