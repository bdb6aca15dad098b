import type { KubeObject } from "../api/types";
import type { ListOptions, ResourceInfo } from "../client";
import type { SimCluster, SimEnvironment } from "../cluster";
import { matchesFields, matchesLabels } from "../api/selectors";
import { notFound } from "../api/errors";
import { rfc3339 } from "../clock";
import { containerUsage, metricsServerSince, type Container } from "./usage";

/** metrics-server's --metric-resolution: how often it scrapes every kubelet's resource metrics. */
export const METRIC_RESOLUTION_MS = 15_000;

/** What kubelet, containerd, systemd and the OS use on every node besides the pods. */
const NODE_OVERHEAD = { cpuMilli: 38, memoryMi: 612 };

const GROUP_VERSION = "metrics.k8s.io/v1beta1";

/** What metrics-server sees of the cluster: the objects, the time, and which kubelets answer a scrape. */
export interface MetricsSource {
  list(resource: "pods" | "nodes", namespace?: string): KubeObject[];
  now: number;
  kubeletUp(node: string): boolean;
}

/** FNV-1a, for deterministic jitter in the raw figures (what kubectl top rounds away). */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** CPU as metrics-server reports it, in nanocores: just under `milli` so that kubectl's round-up gives `milli`. */
const cpuQuantity = (milli: number, seed: string) => (milli <= 0 ? "0" : `${milli * 1_000_000 - (hash(seed) % 1_000_000)}n`);

/** Working-set memory in Ki: a little over `mi` so that kubectl's round-down gives `mi`. */
function memoryKi(mi: number, seed: string): number {
  return mi <= 0 ? 0 : mi * 1024 + (hash(`${seed}/mem`) % 1024);
}

const memoryQuantity = (ki: number) => (ki === 0 ? "0" : ki % 1024 === 0 ? `${ki / 1024}Mi` : `${ki}Ki`);

interface Scrapes {
  /** When metrics-server became ready (its first scrape). */
  since: number;
  /** The latest scrape. */
  last: number;
}

function scrapes(src: MetricsSource): Scrapes | undefined {
  const since = metricsServerSince(src.list("pods", "kube-system"));
  if (since === undefined) return undefined;
  return { since, last: since + Math.floor((src.now - since) / METRIC_RESOLUTION_MS) * METRIC_RESOLUTION_MS };
}

/** Whether metrics.k8s.io is served (the APIService is available): a metrics-server pod is ready. */
export function metricsServed(src: MetricsSource): boolean {
  return scrapes(src) !== undefined;
}

/** A CPU rate needs two scrapes after `start`: whether the latest scrape is the second one or later. */
function twoScrapesSince(s: Scrapes, start: number): boolean {
  const first = Math.max(s.since, s.since + Math.ceil((start - s.since) / METRIC_RESOLUTION_MS) * METRIC_RESOLUTION_MS);
  return s.last >= first + METRIC_RESOLUTION_MS;
}

function meta(obj: KubeObject, now: number): KubeObject["metadata"] {
  return { name: obj.metadata.name, ...(obj.metadata.namespace ? { namespace: obj.metadata.namespace } : {}), creationTimestamp: rfc3339(now), ...(obj.metadata.labels ? { labels: obj.metadata.labels } : {}) };
}

/** Per-container usage of a pod that metrics-server has figures for, or undefined. */
function podContainers(pod: KubeObject, s: Scrapes, src: MetricsSource): { name: string; cpuMilli: number; memoryMi: number }[] | undefined {
  if (pod.status?.phase !== "Running" || !pod.spec?.nodeName || !src.kubeletUp(pod.spec.nodeName)) return undefined;
  const statuses: { name: string; state?: { running?: { startedAt?: string } } }[] = pod.status?.containerStatuses ?? [];
  const containers = (pod.spec?.containers ?? []) as Container[];
  const out = [];
  for (const c of containers) {
    const started = statuses.find((st) => st.name === c.name)?.state?.running?.startedAt;
    if (!started || !twoScrapesSince(s, Date.parse(started))) return undefined;
    out.push({ name: c.name, ...containerUsage(c) });
  }
  return out.length ? out : undefined;
}

function podMetricsObject(pod: KubeObject, containers: { name: string; cpuMilli: number; memoryMi: number }[], s: Scrapes, now: number): KubeObject {
  const seed = (c: string) => `${pod.metadata.uid}/${c}/${s.last}`;
  return {
    kind: "PodMetrics",
    apiVersion: GROUP_VERSION,
    metadata: meta(pod, now),
    timestamp: rfc3339(s.last),
    window: `${METRIC_RESOLUTION_MS / 1000}s`,
    containers: containers.map((c) => ({ name: c.name, usage: { cpu: cpuQuantity(c.cpuMilli, seed(c.name)), memory: memoryQuantity(memoryKi(c.memoryMi, seed(c.name))) } })),
  } as KubeObject;
}

/** PodMetrics for the pods of `namespace` (all when undefined) that have figures, sorted by namespace and name. */
export function listPodMetrics(src: MetricsSource, namespace: string | undefined, opts: ListOptions = {}): KubeObject[] {
  const s = scrapes(src);
  if (!s) return [];
  const pods = src.list("pods", namespace).filter((p) => matchesLabels(opts.labelSelector, p.metadata.labels) && matchesFields(opts.fieldSelector, p));
  pods.sort((a, b) => (a.metadata.namespace! < b.metadata.namespace! ? -1 : a.metadata.namespace! > b.metadata.namespace! ? 1 : a.metadata.name! < b.metadata.name! ? -1 : a.metadata.name! > b.metadata.name! ? 1 : 0));
  const out: KubeObject[] = [];
  for (const p of pods) {
    const containers = podContainers(p, s, src);
    if (containers) out.push(podMetricsObject(p, containers, s, src.now));
  }
  return out;
}

/** One pod's metrics: NotFound for a missing pod, and for a pod metrics-server has no figures for yet. */
export function getPodMetrics(src: MetricsSource, namespace: string, name: string): KubeObject {
  const pod = src.list("pods", namespace).find((p) => p.metadata.name === name);
  if (!pod) throw notFound("pods", name);
  const s = scrapes(src);
  const containers = s && podContainers(pod, s, src);
  if (!s || !containers) throw notFound("podmetrics.metrics.k8s.io", `${namespace}/${name}`);
  return podMetricsObject(pod, containers, s, src.now);
}

/** A node's usage: its running pods plus the node's own daemons. */
function nodeUsage(node: KubeObject, src: MetricsSource): { cpuMilli: number; memoryMi: number } {
  let [cpu, mem] = [NODE_OVERHEAD.cpuMilli, NODE_OVERHEAD.memoryMi];
  for (const p of src.list("pods")) {
    if (p.spec?.nodeName !== node.metadata.name || p.status?.phase !== "Running") continue;
    for (const c of (p.spec?.containers ?? []) as Container[]) {
      const u = containerUsage(c);
      cpu += u.cpuMilli;
      mem += u.memoryMi;
    }
  }
  return { cpuMilli: cpu, memoryMi: mem };
}

function nodeMetricsObject(node: KubeObject, s: Scrapes, src: MetricsSource): KubeObject | undefined {
  if (!src.kubeletUp(node.metadata.name!) || !twoScrapesSince(s, s.since)) return undefined;
  const u = nodeUsage(node, src);
  const seed = `${node.metadata.uid}/${s.last}`;
  return { kind: "NodeMetrics", apiVersion: GROUP_VERSION, metadata: meta(node, src.now), timestamp: rfc3339(s.last), window: `${METRIC_RESOLUTION_MS / 1000}s`, usage: { cpu: cpuQuantity(u.cpuMilli, seed), memory: memoryQuantity(memoryKi(u.memoryMi, seed)) } } as KubeObject;
}

/** NodeMetrics of the nodes whose kubelets answered the last scrapes, sorted by name. */
export function listNodeMetrics(src: MetricsSource, opts: ListOptions = {}): KubeObject[] {
  const s = scrapes(src);
  if (!s) return [];
  const nodes = src.list("nodes").filter((n) => matchesLabels(opts.labelSelector, n.metadata.labels) && matchesFields(opts.fieldSelector, n));
  nodes.sort((a, b) => (a.metadata.name! < b.metadata.name! ? -1 : 1));
  return nodes.map((n) => nodeMetricsObject(n, s, src)).filter((m): m is KubeObject => !!m);
}

export function getNodeMetrics(src: MetricsSource, name: string): KubeObject {
  const node = src.list("nodes").find((n) => n.metadata.name === name);
  if (!node) throw notFound("node", name);
  const s = scrapes(src);
  const m = s && nodeMetricsObject(node, s, src);
  if (!m) throw notFound("nodemetrics.metrics.k8s.io", name);
  return m;
}

/** The List envelope metrics-server returns. */
export const metricsList = (kind: "NodeMetricsList" | "PodMetricsList", items: KubeObject[]) => ({ kind, apiVersion: GROUP_VERSION, metadata: {}, items });

/** Discovery entries of metrics.k8s.io/v1beta1 while metrics-server serves it. */
export const METRICS_RESOURCES: ResourceInfo[] = [
  { resource: "nodes", singular: "", kind: "NodeMetrics", group: "metrics.k8s.io", version: "v1beta1", namespaced: false, shortNames: [], verbs: ["get", "list"] },
  { resource: "pods", singular: "", kind: "PodMetrics", group: "metrics.k8s.io", version: "v1beta1", namespaced: true, shortNames: [], verbs: ["get", "list"] },
];

/** The metrics source of one simulated cluster: its API objects, the clock, and which kubelets run. */
export function clusterMetricsSource(env: SimEnvironment, cluster: SimCluster): MetricsSource {
  return { now: env.clock.now(), kubeletUp: (node) => !!env.hosts.get(node)?.systemd.isActive("kubelet"), list: (resource, namespace) => cluster.api.list(resource, namespace).items };
}
