import type { Subcommand } from "../context";
import { helpText } from "./create/generator";

const SHELLS = ["bash", "zsh", "fish", "powershell"];

/**
 * `kubectl completion SHELL` prints a script to source. This terminal completes kubectl itself
 * (verbs, types, names, flags), so the script only registers that completion for `kubectl` and `k`.
 */
function script(shell: string): string {
  if (shell === "bash") return "# kubectl completion for bash (kubelab: completion is built into this terminal)\ncomplete -o default -F __start_kubectl kubectl\n";
  if (shell === "zsh") return "#compdef kubectl\ncompdef _kubectl kubectl\n";
  if (shell === "fish") return "# kubectl completion for fish\ncomplete -c kubectl -f\n";
  return "# kubectl completion for powershell\nRegister-ArgumentCompleter -CommandName 'kubectl' -ScriptBlock $__kubectlCompleterBlock\n";
}

export const completion: Subcommand = {
  name: "completion",
  summary: "Output shell completion code for the specified shell (bash, zsh, fish, or powershell)",
  flags: [],
  help: helpText(
    "Print the script that turns on kubectl completion in a shell. Source it, e.g. from ~/.bashrc.",
    "kubectl completion SHELL [options]",
    ["source <(kubectl completion bash)", "echo 'source <(kubectl completion bash)' >> ~/.bashrc", "complete -o default -F __start_kubectl k"],
    [],
  ),
  run(k) {
    if (!k.args.length) return k.usageError("Shell not specified.");
    if (k.args.length > 1) return k.usageError("Too many arguments. Expected only the shell type.");
    if (!SHELLS.includes(k.args[0])) return k.usageError(`Unsupported shell type "${k.args[0]}".`);
    k.out(script(k.args[0]));
    return 0;
  },
};
