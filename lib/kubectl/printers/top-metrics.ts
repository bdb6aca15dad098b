import type { KubeObject } from "../../engine/api/types";
import { parseQuantity } from "../../engine/api/quantity";
import { goTabwriter } from "./gotabwriter";

/**
 * kubectl top's printer: every cell ends in a tab (so the last column is padded too), through a
 * tabwriter with minwidth 10 and padding 3. Models staging/src/k8s.io/kubectl/pkg/metricsutil
 * (metrics_printer.go, metrics_sorter.go, metrics_resource_adder.go) as of v1.32.
 */

/** Usage in exact units: CPU in nanocores, memory in bytes (summed before kubectl rounds them). */
export interface Usage {
  cpuNanos: bigint;
  memoryBytes: bigint;
}

const ZERO: Usage = { cpuNanos: 0n, memoryBytes: 0n };

/** A quantity in nano-units, exact for the `n` suffix metrics-server uses. */
function nanos(q: string | undefined): bigint {
  const m = /^(\d+)n$/.exec(q ?? "");
  if (m) return BigInt(m[1]);
  return (parseQuantity(q)?.milli ?? 0n) * 1_000_000n;
}

export const usageOf = (u: Record<string, string> | undefined): Usage => ({ cpuNanos: nanos(u?.cpu), memoryBytes: nanos(u?.memory) / 1_000_000_000n });

const add = (a: Usage, b: Usage): Usage => ({ cpuNanos: a.cpuNanos + b.cpuNanos, memoryBytes: a.memoryBytes + b.memoryBytes });

/** Quantity.MilliValue() of a CPU figure: rounded up. */
const cpuMilli = (n: bigint) => n / 1_000_000n + (n % 1_000_000n > 0n ? 1n : 0n);

export const podUsage = (m: KubeObject): Usage => ((m.containers ?? []) as { usage?: Record<string, string> }[]).reduce((acc, c) => add(acc, usageOf(c.usage)), ZERO);

/** The two usage cells, and with `available` the percentage after each. */
function usageCells(u: Usage, available?: Record<string, string>): string[] {
  const cells: string[] = [];
  const figures: [bigint, string, string | undefined][] = [
    [cpuMilli(u.cpuNanos), `${cpuMilli(u.cpuNanos)}m`, available?.cpu],
    [u.memoryBytes * 1000n, `${u.memoryBytes / 1048576n}Mi`, available?.memory],
  ];
  for (const [milli, text, avail] of figures) {
    cells.push(text);
    if (avail === undefined) continue;
    const total = parseQuantity(avail)?.milli ?? 0n;
    const fraction = total === 0n ? 0 : (Number(milli) / Number(total)) * 100;
    cells.push(`${Math.trunc(fraction)}%`);
  }
  return cells;
}

const render = (rows: string[][]) => goTabwriter(rows.map((r) => r.map((c) => `${c}\t`).join("") + "\n").join(""), { minwidth: 10, padding: 3 });

function sortByUsage<T>(items: T[], sortBy: string, usage: (t: T) => Usage, byName: (a: T, b: T) => number): T[] {
  const key = (t: T) => (sortBy === "cpu" ? cpuMilli(usage(t).cpuNanos) : usage(t).memoryBytes);
  return [...items].sort(sortBy === "cpu" || sortBy === "memory" ? (a, b) => (key(b) > key(a) ? 1 : key(b) < key(a) ? -1 : 0) : byName);
}

const byName = (a: { metadata: { name?: string } }, b: { metadata: { name?: string } }) => (a.metadata.name! < b.metadata.name! ? -1 : a.metadata.name! > b.metadata.name! ? 1 : 0);

/** `kubectl top node`: nodes with metrics, then those without as <unknown>. */
export function printNodeMetrics(metrics: KubeObject[], available: Map<string, Record<string, string>>, noHeaders: boolean, sortBy: string): string {
  if (!metrics.length) return "";
  const rows: string[][] = noHeaders ? [] : [["NAME", "CPU(cores)", "CPU(%)", "MEMORY(bytes)", "MEMORY(%)"]];
  const left = new Map(available);
  for (const m of sortByUsage(metrics, sortBy, (x) => usageOf(x.usage as Record<string, string>), byName)) {
    rows.push([m.metadata.name!, ...usageCells(usageOf(m.usage as Record<string, string>), available.get(m.metadata.name!))]);
    left.delete(m.metadata.name!);
  }
  for (const name of left.keys()) rows.push([name, "<unknown>", "<unknown>", "<unknown>", "<unknown>"]);
  return render(rows);
}

/** `kubectl top pod`, with --containers (POD column), -A (NAMESPACE column) and --sum. */
export function printPodMetrics(metrics: KubeObject[], o: { containers: boolean; withNamespace: boolean; noHeaders: boolean; sortBy: string; sum: boolean }): string {
  if (!metrics.length) return "";
  const rows: string[][] = [];
  // Upstream widens the sum's padding only when it prints the header.
  let columnWidth = 3;
  if (!o.noHeaders) {
    const header: string[] = [];
    if (o.withNamespace) (header.push("NAMESPACE"), columnWidth++);
    if (o.containers) (header.push("POD"), columnWidth++);
    rows.push([...header, "NAME", "CPU(cores)", "MEMORY(bytes)"]);
  }
  const nsThenName = (a: KubeObject, b: KubeObject) => (o.withNamespace && a.metadata.namespace !== b.metadata.namespace ? (a.metadata.namespace! < b.metadata.namespace! ? -1 : 1) : byName(a, b));
  for (const m of sortByUsage(metrics, o.sortBy, podUsage, nsThenName)) {
    const ns = o.withNamespace ? [m.metadata.namespace!] : [];
    if (!o.containers) {
      rows.push([...ns, m.metadata.name!, ...usageCells(podUsage(m))]);
      continue;
    }
    type C = { name: string; usage?: Record<string, string> };
    const containers = sortByUsage((m.containers ?? []) as C[], o.sortBy, (c) => usageOf(c.usage), (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const c of containers) rows.push([...ns, m.metadata.name!, c.name, ...usageCells(usageOf(c.usage))]);
  }
  if (o.sum) {
    const total = metrics.reduce((acc, m) => add(acc, podUsage(m)), ZERO);
    rows.push([...Array(Math.max(0, columnWidth - 2)).fill(""), "________", "________"]);
    rows.push([...Array(Math.max(0, columnWidth - 3)).fill(""), "", ...usageCells(total)]);
  }
  return render(rows);
}
