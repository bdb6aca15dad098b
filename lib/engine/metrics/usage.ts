import type { KubeObject } from "../api/types";
import { parseQuantity } from "../api/quantity";
import { lookupImage } from "../kubelet/images";

export type Container = { name: string; image?: string; command?: string[]; args?: string[]; resources?: { requests?: Record<string, string>; limits?: Record<string, string> } };

/** Commands that keep a CPU busy: shell busy loops and the usual burners. */
const BUSY = [/while\s+(true|:)/, /\byes\b/, /md5sum\s+\/dev\/(zero|urandom)/, /dd\s+if=\/dev\/(zero|urandom)/, /\bstress\b.*--cpu/, /\bsha\d*sum\s+\/dev\/(zero|urandom)/];

function limitMilli(c: Container): number | undefined {
  const q = parseQuantity(c.resources?.limits?.cpu);
  return q ? Number(q.milli) : undefined;
}

/**
 * Deterministic simulated usage of one container, as metrics-server would report it: a busy loop
 * uses a whole core (or its CPU limit), otherwise the image's steady figure from the image catalogue.
 */
export function containerUsage(c: Container): { cpuMilli: number; memoryMi: number } {
  const image = lookupImage(c.image ?? "");
  const [idleCpu, idleMem] = [image?.cpuMilli ?? 1, image?.memoryMi ?? 8];
  const line = [...(c.command ?? []), ...(c.args ?? [])].join(" ");
  const stress = /--cpu[ =](\d+)/.exec(line);
  let cpu = idleCpu;
  if (BUSY.some((re) => re.test(line))) cpu = stress ? Number(stress[1]) * 1000 : 1000;
  const limit = limitMilli(c);
  if (limit !== undefined) cpu = Math.min(cpu, limit);
  return { cpuMilli: cpu, memoryMi: idleMem };
}

/** The error the resource metrics API gives when no metrics-server serves metrics.k8s.io. */
export const NO_METRICS_API = "unable to get metrics for resource cpu: unable to fetch metrics from resource metrics API: the server could not find the requested resource (get pods.metrics.k8s.io)";

/**
 * When metrics.k8s.io became served: the time a metrics-server pod in kube-system turned Ready
 * (kubeadm does not install one; labs and learners do), or undefined while none is ready.
 */
export function metricsServerSince(pods: KubeObject[]): number | undefined {
  let since: number | undefined;
  for (const p of pods) {
    if (p.metadata.namespace !== "kube-system" || p.status?.phase !== "Running" || p.metadata.deletionTimestamp) continue;
    if (!(p.spec?.containers ?? []).some((c: { image?: string }) => /(^|\/)metrics-server(:|@|$)/.test(c.image ?? ""))) continue;
    const ready = (p.status?.conditions ?? []).find((c: { type: string; status: string }) => c.type === "Ready" && c.status === "True");
    if (!ready) continue;
    const t = Date.parse(ready.lastTransitionTime ?? p.status?.startTime ?? "");
    const at = Number.isFinite(t) ? t : 0;
    since = since === undefined ? at : Math.min(since, at);
  }
  return since;
}
