import { reportError, type Subcommand } from "../context";
import { resolveType } from "../resources";
import { helpText } from "./create/generator";

export const explain: Subcommand = {
  name: "explain",
  summary: "Get documentation for a resource",
  flags: [
    { name: "recursive", type: "bool" },
    { name: "api-version", type: "string" },
    { name: "output", short: "o", type: "string", default: "plaintext" },
  ],
  help: helpText("Describe the fields of a resource type.", "kubectl explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [-o|--output=plaintext|plaintext-openapiv2] [options]", ["kubectl explain pods", "kubectl explain deployment.spec.strategy"], [["--recursive=false", "Print all nested fields."]]),
  run(k) {
    if (!k.args.length) return (k.err('error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n'), 1);
    k.discoveryRetries = 2;
    try {
      const info = resolveType(k, k.args[0].split(".")[0]);
      k.err(`error: field documentation for ${info.kind} is not available in this simulated cluster yet\n`);
      return 1;
    } catch (e) {
      return reportError(k, e);
    }
  },
};
