import type { KubeObject } from "../../../engine/api/types";
import { isStatusError } from "../../../engine/api/errors";
import { reportError, type Kubectl, type Subcommand } from "../../context";
import { helpText } from "../create/generator";
import { nodesOf, setUnschedulable } from "./cordon";

// Models kubectl pkg/drain/filters.go: the reasons a pod blocks a drain, and the warnings when overridden.
const FATAL = {
  daemonset: "DaemonSet-managed Pods (use --ignore-daemonsets to ignore)",
  local: "Pods with local storage (use --delete-emptydir-data to override)",
  unmanaged: "cannot delete Pods that declare no controller (use --force to override)",
};
const WARN = { daemonset: "ignoring DaemonSet-managed Pods", local: "deleting Pods with local storage", unmanaged: "deleting Pods that declare no controller" };

type Reason = keyof typeof FATAL;

const ref = (p: KubeObject) => `${p.metadata.namespace}/${p.metadata.name}`;

function classify(k: Kubectl, pods: KubeObject[]) {
  const fatal = new Map<Reason, string[]>();
  const warn = new Map<Reason, string[]>();
  const evict: KubeObject[] = [];
  const add = (m: Map<Reason, string[]>, r: Reason, p: KubeObject) => m.set(r, [...(m.get(r) ?? []), ref(p)]);
  for (const p of pods) {
    if (p.metadata.annotations?.["kubernetes.io/config.mirror"]) continue;
    const finished = ["Succeeded", "Failed"].includes(p.status?.phase);
    const owner = p.metadata.ownerReferences?.find((o) => o.controller);
    if (owner?.kind === "DaemonSet") {
      add(k.bool("ignore-daemonsets") ? warn : fatal, "daemonset", p);
      continue;
    }
    // The filters run in order and the first that refuses a pod decides its error.
    if (!finished && (p.spec?.volumes ?? []).some((v: { emptyDir?: unknown }) => v.emptyDir)) {
      if (!k.bool("delete-emptydir-data")) {
        add(fatal, "local", p);
        continue;
      }
      add(warn, "local", p);
    }
    if (!owner && !finished) {
      if (!k.bool("force")) {
        add(fatal, "unmanaged", p);
        continue;
      }
      add(warn, "unmanaged", p);
    }
    evict.push(p);
  }
  return { fatal, warn, evict };
}

function waitGone(k: Kubectl, pods: KubeObject[]): void {
  for (let i = 0; i < 120; i++) {
    const left = pods.filter((p) => {
      try {
        k.client().get("pods", p.metadata.name!, p.metadata.namespace);
        return true;
      } catch (e) {
        if (isStatusError(e, "NotFound")) return false;
        throw e;
      }
    });
    if (!left.length) return;
    k.ctx.environment.advance(1000);
  }
}

/** --timeout in seconds; 0 (wait forever) is bounded to 5 simulated minutes here. */
function timeoutSeconds(k: Kubectl): number {
  const m = /^(\d+)(s|m|h)?$/.exec(k.str("timeout") ?? "0s");
  const n = m ? Number(m[1]) * { s: 1, m: 60, h: 3600 }[(m[2] ?? "s") as "s" | "m" | "h"] : 0;
  return n > 0 ? n : 300;
}

/** Go's time.Duration String(): 1m0s, 90s → 1m30s, 5m0s. */
function goDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h ? `${h}h${m}m${s}s` : m ? `${m}m${s}s` : `${s}s`;
}

/**
 * Evicts each pod through the pods/eviction subresource; a PodDisruptionBudget refusal (429) is
 * retried every 5 s as kubectl does, until the timeout. Returns the pods that could not be evicted.
 * Models kubectl pkg/drain (evictPods).
 */
function evictAll(k: Kubectl, pods: KubeObject[], opts: { gracePeriodSeconds?: number }): KubeObject[] {
  let pending = [...pods];
  const limit = timeoutSeconds(k);
  for (let waited = 0; pending.length; waited += 5) {
    const next: KubeObject[] = [];
    for (const p of pending) {
      k.err(`evicting pod ${ref(p)}\n`);
      try {
        k.client().evict(p.metadata.name!, p.metadata.namespace!, opts);
      } catch (e) {
        if (isStatusError(e, "NotFound")) continue;
        if (!isStatusError(e, "TooManyRequests")) throw e;
        k.err(`error when evicting pods/"${p.metadata.name}" -n "${p.metadata.namespace}" (will retry after 5s): ${e.message}\n`);
        next.push(p);
      }
    }
    pending = next;
    if (!pending.length || waited + 5 > limit) break;
    k.ctx.environment.advance(5000);
  }
  return pending;
}

export const drain: Subcommand = {
  name: "drain",
  summary: "Drain node in preparation for maintenance",
  flags: [
    { name: "ignore-daemonsets", type: "bool" },
    { name: "delete-emptydir-data", type: "bool" },
    { name: "force", type: "bool" },
    { name: "grace-period", type: "int", default: -1 },
    { name: "timeout", type: "string", default: "0s" },
    { name: "selector", short: "l", type: "string" },
    { name: "pod-selector", type: "string" },
    { name: "disable-eviction", type: "bool" },
    { name: "skip-wait-for-delete-timeout", type: "int", default: 0 },
    { name: "chunk-size", type: "int", default: 500 },
    { name: "dry-run", type: "string", default: "none", noOptDefault: "unchanged" },
  ],
  help: helpText("Cordon a node, then evict its pods (DaemonSet pods, local storage and unmanaged pods need flags).", "kubectl drain NODE [options]", ["kubectl drain node01 --ignore-daemonsets", "kubectl drain node01 --ignore-daemonsets --delete-emptydir-data --force"], [["--ignore-daemonsets=false", "Leave DaemonSet pods in place."], ["--delete-emptydir-data=false", "Evict pods with emptyDir volumes."], ["--force=false", "Also delete pods without a controller."]]),
  run(k) {
    if (k.args.length !== 1 && !k.str("selector")) return k.usageError("USAGE: drain NODE [flags]");
    try {
      for (const node of nodesOf(k)) {
        const name = node.metadata.name!;
        k.out(setUnschedulable(k, node, true, false));
        const pods = k.client().list("pods", undefined).items.filter((p) => p.spec?.nodeName === name);
        const { fatal, warn, evict } = classify(k, pods);
        if (fatal.size) {
          // An aggregate of one error prints as that error, of several as `[a, b]`; the final report gives one per line.
          const errs = [...fatal].map(([r, list]) => `cannot delete ${FATAL[r]}: ${list.join(", ")}`);
          const why = errs.length === 1 ? errs[0] : `[${errs.join(", ")}]`;
          k.err(`error: unable to drain node "${name}" due to error: ${why}, continuing command...\nThere are pending nodes to be drained:\n ${name}\n${errs.join("\n")}\n`);
          return 1;
        }
        if (warn.size) k.err(`Warning: ${[...warn].map(([r, list]) => `${WARN[r]}: ${list.join(", ")}`).join("; ")}\n`);
        const grace = k.int("grace-period") ?? -1;
        const opts = grace >= 0 ? { gracePeriodSeconds: grace } : {};
        if (k.bool("disable-eviction")) {
          for (const p of evict) k.client().delete("pods", p.metadata.name!, p.metadata.namespace, opts);
        } else {
          const stuck = evictAll(k, evict, opts);
          if (stuck.length) {
            const why = stuck.map((p) => `error when evicting pods/"${p.metadata.name}" -n "${p.metadata.namespace}": global timeout reached: ${goDuration(timeoutSeconds(k))}`).join(", ");
            k.err(`error: unable to drain node "${name}" due to error: ${why}, continuing command...\nThere are pending nodes to be drained:\n ${name}\n${why}\n`);
            return 1;
          }
        }
        waitGone(k, evict);
        for (const p of evict) k.out(`pod/${p.metadata.name} evicted\n`);
        k.out(`node/${name} drained\n`);
      }
      return 0;
    } catch (e) {
      return reportError(k, e);
    }
  },
};
