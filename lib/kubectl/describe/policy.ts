import type { KubeObject } from "../../engine/api/types";
import { canonicalQuantity, formatQuantity, parseQuantity, quantityValue } from "../../engine/api/quantity";
import { DescribeWriter } from "./writer";

// Models describeQuota, describeLimitRange, DescribeResourceQuotas and DescribeLimitRanges in
// kubectl pkg/describe/describe.go (v0.32).

type Resources = Record<string, string>;

const SCOPE_HELP: Record<string, string> = {
  Terminating: "Matches all pods that have an active deadline. These pods have a limited lifespan on a node before being actively terminated by the system.",
  NotTerminating: "Matches all pods that do not have an active deadline. These pods usually include long running pods whose container command is not expected to terminate.",
  BestEffort: "Matches all pods that do not have resource requirements set. These pods have a best effort quality of service.",
  NotBestEffort: "Matches all pods that have at least one resource requirement set. These pods have a burstable or guaranteed quality of service.",
  PriorityClass: "Matches all pod objects that have priority class mentioned",
};

const quantity = (q: string | number | undefined) => (q === undefined ? "0" : canonicalQuantity(q));

function scopes(w: DescribeWriter, level: number, q: KubeObject, bullet: string): void {
  const list = [...((q.spec?.scopes ?? []) as string[])].sort();
  if (!list.length) return;
  w.write(level, `Scopes:\t${list.join(", ")}\n`);
  for (const s of list) if (SCOPE_HELP[s]) w.write(level, `${bullet}${SCOPE_HELP[s]}\n`);
}

/**
 * Rows `resource  used  hard` from status (what the quota controller last observed). describeQuota
 * prints usage in the hard limit's format (`536870912` for 512Mi used of a `1G` limit).
 */
function quotaRows(w: DescribeWriter, level: number, q: KubeObject, matchFormat: boolean): void {
  const hard = (q.status?.hard ?? {}) as Resources;
  const used = (q.status?.used ?? {}) as Resources;
  for (const r of Object.keys(hard).sort()) {
    const h = parseQuantity(hard[r]);
    let u = quantity(used[r]);
    const uq = parseQuantity(used[r]);
    if (matchFormat && h && uq && h.format !== uq.format) u = formatQuantity({ milli: BigInt(quantityValue(uq)) * 1000n, format: h.format });
    w.write(level, `${r}\t${u}\t${quantity(hard[r])}\n`);
  }
}

export function describeResourceQuota(q: KubeObject): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${q.metadata.name}\n`);
  w.write(0, `Namespace:\t${q.metadata.namespace}\n`);
  scopes(w, 0, q, " * ");
  w.write(0, "Resource\tUsed\tHard\n");
  w.write(0, "--------\t----\t----\n");
  quotaRows(w, 0, q, true);
  return w.toString();
}

/** One row per (item, resource); Go iterates a map here, the simulation sorts by resource name. */
function limitRows(w: DescribeWriter, lr: KubeObject, prefix: string): void {
  for (const item of (lr.spec?.limits ?? []) as Record<string, Resources | string>[]) {
    const field = (f: string) => (item[f] ?? {}) as Resources;
    const names = new Set(["max", "min", "default", "defaultRequest", "maxLimitRequestRatio"].flatMap((f) => Object.keys(field(f))));
    const v = (f: string, k: string) => (field(f)[k] === undefined ? "-" : quantity(field(f)[k]));
    for (const k of [...names].sort())
      w.write(0, `${prefix}${item.type}\t${k}\t${v("min", k)}\t${v("max", k)}\t${v("defaultRequest", k)}\t${v("default", k)}\t${v("maxLimitRequestRatio", k)}\n`);
  }
}

export function describeLimitRange(lr: KubeObject): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${lr.metadata.name}\n`);
  w.write(0, `Namespace:\t${lr.metadata.namespace}\n`);
  w.write(0, "Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n");
  w.write(0, "----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n");
  limitRows(w, lr, "");
  return w.toString();
}

/** The quota and limit sections at the end of `describe namespace`. */
export function namespacePolicies(w: DescribeWriter, quotas: KubeObject[], limits: KubeObject[]): void {
  w.write(0, "\n");
  if (!quotas.length) w.write(0, "No resource quota.\n");
  else {
    w.write(0, "Resource Quotas\n");
    for (const q of [...quotas].sort((a, b) => a.metadata.name!.localeCompare(b.metadata.name!))) {
      w.write(1, `Name:\t${q.metadata.name}\n`);
      scopes(w, 1, q, "* ");
      w.write(1, "Resource\tUsed\tHard\n");
      w.write(1, "--------\t---\t---\n");
      quotaRows(w, 1, q, false);
    }
  }
  w.write(0, "\n");
  if (!limits.length) return w.write(0, "No LimitRange resource.\n");
  w.write(0, "Resource Limits\n Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n");
  w.write(0, " ----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n");
  for (const lr of limits) limitRows(w, lr, " ");
}
