import type { Subcommand } from "../context";
import { helpText } from "./create/generator";

/** The simulated nodes have no kubectl plugins (kubectl-* executables) on PATH. */
const list: Subcommand = {
  name: "list",
  summary: "List all visible plugin executables on a user's PATH",
  flags: [{ name: "name-only", type: "bool" }],
  help: helpText("List the kubectl-* executables found on PATH.", "kubectl plugin list [flags] [options]", ["kubectl plugin list", "kubectl plugin list --name-only"], [["--name-only=false", "Print only the plugin names."]]),
  run(k) {
    k.err("error: unable to find any kubectl plugins in your PATH\n");
    return 1;
  },
};

export const plugin: Subcommand = {
  name: "plugin",
  summary: "Provides utilities for interacting with plugins",
  flags: [],
  help: helpText("Work with kubectl plugins: executables named kubectl-<name> on PATH.", "kubectl plugin [flags] [options]", ["kubectl plugin list"], []),
  groupHelpTo: "stdout",
  children: [list],
};
