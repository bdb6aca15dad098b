import { reportError, type Kubectl, type Subcommand } from "../context";
import { helpText } from "./create/generator";

/** `kubectl top` needs the metrics.k8s.io API (metrics-server); without it kubectl says so. */
function topRun(k: Kubectl): number {
  k.discoveryRetries = 0;
  try {
    const hasMetrics = k.client().discovery().some((r) => r.group === "metrics.k8s.io");
    if (!hasMetrics) return (k.err("error: Metrics API not available\n"), 1);
    return (k.err("error: Metrics API not available\n"), 1);
  } catch (e) {
    return reportError(k, e);
  }
}

const FLAGS = [
  { name: "selector", short: "l", type: "string" as const },
  { name: "sort-by", type: "string" as const },
  { name: "no-headers", type: "bool" as const },
  { name: "use-protocol-buffers", type: "bool" as const, default: true },
  { name: "show-capacity", type: "bool" as const },
];

const topNode: Subcommand = {
  name: "node",
  aliases: ["nodes", "no"],
  summary: "Display resource (CPU/memory) usage of nodes",
  flags: FLAGS,
  help: helpText("Show CPU and memory use of nodes (needs metrics-server).", "kubectl top node [NAME | -l label] [options]", ["kubectl top node", "kubectl top node --sort-by=cpu"], [["--sort-by=''", "cpu or memory."]]),
  run: topRun,
};

const topPod: Subcommand = {
  name: "pod",
  aliases: ["pods", "po"],
  summary: "Display resource (CPU/memory) usage of pods",
  flags: [...FLAGS, { name: "all-namespaces", short: "A", type: "bool" }, { name: "containers", type: "bool" }, { name: "field-selector", type: "string" }, { name: "sum", type: "bool" }],
  help: helpText("Show CPU and memory use of pods (needs metrics-server).", "kubectl top pod [NAME | -l label] [options]", ["kubectl top pod -A --sort-by=memory", "kubectl top pod web --containers"], [["-A, --all-namespaces=false", "All namespaces."], ["--containers=false", "Per container."], ["--sort-by=''", "cpu or memory."]]),
  run: topRun,
};

export const top: Subcommand = { name: "top", summary: "Display resource (CPU/memory) usage", flags: [], help: "", groupHelpTo: "stderr", children: [topNode, topPod] };
