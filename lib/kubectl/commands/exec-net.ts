import type { KubeObject } from "../../engine/api/types";
import { parseImage } from "../../engine/kubelet/images";
import { sourceOfPod } from "../../engine/network/connect";
import { podResolvConf } from "../../engine/network/resolv";
import type { NetView } from "../../engine/network/view";
import { netClient } from "../../engine/network/clients";
import type { NetClient, NetIo } from "../../engine/network/clients/net-io";
import type { Kubectl } from "../context";

/**
 * Network tools run inside a container by `kubectl exec` (the image's clients:
 * lib/engine/network/clients/index.ts). They see the pod's network: its IP, its NetworkPolicy, its
 * /etc/resolv.conf. Anything else goes to the container runtime (client.exec), which answers a
 * binary the image lacks (dig in busybox, ping in Debian's nginx) with the OCI "not found" error.
 */

/** `sh -c 'wget -qO- web'` → ["wget", "-qO-", "web"] when the script is one plain command. */
function unwrap(argv: string[]): string[] {
  if (!/^(\/bin\/)?(ba)?sh$/.test(argv[0] ?? "") || argv[1] !== "-c" || argv.length !== 3) return argv;
  const script = argv[2].trim();
  if (/[|;&<>`$]/.test(script)) return [];
  const words: string[] = [];
  for (const m of script.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)) words.push(m[1] ?? m[2] ?? m[3]);
  return words;
}

interface WithNetView {
  netView?(cluster?: string): NetView;
  clusterNames(): string[];
}

/** The network tool argv runs and its runner, when the container's image has it (ephemeral debug containers too). */
function toolOf(pod: KubeObject, container: string | undefined, argv: string[]): { tool: string; run: NetClient } | undefined {
  const tool = (unwrap(argv)[0] ?? "").split("/").pop() ?? "";
  const all = [...(pod.spec?.containers ?? []), ...(pod.spec?.ephemeralContainers ?? [])] as { name: string; image: string }[];
  const spec = all.find((c) => c.name === (container ?? pod.spec?.containers?.[0]?.name));
  const run = spec ? netClient(parseImage(spec.image).repo, tool) : undefined;
  return run ? { tool, run } : undefined;
}

/** The network tool argv runs, when the container's image has it. */
export function netTool(pod: KubeObject, container: string | undefined, argv: string[]): string | undefined {
  return toolOf(pod, container, argv)?.tool;
}

/**
 * Runs a network tool in the pod and returns its exit code, or undefined when it is not one. `started`:
 * the tool is the container's own process (`kubectl run -- wget …`), so the pod needs only its IP.
 */
export function execNetTool(k: Kubectl, pod: KubeObject, container: string | undefined, argv: string[], opts: { started?: boolean } = {}): number | undefined {
  const words = unwrap(argv);
  const found = toolOf(pod, container, argv);
  if (!found) return undefined;
  const { tool, run } = found;
  if (!k.client().canI("create", "pods", pod.metadata.namespace, pod.metadata.name, "exec")) return undefined;
  const env = k.ctx.environment as unknown as WithNetView;
  const cluster = env.clusterNames().find((c) => env.netView?.(c).nodes.some((n) => n.name === pod.spec?.nodeName));
  const view = cluster !== undefined ? env.netView?.(cluster) : undefined;
  const live = view?.get("pods", pod.metadata.name!, pod.metadata.namespace);
  if (!view || !live || (opts.started ? !live.status?.podIP : live.status?.phase !== "Running")) return undefined;
  const io: NetIo = {
    out: (t) => k.out(t),
    err: (t) => k.err(t),
    view,
    src: sourceOfPod(view, live),
    resolv: podResolvConf(live),
    now: () => k.ctx.environment.clock.now(),
    wait: (ms) => k.ctx.environment.advance(ms),
    tty: k.bool("tty"),
  };
  return run([tool, ...words.slice(1)], io);
}
