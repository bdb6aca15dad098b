import { forbidden } from "../../api/errors";
import type { KubeObject } from "../../api/types";
import type { AdmissionPlugin } from "./types";

/**
 * PodSecurity: pods in a namespace labelled `pod-security.kubernetes.io/enforce=<level>` must meet
 * the Pod Security Standard `baseline` or `restricted`; `warn=<level>` returns warnings instead.
 * Models staging/src/k8s.io/pod-security-admission (policy/check_*.go): each check's wording,
 * results in check-ID order.
 */

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Level = "privileged" | "baseline" | "restricted";

interface Check {
  id: string;
  level: Exclude<Level, "privileged">;
  run(pod: Obj): string | undefined;
}

const BASELINE_CAPS = new Set(["AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT"]);
const RESTRICTED_VOLUMES = ["configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret"];

const allContainers = (pod: Obj): Obj[] => [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? []), ...(pod.spec?.ephemeralContainers ?? [])];
const quoteList = (names: string[]) => names.map((n) => `"${n}"`).join(", ");
/** `container "a"` / `containers "a", "b"`. */
const containerPhrase = (names: string[], prefix = "") => `${prefix}${names.length === 1 ? "container" : "containers"} ${quoteList(names)}`;

function badContainers(pod: Obj, bad: (c: Obj) => boolean): string[] {
  return allContainers(pod).filter(bad).map((c) => c.name);
}

const CHECKS: Check[] = [
  {
    id: "allowPrivilegeEscalation",
    level: "restricted",
    run(pod) {
      const bad = badContainers(pod, (c) => c.securityContext?.allowPrivilegeEscalation !== false);
      return bad.length ? `allowPrivilegeEscalation != false (${containerPhrase(bad)} must set securityContext.allowPrivilegeEscalation=false)` : undefined;
    },
  },
  {
    id: "capabilities_baseline",
    level: "baseline",
    run(pod) {
      const added = new Set<string>();
      const bad = badContainers(pod, (c) => {
        const extra = ((c.securityContext?.capabilities?.add ?? []) as string[]).filter((cap) => !BASELINE_CAPS.has(cap));
        extra.forEach((cap) => added.add(cap));
        return extra.length > 0;
      });
      return bad.length ? `non-default capabilities (${containerPhrase(bad)} must not include ${quoteList([...added].sort())} in securityContext.capabilities.add)` : undefined;
    },
  },
  {
    id: "capabilities_restricted",
    level: "restricted",
    run(pod) {
      const noDrop = badContainers(pod, (c) => !((c.securityContext?.capabilities?.drop ?? []) as string[]).includes("ALL"));
      const added = new Set<string>();
      const badAdd = badContainers(pod, (c) => {
        const extra = ((c.securityContext?.capabilities?.add ?? []) as string[]).filter((cap) => cap !== "NET_BIND_SERVICE");
        extra.forEach((cap) => added.add(cap));
        return extra.length > 0;
      });
      const parts: string[] = [];
      if (noDrop.length) parts.push(`${containerPhrase(noDrop)} must set securityContext.capabilities.drop=["ALL"]`);
      if (badAdd.length) parts.push(`${containerPhrase(badAdd)} must not include ${quoteList([...added].sort())} in securityContext.capabilities.add`);
      return parts.length ? `unrestricted capabilities (${parts.join("; ")})` : undefined;
    },
  },
  {
    id: "hostNamespaces",
    level: "baseline",
    run(pod) {
      const on = (["hostNetwork", "hostPID", "hostIPC"] as const).filter((k) => pod.spec?.[k] === true).map((k) => `${k}=true`);
      return on.length ? `host namespaces (${on.join(", ")})` : undefined;
    },
  },
  {
    id: "hostPathVolumes",
    level: "baseline",
    run(pod) {
      const vols = ((pod.spec?.volumes ?? []) as Obj[]).filter((v) => v.hostPath).map((v) => v.name);
      return vols.length ? `hostPath volumes (${vols.length === 1 ? "volume" : "volumes"} ${quoteList(vols)})` : undefined;
    },
  },
  {
    id: "hostPorts",
    level: "baseline",
    run(pod) {
      const ports: string[] = [];
      const bad = badContainers(pod, (c) => {
        const hp = ((c.ports ?? []) as Obj[]).filter((p) => p.hostPort).map((p) => String(p.hostPort));
        ports.push(...hp);
        return hp.length > 0;
      });
      return bad.length ? `hostPort (${containerPhrase(bad)} ${ports.length === 1 ? "uses hostPort" : "use hostPorts"} ${ports.join(", ")})` : undefined;
    },
  },
  {
    id: "privileged",
    level: "baseline",
    run(pod) {
      const bad = badContainers(pod, (c) => c.securityContext?.privileged === true);
      return bad.length ? `privileged (${containerPhrase(bad)} must not set securityContext.privileged=true)` : undefined;
    },
  },
  {
    id: "restrictedVolumes",
    level: "restricted",
    run(pod) {
      const bad = ((pod.spec?.volumes ?? []) as Obj[]).map((v) => ({ name: v.name, type: Object.keys(v).find((k) => k !== "name") ?? "" })).filter((v) => !RESTRICTED_VOLUMES.includes(v.type));
      if (!bad.length) return undefined;
      const types = [...new Set(bad.map((v) => v.type))];
      return `restricted volume types (${bad.length === 1 ? "volume" : "volumes"} ${quoteList(bad.map((v) => v.name))} ${bad.length === 1 ? "uses" : "use"} restricted volume ${types.length === 1 ? "type" : "types"} ${quoteList(types)})`;
    },
  },
  {
    id: "runAsNonRoot",
    level: "restricted",
    run(pod) {
      const podSet = pod.spec?.securityContext?.runAsNonRoot === true;
      const explicitFalse = badContainers(pod, (c) => c.securityContext?.runAsNonRoot === false);
      const unset = badContainers(pod, (c) => c.securityContext?.runAsNonRoot === undefined);
      if (pod.spec?.securityContext?.runAsNonRoot === false) return "runAsNonRoot != true (pod must not set securityContext.runAsNonRoot=false)";
      if (explicitFalse.length) return `runAsNonRoot != true (${containerPhrase(explicitFalse)} must not set securityContext.runAsNonRoot=false)`;
      if (!podSet && unset.length) return `runAsNonRoot != true (pod or ${containerPhrase(unset)} must set securityContext.runAsNonRoot=true)`;
      return undefined;
    },
  },
  {
    id: "runAsUser",
    level: "restricted",
    run(pod) {
      if (pod.spec?.securityContext?.runAsUser === 0) return "runAsUser=0 (pod must not set runAsUser=0)";
      const bad = badContainers(pod, (c) => c.securityContext?.runAsUser === 0);
      return bad.length ? `runAsUser=0 (${containerPhrase(bad)} must not set runAsUser=0)` : undefined;
    },
  },
  {
    id: "seccompProfile_restricted",
    level: "restricted",
    run(pod) {
      const ok = (t: string | undefined) => t === "RuntimeDefault" || t === "Localhost";
      const podType = pod.spec?.securityContext?.seccompProfile?.type;
      if (podType !== undefined && !ok(podType)) return `seccompProfile (pod must not set securityContext.seccompProfile.type to "${podType}")`;
      const badType = badContainers(pod, (c) => c.securityContext?.seccompProfile?.type !== undefined && !ok(c.securityContext.seccompProfile.type));
      if (badType.length) return `seccompProfile (${containerPhrase(badType)} must not set securityContext.seccompProfile.type to "${allContainers(pod).find((c) => c.name === badType[0])!.securityContext.seccompProfile.type}")`;
      const unset = badContainers(pod, (c) => c.securityContext?.seccompProfile?.type === undefined);
      if (podType === undefined && unset.length) return `seccompProfile (pod or ${containerPhrase(unset)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")`;
      return undefined;
    },
  },
];

/** The checks a level enforces (restricted includes baseline), in check-ID order. */
function violations(level: Level, pod: Obj): string[] {
  if (level === "privileged") return [];
  return CHECKS.filter((c) => level === "restricted" || c.level === "baseline")
    .map((c) => c.run(pod))
    .filter((m): m is string => !!m);
}

const LEVELS = ["privileged", "baseline", "restricted"];

function levelOf(ns: KubeObject, mode: "enforce" | "warn"): { level: Level; version: string } | undefined {
  const level = ns.metadata.labels?.[`pod-security.kubernetes.io/${mode}`];
  if (!level || !LEVELS.includes(level)) return undefined;
  return { level: level as Level, version: ns.metadata.labels?.[`pod-security.kubernetes.io/${mode}-version`] ?? "latest" };
}

/** Check titles only (`allowPrivilegeEscalation != false, ...`), as the namespace warnings list them. */
const titles = (reasons: string[]) => reasons.map((r) => r.replace(/ \(.*\)$/, "")).join(", ");

/** A namespace gets a stricter enforce level: warn about the pods already running there that break it. */
function warnExistingPods(req: Parameters<NonNullable<AdmissionPlugin["validate"]>>[0]): void {
  const enforce = levelOf(req.obj, "enforce");
  const before = req.old ? levelOf(req.old, "enforce") : undefined;
  if (!enforce || enforce.level === "privileged" || (before?.level === enforce.level && before.version === enforce.version)) return;
  const groups = new Map<string, string[]>();
  for (const pod of req.api.list("pods", req.obj.metadata.name).items) {
    const v = violations(enforce.level, pod);
    if (v.length) groups.set(titles(v), [...(groups.get(titles(v)) ?? []), pod.metadata.name!]);
  }
  if (!groups.size) return;
  req.warnings.push(`existing pods in namespace "${req.obj.metadata.name}" violate the new PodSecurity enforce level "${enforce.level}:${enforce.version}"`);
  for (const [reasons, pods] of groups) req.warnings.push(`${pods[0]}${pods.length > 1 ? ` (and ${pods.length - 1} other ${pods.length === 2 ? "pod" : "pods"})` : ""}: ${reasons}`);
}

export const podSecurity: AdmissionPlugin = {
  name: "PodSecurity",
  validate(req) {
    if (req.resource === "namespaces" && !req.subresource) return warnExistingPods(req);
    if (req.operation !== "CREATE" || req.resource !== "pods" || req.subresource || !req.namespace) return;
    let ns: KubeObject;
    try {
      ns = req.api.get("namespaces", req.namespace);
    } catch {
      return;
    }
    const warn = levelOf(ns, "warn");
    if (warn) {
      const v = violations(warn.level, req.obj);
      if (v.length) req.warnings.push(`would violate PodSecurity "${warn.level}:${warn.version}": ${v.join(", ")}`);
    }
    const enforce = levelOf(ns, "enforce");
    if (!enforce) return;
    const v = violations(enforce.level, req.obj);
    if (v.length) throw forbidden(`pods "${req.obj.metadata.name}" is forbidden: violates PodSecurity "${enforce.level}:${enforce.version}": ${v.join(", ")}`);
  },
};
