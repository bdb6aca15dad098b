import { parseManifest } from "../../engine/nodes/manifest-cache";
import type { KubeObject } from "../../engine/api/types";
import type { CommandContext } from "../types";

/**
 * What containerd runs on the current node, as crictl, ps and ss see it: the pods the API server
 * has bound to this node (with the kubelet's container statuses), plus static pods whose manifests
 * sit in /etc/kubernetes/manifests (when the API server cannot be asked, from the manifests alone).
 */

export interface RtPod {
  id: string;
  name: string;
  namespace: string;
  uid: string;
  ready: boolean;
  createdMs: number;
  attempt: number;
  hostNetwork: boolean;
  ip: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

export interface RtContainer {
  id: string;
  name: string;
  image: string;
  imageId: string;
  state: "Running" | "Exited" | "Created";
  attempt: number;
  createdMs: number;
  startedMs: number;
  finishedMs?: number;
  exitCode?: number;
  pod: RtPod;
  /** argv of the container's main process. */
  argv: string[];
  pid: number;
}

/** Deterministic hex ids (containerd ids are 64 hex chars). */
export function hexId(seed: string, len = 64): string {
  let out = "";
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let round = 0; out.length < len; round++) {
    for (const ch of `${seed}#${round}`) {
      h1 = Math.imul(h1 ^ ch.charCodeAt(0), 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ ch.charCodeAt(0), 0x5bd1e995) >>> 0;
    }
    out += h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0");
  }
  return out.slice(0, len);
}

/** A stable process id for a key, in the range Linux hands out after boot. */
export function pidFor(key: string): number {
  return 1000 + (parseInt(hexId(`pid:${key}`, 8), 16) % 60000);
}

/** The default process of images without a command in the pod spec. */
const ENTRYPOINTS: Record<string, string[]> = {
  nginx: ["nginx: master process nginx -g daemon off;"],
  httpd: ["httpd", "-DFOREGROUND"],
  redis: ["redis-server", "*:6379"],
  memcached: ["memcached"],
  mysql: ["mysqld"],
  postgres: ["postgres"],
  busybox: ["sh"],
  alpine: ["/bin/sh"],
  python: ["python3"],
  node: ["node"],
  "registry.k8s.io/pause": ["/pause"],
  "registry.k8s.io/coredns/coredns": ["/coredns", "-conf", "/etc/coredns/Corefile"],
  "registry.k8s.io/kube-proxy": ["/usr/local/bin/kube-proxy", "--config=/var/lib/kube-proxy/config.conf", "--hostname-override=$(NODE_NAME)"],
  "docker.io/calico/node": ["calico-node", "-felix"],
};

function repoOf(image: string): string {
  const noDigest = image.split("@")[0];
  const slash = noDigest.lastIndexOf("/");
  const colon = noDigest.lastIndexOf(":");
  return (colon > slash ? noDigest.slice(0, colon) : noDigest).replace(/^(docker\.io\/)?library\//, "");
}

export function defaultArgv(image: string): string[] {
  return ENTRYPOINTS[repoOf(image)] ?? [repoOf(image).split("/").pop() ?? image];
}

const ms = (iso: unknown, fallback: number) => (typeof iso === "string" && !Number.isNaN(Date.parse(iso)) ? Date.parse(iso) : fallback);

/** The API server the node's kubelet talks to, from /etc/kubernetes/kubelet.conf. */
function kubeletServer(ctx: CommandContext): string | undefined {
  try {
    return /server:\s*(\S+)/.exec(ctx.host.fs.readFile("/etc/kubernetes/kubelet.conf"))?.[1];
  } catch {
    return undefined;
  }
}

function nodeClient(ctx: CommandContext) {
  const server = kubeletServer(ctx);
  if (!server) return undefined;
  try {
    return ctx.environment.dial(server, { name: `system:node:${ctx.host.name}`, groups: ["system:nodes", "system:masters", "system:authenticated"] });
  } catch {
    return undefined;
  }
}

function apiPods(ctx: CommandContext): KubeObject[] | undefined {
  try {
    return nodeClient(ctx)?.list("pods", undefined, { fieldSelector: `spec.nodeName=${ctx.host.name}` }).items;
  } catch {
    return undefined;
  }
}

/** A container's log as the kubelet keeps it (empty when nothing can be read). */
export function containerLog(ctx: CommandContext, c: RtContainer, tailLines?: number): string {
  try {
    return nodeClient(ctx)?.logs(c.pod.name, c.pod.namespace, { container: c.name, tailLines }) ?? "";
  } catch {
    return "";
  }
}

/** A container id from the API, unless it is a placeholder (all one character). */
const realId = (id: string) => (/^[0-9a-f]{64}$/.test(id) && !/^(.)\1+$/.test(id) ? id : undefined);

export interface NodeRuntime {
  pods: RtPod[];
  containers: RtContainer[];
  /** Whether the API server answered (false: only static pods are known). */
  apiUp: boolean;
}

type Manifest = { doc: KubeObject; path: string; text: string };

/** The static pod manifests the kubelet would run, by pod name (`<name>-<node>`). */
function manifests(ctx: CommandContext): Map<string, Manifest> {
  const out = new Map<string, Manifest>();
  let names: string[] = [];
  try {
    names = ctx.host.fs.readdir("/etc/kubernetes/manifests").filter((n) => /\.(ya?ml|json)$/.test(n));
  } catch {
    return out;
  }
  for (const file of names) {
    const path = `/etc/kubernetes/manifests/${file}`;
    try {
      const text = ctx.host.fs.readFile(path);
      const doc = parseManifest(text) as KubeObject;
      if (doc && doc.kind === "Pod" && doc.metadata?.name) out.set(`${doc.metadata.name}-${ctx.host.name}`, { doc, path, text });
    } catch {
      continue;
    }
  }
  return out;
}

function staticPods(ctx: CommandContext, all: Map<string, Manifest>, known: Set<string>, apiUp: boolean): { pods: RtPod[]; containers: RtContainer[] } {
  const pods: RtPod[] = [];
  const containers: RtContainer[] = [];
  for (const [name, { doc, path }] of all) {
    const namespace = doc.metadata.namespace ?? "default";
    if (known.has(`${namespace}/${name}`)) continue;
    const mtime = ctx.host.fs.stat(path).mtimeMs;
    const uid = hexId(`static:${ctx.host.name}:${ctx.host.fs.readFile(path)}`, 32);
    const pod: RtPod = { id: hexId(`sandbox:${uid}`), name, namespace, uid, ready: true, createdMs: mtime, attempt: 0, hostNetwork: !!doc.spec?.hostNetwork, ip: ctx.host.ip, labels: doc.metadata.labels ?? {}, annotations: doc.metadata.annotations ?? {} };
    pods.push(pod);
    for (const c of (doc.spec?.containers ?? []) as { name: string; image: string; command?: string[]; args?: string[] }[]) {
      // Without a reachable API server, the apiserver container is the one crash-looping.
      const crashing = !apiUp && doc.metadata.name === "kube-apiserver";
      containers.push({
        id: hexId(`ctr:${uid}:${c.name}`),
        name: c.name,
        image: c.image,
        imageId: hexId(`image:${c.image}`),
        state: crashing ? "Exited" : "Running",
        attempt: 0,
        createdMs: mtime,
        startedMs: mtime,
        finishedMs: crashing ? mtime : undefined,
        exitCode: crashing ? 1 : undefined,
        pod,
        argv: [...(c.command ?? defaultArgv(c.image)), ...(c.args ?? [])],
        pid: pidFor(`${uid}:${c.name}`),
      });
    }
  }
  return { pods, containers };
}

export function nodeRuntime(ctx: CommandContext): NodeRuntime {
  const now = ctx.environment.clock.now();
  const list = apiPods(ctx);
  const statics = manifests(ctx);
  const pods: RtPod[] = [];
  const containers: RtContainer[] = [];
  for (const p of list ?? []) {
    // A mirror pod runs only while its manifest is there and parses; its command is the manifest's.
    const isMirror = p.metadata.labels?.tier === "control-plane" || !!p.metadata.annotations?.["kubernetes.io/config.mirror"];
    const manifest = statics.get(p.metadata.name ?? "");
    if (isMirror && !manifest) continue;
    const specContainers = (manifest?.doc.spec?.containers ?? p.spec?.containers ?? []) as { name: string; image: string; command?: string[]; args?: string[] }[];
    const uid = p.metadata.uid ?? hexId(`${p.metadata.namespace}/${p.metadata.name}`, 32);
    const created = ms(p.metadata.creationTimestamp, now);
    const phase = p.status?.phase;
    if (phase === "Succeeded" || phase === "Failed") continue;
    const statuses = (p.status?.containerStatuses ?? []) as Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    if (statuses.length === 0 && phase === "Pending") continue;
    const pod: RtPod = {
      id: hexId(`sandbox:${uid}`),
      name: p.metadata.name!,
      namespace: p.metadata.namespace ?? "default",
      uid,
      ready: phase === "Running" || phase === "Pending",
      createdMs: created,
      attempt: 0,
      hostNetwork: !!p.spec?.hostNetwork,
      ip: p.status?.podIP ?? "",
      labels: p.metadata.labels ?? {},
      annotations: p.metadata.annotations ?? {},
    };
    pods.push(pod);
    for (const c of specContainers) {
      const st = statuses.find((s) => s.name === c.name);
      if (!st) continue;
      const restarts = Number(st.restartCount ?? 0);
      const running = st.state?.running;
      const term = st.state?.terminated ?? st.lastState?.terminated;
      if (!running && !term) continue;
      const started = ms(running?.startedAt ?? term?.startedAt, created);
      containers.push({
        id: realId(String(st.containerID ?? "").replace(/^\w+:\/\//, "")) ?? hexId(`ctr:${uid}:${c.name}:${restarts}`),
        name: c.name,
        image: c.image,
        imageId: hexId(`image:${c.image}`),
        state: running ? "Running" : "Exited",
        attempt: running ? restarts : Math.max(0, restarts - (st.state?.terminated ? 0 : 1)),
        createdMs: started,
        startedMs: started,
        finishedMs: running ? undefined : ms(term?.finishedAt, now),
        exitCode: running ? undefined : Number(term?.exitCode ?? 0),
        pod,
        argv: [...(c.command ?? defaultArgv(c.image)), ...(c.args ?? [])].map((a) => a.replace(/\$\(NODE_NAME\)/g, ctx.host.name)),
        pid: pidFor(`${uid}:${c.name}:${restarts}`),
      });
    }
  }
  const known = new Set(pods.map((p) => `${p.namespace}/${p.name}`));
  const st = staticPods(ctx, statics, known, list !== undefined);
  return { pods: [...pods, ...st.pods], containers: [...containers, ...st.containers], apiUp: list !== undefined };
}

/** `kubectl`-style age for crictl's CREATED column: "5 minutes ago", "About an hour ago". */
export function humanAgo(fromMs: number, nowMs: number): string {
  const s = Math.max(0, Math.floor((nowMs - fromMs) / 1000));
  if (s < 1) return "Less than a second ago";
  if (s < 60) return `${s} seconds ago`;
  const m = Math.floor(s / 60);
  if (m === 1) return "About a minute ago";
  if (m < 60) return `${m} minutes ago`;
  const h = Math.floor(m / 60);
  if (h === 1) return "About an hour ago";
  if (h < 48) return `${h} hours ago`;
  const d = Math.floor(h / 24);
  if (d < 14) return `${d} days ago`;
  const w = Math.floor(d / 7);
  if (d < 60) return `${w} weeks ago`;
  return `${Math.floor(d / 30)} months ago`;
}
