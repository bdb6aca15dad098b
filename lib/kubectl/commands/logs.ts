import type { KubeObject } from "../../engine/api/types";
import { enhanceListError } from "../list-errors";
import { isStatusError } from "../../engine/api/errors";
import { reportError, type Kubectl, type Subcommand } from "../context";
import { resolveType } from "../resources";
import { helpText } from "./create/generator";

/** The container kubectl picks when -c is not given (annotation, else the first), with its notice. */
export function defaultContainer(k: Kubectl, pod: KubeObject): string | undefined {
  const containers: { name: string }[] = pod.spec?.containers ?? [];
  const annotated = pod.metadata.annotations?.["kubectl.kubernetes.io/default-container"];
  if (annotated && containers.some((c) => c.name === annotated)) return annotated;
  const inits: { name: string }[] = pod.spec?.initContainers ?? [];
  const ephemeral: { name: string }[] = pod.spec?.ephemeralContainers ?? [];
  const names = [...containers.map((c) => c.name), ...ephemeral.map((c) => `${c.name} (ephem)`), ...inits.map((c) => `${c.name} (init)`)];
  if (containers.length && names.length > 1) k.err(`Defaulted container "${containers[0].name}" out of: ${names.join(", ")}\n`);
  return containers[0]?.name;
}

/** Resolves `POD` or `TYPE/NAME` to one pod (a controller's first pod, with kubectl's notice). */
export function podFor(k: Kubectl, arg: string): KubeObject {
  const ns = k.namespace;
  if (!arg.includes("/")) return k.client().get("pods", arg, ns);
  const [type, name] = arg.split("/");
  const info = resolveType(k, type);
  if (info.resource === "pods") return k.client().get("pods", name, ns);
  const owner = k.client().get(info.resource, name, ns);
  const sel = owner.spec?.selector?.matchLabels ?? owner.spec?.selector ?? {};
  const labelSelector = Object.entries(sel).map(([a, b]) => `${a}=${b}`).join(",");
  const pods = k.client().list("pods", ns, { labelSelector }).items.sort((a, b) => (a.metadata.name! < b.metadata.name! ? -1 : 1));
  if (!pods.length) throw new Error(`timed out waiting for the condition`);
  if (pods.length > 1) k.err(`Found ${pods.length} pods, using pod/${pods[0].metadata.name}\n`);
  return pods[0];
}

const seconds = (d: string | undefined): number | undefined => {
  if (!d) return undefined;
  const m = /^(\d+)(s|m|h)$/.exec(d);
  return m ? Number(m[1]) * { s: 1, m: 60, h: 3600 }[m[2] as "s" | "m" | "h"] : undefined;
};

/** `logs -l`: the pods the selector picks, with kubectl's wording when the server refuses the list. */
function listPods(k: Kubectl, selector: string): KubeObject[] {
  try {
    return k.client().list("pods", k.namespace, { labelSelector: selector }).items;
  } catch (e) {
    const info = k.client().resolve("pods");
    throw info ? enhanceListError(e, info, selector) : e;
  }
}

export const logs: Subcommand = {
  name: "logs",
  summary: "Print the logs for a container in a pod",
  flags: [
    { name: "container", short: "c", type: "string" },
    { name: "previous", short: "p", type: "bool" },
    { name: "follow", short: "f", type: "bool" },
    { name: "tail", type: "int", default: -1 },
    { name: "since", type: "string" },
    { name: "since-time", type: "string" },
    { name: "timestamps", type: "bool" },
    { name: "all-containers", type: "bool" },
    { name: "selector", short: "l", type: "string" },
    { name: "prefix", type: "bool" },
    { name: "max-log-requests", type: "int", default: 5 },
    { name: "limit-bytes", type: "int", default: 0 },
    { name: "pod-running-timeout", type: "string", default: "20s" },
    { name: "ignore-errors", type: "bool" },
    { name: "insecure-skip-tls-verify-backend", type: "bool" },
  ],
  help: helpText("Print a container's logs (the first container unless -c; -f prints what is there and stops).", "kubectl logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER] [options]", ["kubectl logs web", "kubectl logs deploy/web -c sidecar --tail=20", "kubectl logs -l app=web --all-containers"], [["-c, --container=''", "Container name."], ["-p, --previous=false", "The previous (crashed) instance."], ["--tail=-1", "Only the last N lines."], ["-l, --selector=''", "Pods by label."], ["--all-containers=false", "Every container of the pod."]]),
  run(k) {
    const sel = k.str("selector");
    if (!k.args.length && !sel) return k.usageError("expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command");
    k.discoveryRetries = 4;
    try {
      const pods = sel ? listPods(k, sel) : [podFor(k, k.args[0])];
      if (sel && !pods.length) return (k.err(`No resources found in ${k.namespace} namespace.\n`), 0);
      for (const pod of pods) {
        const names: string[] = k.bool("all-containers") ? [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? []), ...(pod.spec?.ephemeralContainers ?? [])].map((c: { name: string }) => c.name) : [k.str("container") ?? (sel ? pod.spec?.containers?.[0]?.name : defaultContainer(k, pod))];
        for (const c of names) {
          const text = k.client().logs(pod.metadata.name!, pod.metadata.namespace!, { container: c, previous: k.bool("previous"), tailLines: (k.int("tail") ?? -1) >= 0 ? k.int("tail") : sel ? 10 : undefined, sinceSeconds: seconds(k.str("since")), timestamps: k.bool("timestamps") });
          const prefix = k.bool("prefix") ? `[pod/${pod.metadata.name}/${c}] ` : "";
          k.out(prefix ? text.split("\n").map((l, i, all) => (i === all.length - 1 && l === "" ? "" : prefix + l)).join("\n") : text);
        }
      }
      return 0;
    } catch (e) {
      if (isStatusError(e, "NotFound") && !k.args[0]?.includes("/")) {
        k.err(`error: error from server (NotFound): ${e.message} in namespace "${k.namespace}"\n`);
        return 1;
      }
      return reportError(k, e);
    }
  },
};
