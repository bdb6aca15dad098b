import type { KubeObject } from "../../engine/api/types";
import { parseLabels, SelectorParseError } from "../../engine/api/label-selector";
import { parseFields } from "../../engine/api/field-selector";
import { reportError, type Kubectl, type Subcommand } from "../context";
import { printNodeMetrics, printPodMetrics } from "../printers/top-metrics";
import { helpText } from "./create/generator";

/** How long kubectl top pod waits after a pod's creation before missing metrics are an error (metricsCreationDelay). */
const METRICS_CREATION_DELAY_MS = 120_000;

/** An error kubectl's CheckErr prints as `error: <message>`. */
class TopError extends Error {}

/** Go's time.Duration.String for a millisecond count: `45.5s`, `2m3.25s`, `1h0m0s`. */
function goDuration(ms: number): string {
  const sec = (ms % 60_000) / 1000;
  const s = `${Number.isInteger(sec) ? sec : sec.toFixed(3).replace(/0+$/, "")}s`;
  if (ms < 60_000) return s;
  const h = Math.floor(ms / 3_600_000);
  return `${h ? `${h}h` : ""}${Math.floor((ms % 3_600_000) / 60_000)}m${s}`;
}

/** kubectl asks discovery for metrics.k8s.io first, and gives up when no APIService serves it. */
function requireMetricsApi(k: Kubectl): void {
  if (!k.client().discovery().some((r) => r.group === "metrics.k8s.io" && r.version === "v1beta1")) throw new TopError("Metrics API not available");
}

function validate(k: Kubectl, nameAndSelector: boolean, what: string): void {
  const sortBy = k.str("sort-by") ?? "";
  if (sortBy && sortBy !== "cpu" && sortBy !== "memory") throw new TopError("--sort-by accepts only cpu or memory");
  if (nameAndSelector) throw new TopError(`only one of NAME or ${what} can be provided`);
}

function run(k: Kubectl, use: string, body: () => void): number {
  if (k.args.length > 1) return k.usageError(use);
  k.discoveryRetries = 0;
  try {
    body();
    return 0;
  } catch (e) {
    if (e instanceof TopError) return (k.err(`error: ${e.message}\n`), 1);
    return reportError(k, e);
  }
}

function topNodeRun(k: Kubectl): number {
  return run(k, "node [NAME | -l label]", () => {
    const name = k.args[0];
    const selector = k.str("selector") || undefined;
    validate(k, !!name && !!selector, "--selector");
    parseClientSide(selector);
    requireMetricsApi(k);
    const client = k.client();
    const metrics = client.nodeMetrics(name, { labelSelector: selector });
    if (!metrics.length) throw new TopError("metrics not available yet");
    const nodes = name ? [client.get("nodes", name)] : client.list("nodes", undefined, { labelSelector: selector }).items;
    const available = new Map(nodes.map((n) => [n.metadata.name!, (k.bool("show-capacity") ? n.status?.capacity : n.status?.allocatable) ?? {}]));
    k.out(printNodeMetrics(metrics, available, k.bool("no-headers"), k.str("sort-by") ?? ""));
  });
}

/** Why a list came back empty: no pods (fine), pods too young for metrics, or pods metrics-server should have figures for. */
function verifyEmptyMetrics(k: Kubectl, namespace: string, labelSelector?: string, fieldSelector?: string): void {
  const pods = k.client().list("pods", namespace, { labelSelector, fieldSelector }).items;
  if (!pods.length) return;
  for (const p of pods) checkPodAge(k, p);
  throw new TopError("metrics not available yet");
}

/** kubectl top parses its selectors itself (labels.Parse, fields.ParseSelector) before asking the server. */
function parseClientSide(labelSelector?: string, fieldSelector?: string): void {
  try {
    if (labelSelector) parseLabels(labelSelector);
    if (fieldSelector) parseFields(fieldSelector);
  } catch (e) {
    if (e instanceof SelectorParseError) throw new TopError(e.message);
    throw e;
  }
}

function checkPodAge(k: Kubectl, p: KubeObject): void {
  const age = k.now - Date.parse(p.metadata.creationTimestamp ?? "");
  if (age > METRICS_CREATION_DELAY_MS) throw new TopError(`Metrics not available for pod ${p.metadata.namespace}/${p.metadata.name}, age: ${goDuration(age)}`);
}

function topPodRun(k: Kubectl): number {
  return run(k, "pod [NAME | -l label]", () => {
    const name = k.args[0];
    const labelSelector = k.str("selector") || undefined;
    const fieldSelector = k.str("field-selector") || undefined;
    validate(k, !!name && !!(labelSelector || fieldSelector), "selector");
    parseClientSide(labelSelector, fieldSelector);
    requireMetricsApi(k);
    const all = k.bool("all-namespaces");
    const namespace = k.namespace;
    const metrics = k.client().podMetrics(all && !name ? undefined : namespace, name, { labelSelector, fieldSelector });
    if (!metrics.length) {
      verifyEmptyMetrics(k, namespace, labelSelector, fieldSelector);
      k.err(all ? "No resources found\n" : `No resources found in ${namespace} namespace.\n`);
    }
    k.out(printPodMetrics(metrics, { containers: k.bool("containers"), withNamespace: all, noHeaders: k.bool("no-headers"), sortBy: k.str("sort-by") ?? "", sum: k.bool("sum") }));
  });
}

const FLAGS = [
  { name: "selector", short: "l", type: "string" as const },
  { name: "sort-by", type: "string" as const },
  { name: "no-headers", type: "bool" as const },
  { name: "use-protocol-buffers", type: "bool" as const, default: true },
];

const topNode: Subcommand = {
  name: "node",
  aliases: ["nodes", "no"],
  summary: "Display resource (CPU/memory) usage of nodes",
  flags: [...FLAGS, { name: "show-capacity", type: "bool" }],
  help: helpText(
    "Show CPU and memory use of nodes, as metrics-server reports it.",
    "kubectl top node [NAME | -l label] [options]",
    ["kubectl top node", "kubectl top node controlplane", "kubectl top node --sort-by=memory --no-headers"],
    [["--no-headers=false", "Rows only."], ["-l, --selector=''", "Only nodes with these labels."], ["--show-capacity=false", "Percentages of capacity instead of allocatable."], ["--sort-by=''", "cpu or memory (largest first)."]],
  ),
  run: topNodeRun,
};

const topPod: Subcommand = {
  name: "pod",
  aliases: ["pods", "po"],
  summary: "Display resource (CPU/memory) usage of pods",
  flags: [...FLAGS, { name: "all-namespaces", short: "A", type: "bool" }, { name: "containers", type: "bool" }, { name: "field-selector", type: "string" }, { name: "sum", type: "bool" }],
  help: helpText(
    "Show CPU and memory use of pods, as metrics-server reports it (new pods need a minute or so).",
    "kubectl top pod [NAME | -l label] [options]",
    ["kubectl top pod", "kubectl top pod -A --sort-by=memory", "kubectl top pod web --containers", "kubectl top pod -l app=web --sum"],
    [
      ["-A, --all-namespaces=false", "Pods of every namespace."],
      ["--containers=false", "One row per container."],
      ["--field-selector=''", "Only pods whose fields match."],
      ["--no-headers=false", "Rows only."],
      ["-l, --selector=''", "Only pods with these labels."],
      ["--sort-by=''", "cpu or memory (largest first)."],
      ["--sum=false", "Add a total row."],
    ],
  ),
  run: topPodRun,
};

export const top: Subcommand = { name: "top", summary: "Display resource (CPU/memory) usage", flags: [], help: "", groupHelpTo: "stderr", children: [topNode, topPod] };
