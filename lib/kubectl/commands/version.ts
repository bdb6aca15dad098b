import { KUBERNETES_VERSION } from "../../engine/topology";
import { reportError, type Subcommand } from "../context";
import { toJson, toYaml } from "../printers/yaml";

const CLIENT = { major: "1", minor: "32", gitVersion: KUBERNETES_VERSION, platform: "linux/amd64" };

export const version: Subcommand = {
  name: "version",
  summary: "Print the client and server version information",
  flags: [
    { name: "client", type: "bool" },
    { name: "output", short: "o", type: "string", default: "" },
  ],
  help: `Print the kubectl and cluster versions.

Examples:
  kubectl version
  kubectl version --client -o yaml

Options:
  --client=false: Only print the kubectl version (no server needed).
  -o, --output='': yaml or json.

Usage:
  kubectl version [flags] [options]
`,
  run(k) {
    const output = k.str("output") ?? "";
    if (output && output !== "yaml" && output !== "json") return (k.err(`error: --output must be 'yaml' or 'json'\n`), 1);
    if (output) {
      const data: Record<string, unknown> = { clientVersion: CLIENT, kustomizeVersion: "v5.5.0" };
      if (!k.bool("client")) data.serverVersion = { ...CLIENT };
      k.out(output === "yaml" ? toYaml(data) : toJson(data));
      return 0;
    }
    k.out(`Client Version: ${KUBERNETES_VERSION}\nKustomize Version: v5.5.0\n`);
    if (k.bool("client")) return 0;
    k.discoveryRetries = 0;
    try {
      k.client();
    } catch (e) {
      return reportError(k, e);
    }
    k.out(`Server Version: ${KUBERNETES_VERSION}\n`);
    return 0;
  },
};
