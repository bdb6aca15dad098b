import type { KubeObject } from "../../engine/api/types";
import { parseImage } from "../../engine/kubelet/images";
import { sourceOfPod } from "../../engine/network/connect";
import { podResolvConf } from "../../engine/network/resolv";
import type { NetView } from "../../engine/network/view";
import { curlRun } from "../../shell/commands/curl";
import type { NetIo } from "../../shell/commands/net-io";
import { ncRun } from "../../shell/commands/nc";
import { nslookupRun } from "../../shell/commands/nslookup";
import { wgetRun } from "../../shell/commands/wget";
import type { Kubectl } from "../context";

/**
 * Network tools run inside a container by `kubectl exec`: busybox's wget/nslookup/nc in busybox and
 * alpine images, curl where the image ships it. They see the pod's network: its IP, its NetworkPolicy,
 * its /etc/resolv.conf. Anything else goes to the container runtime (client.exec).
 */
const BUSYBOX = ["wget", "nslookup", "nc"];
const TOOLS_BY_IMAGE: Record<string, string[]> = {
  busybox: BUSYBOX,
  alpine: BUSYBOX,
  "curlimages/curl": [...BUSYBOX, "curl"],
  nginx: ["curl"],
  "nicolaka/netshoot": [...BUSYBOX, "curl"],
};

type Runner = (argv: string[], io: NetIo) => number;
const RUNNERS: Record<string, Runner> = {
  wget: (a, io) => wgetRun(a, io),
  curl: (a, io) => curlRun(a, io),
  nc: ncRun,
  nslookup: (a, io) => nslookupRun(a, io, "busybox"),
};

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

/** Runs a network tool in the pod and returns its exit code, or undefined when it is not one. */
export function execNetTool(k: Kubectl, pod: KubeObject, container: string | undefined, argv: string[]): number | undefined {
  const words = unwrap(argv);
  const tool = (words[0] ?? "").split("/").pop() ?? "";
  if (!RUNNERS[tool]) return undefined;
  const spec = ((pod.spec?.containers ?? []) as { name: string; image: string }[]).find((c) => c.name === (container ?? pod.spec?.containers?.[0]?.name));
  if (!spec || !(TOOLS_BY_IMAGE[parseImage(spec.image).repo] ?? []).includes(tool)) return undefined;
  if (!k.client().canI("create", "pods", pod.metadata.namespace, pod.metadata.name, "exec")) return undefined;
  const env = k.ctx.environment as unknown as WithNetView;
  const cluster = env.clusterNames().find((c) => env.netView?.(c).nodes.some((n) => n.name === pod.spec?.nodeName));
  const view = cluster !== undefined ? env.netView?.(cluster) : undefined;
  const live = view?.get("pods", pod.metadata.name!, pod.metadata.namespace);
  if (!view || !live || live.status?.phase !== "Running") return undefined;
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
  return RUNNERS[tool]([tool, ...words.slice(1)], io);
}
