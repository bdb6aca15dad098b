import type { Check } from "../define";
import type { CheckView } from "./view";
import { expectSaw, pass, type CheckResult } from "./result";
import { sameSet } from "./compare";

/** Ready-made checks for the states labs ask about most; each words its failure "expected X, saw Y". */
type Meta = { id: string; title: string; points?: number };
const build = (m: Meta, check: (c: CheckView) => CheckResult): Check => ({ id: m.id, title: m.title, points: m.points ?? 1, check });

const ref = (ns: string, name: string) => `${ns}/${name}`;

export function podRunning(m: Meta, ns: string, name: string, opts: { node?: string; cluster?: string } = {}): Check {
  return build(m, (c) => {
    const pod = c.get("pod", name, ns, opts.cluster);
    if (!pod) return expectSaw(`Pod ${ref(ns, name)} Running`, "no such Pod");
    if (pod.status?.phase !== "Running") return expectSaw(`Pod ${ref(ns, name)} Running`, `phase ${pod.status?.phase ?? "unknown"}`);
    if (opts.node && pod.spec?.nodeName !== opts.node) return expectSaw(`Pod ${ref(ns, name)} on node ${opts.node}`, `it on ${pod.spec?.nodeName ?? "no node"}`);
    return pass(`Pod ${ref(ns, name)} is Running on ${pod.spec?.nodeName}.`);
  });
}

/** The Deployment exists and has `replicas` ready (and, if given, exactly that many desired). */
export function deploymentReady(m: Meta, ns: string, name: string, replicas: number, cluster?: string): Check {
  return build(m, (c) => {
    const d = c.get("deployment", name, ns, cluster);
    if (!d) return expectSaw(`Deployment ${ref(ns, name)}`, "no such Deployment");
    if (d.spec?.replicas !== replicas) return expectSaw(`Deployment ${ref(ns, name)} with ${replicas} replicas`, `${d.spec?.replicas ?? 1} replicas`);
    const ready = d.status?.readyReplicas ?? 0;
    return ready === replicas ? pass(`Deployment ${ref(ns, name)} has ${ready}/${replicas} ready.`) : expectSaw(`${replicas}/${replicas} ready replicas of ${ref(ns, name)}`, `${ready}/${replicas}`);
  });
}

export function nodeReady(m: Meta, node: string, cluster?: string): Check {
  return build(m, (c) => {
    const ready = c.get("node", node, undefined, cluster)?.status?.conditions?.find((x: { type: string }) => x.type === "Ready");
    return ready?.status === "True" ? pass(`${node} is Ready.`) : expectSaw(`node ${node} Ready=True`, `Ready=${ready?.status ?? "missing"}`);
  });
}

/** A file whose non-empty lines (trimmed) are exactly `expected` in any order. */
export function fileLines(m: Meta, host: string, path: string, expected: (c: CheckView) => string[]): Check {
  return build(m, (c) => {
    const text = c.file(host, path);
    if (text === undefined) return expectSaw(`file ${path} on ${host}`, "no such file");
    const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
    const want = expected(c);
    return sameSet(lines, want) ? pass(`${path} lists ${want.join(", ")}.`) : expectSaw(`${path} to list ${[...want].sort().join(", ") || "nothing"}`, lines.length ? [...new Set(lines)].sort().join(", ") : "an empty file");
  });
}

/** The first container of the first pod template (Deployment) or pod spec. */
export function podSpecOf(c: CheckView, kind: "pod" | "deployment", name: string, ns: string) {
  const o = c.get(kind, name, ns);
  return kind === "pod" ? o?.spec : o?.spec?.template?.spec;
}
