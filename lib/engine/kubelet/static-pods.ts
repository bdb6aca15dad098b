import type { KubeObject } from "../api/types";
import { rfc3339 } from "../clock";
import type { SimCluster, SimEnvironment } from "../cluster";
import type { NodeSpec } from "../topology";
import { parseManifest } from "../nodes/manifest-cache";

const STATIC_POD_PATH = /^staticPodPath:\s*(\S+)\s*$/m;

/** 32 hex digits of the manifest, standing in for the kubelet's config hash. */
function configHash(text: string): string {
  let out = "";
  for (let seed = 0; out.length < 32; seed++) {
    let h = 0x811c9dc5 ^ seed;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, "0");
  }
  return out.slice(0, 32);
}

interface StaticSource {
  name: string;
  namespace: string;
  hash: string;
  manifest: KubeObject;
}

/** The pods the node's manifest directory describes (files that do not parse as a v1 Pod are skipped, as the kubelet logs and skips them). */
export function readManifests(env: SimEnvironment, node: NodeSpec): StaticSource[] {
  const fs = env.hosts.get(node.name)?.fs;
  if (!fs) return [];
  let dir: string | undefined;
  try {
    dir = STATIC_POD_PATH.exec(fs.readFile("/var/lib/kubelet/config.yaml"))?.[1];
  } catch {
    return [];
  }
  if (!dir || !fs.exists(dir)) return [];
  const out: StaticSource[] = [];
  for (const file of fs.readdir(dir)) {
    if (file.startsWith(".")) continue;
    let text: string;
    try {
      text = fs.readFile(`${dir}/${file}`);
    } catch {
      continue;
    }
    const doc = parseManifest(text) as KubeObject | undefined;
    if (!doc || typeof doc !== "object" || doc.kind !== "Pod" || doc.apiVersion !== "v1" || !doc.metadata?.name || !Array.isArray(doc.spec?.containers) || !doc.spec.containers.length) continue;
    out.push({ name: `${doc.metadata.name}-${node.name}`, namespace: doc.metadata.namespace ?? "default", hash: configHash(text), manifest: doc });
  }
  return out;
}

const HASH = "kubernetes.io/config.hash";

/** Whether a pod found on first sight (a bootstrap one, which records no command) runs what the manifest says. */
const sameContainers = (pod: KubeObject, manifest: KubeObject) => {
  type C = { name: string; image: string; command?: string[]; args?: string[] };
  const mine: C[] = pod.spec?.containers ?? [];
  const want: C[] = manifest.spec?.containers ?? [];
  return mine.length === want.length && mine.every((c, i) => c.name === want[i].name && c.image === want[i].image && (!c.command || JSON.stringify([c.command, c.args]) === JSON.stringify([want[i].command, want[i].args])));
};
/** The annotations of the mirror pod the kubelet posts for the static pod manifest `text`. */
export function mirrorAnnotations(text: string, nowMs: number): Record<string, string> {
  const doc = parseManifest(text) as KubeObject | undefined;
  const hash = configHash(text);
  return { ...(doc?.metadata?.annotations ?? {}), [HASH]: hash, "kubernetes.io/config.mirror": hash, "kubernetes.io/config.seen": rfc3339(nowMs).replace("Z", ".000000000Z"), "kubernetes.io/config.source": "file" };
}

/** The mirror pod the kubelet posts for a static pod: named `<name>-<node>`, owned by the Node. */
function mirrorPod(src: StaticSource, node: KubeObject, nowMs: number): KubeObject {
  const m = JSON.parse(JSON.stringify(src.manifest)) as KubeObject;
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name: src.name,
      namespace: src.namespace,
      labels: m.metadata.labels,
      annotations: { ...(m.metadata.annotations ?? {}), [HASH]: src.hash, "kubernetes.io/config.mirror": src.hash, "kubernetes.io/config.seen": rfc3339(nowMs).replace("Z", ".000000000Z"), "kubernetes.io/config.source": "file" },
      ownerReferences: [{ apiVersion: "v1", kind: "Node", name: node.metadata.name!, uid: node.metadata.uid!, controller: true }],
    },
    spec: { ...m.spec, nodeName: node.metadata.name, tolerations: [...(m.spec.tolerations ?? []), { operator: "Exists", effect: "NoExecute" }] },
  };
}

interface StaticState {
  /** Per node: mirror pod `namespace/name` → the config hash it runs (bootstrap pods are adopted on first sight). */
  [node: string]: Record<string, string>;
}

function staticState(env: SimEnvironment, cluster: SimCluster): StaticState {
  const all = (env.controllerState["static-pods"] ??= {}) as Record<string, StaticState>;
  return (all[cluster.spec.name] ??= {});
}

/** Whether the manifests differ from what the node's mirror pods were made from. */
export function staticPodsChanged(env: SimEnvironment, cluster: SimCluster, node: NodeSpec, sources: StaticSource[]): boolean {
  const known = staticState(env, cluster)[node.name];
  if (!known) return true;
  const keys = Object.keys(known);
  return keys.length !== sources.length || sources.some((s) => known[`${s.namespace}/${s.name}`] !== s.hash);
}

/**
 * The kubelet's file source: keeps one mirror pod per manifest in the node's staticPodPath.
 * A new or changed file (re)creates its mirror pod; a removed or unparsable one deletes it; a
 * deleted mirror pod is posted again. Models pkg/kubelet/config/file.go and the mirror client.
 */
export function syncStaticPods(env: SimEnvironment, cluster: SimCluster, node: NodeSpec, sources: StaticSource[], pods: KubeObject[]): boolean {
  const state = staticState(env, cluster);
  const first = !state[node.name];
  const known = (state[node.name] ??= {});
  let wrote = false;
  const onNode = pods.filter((p) => p.spec?.nodeName === node.name);
  const byKey = new Map(onNode.map((p) => [`${p.metadata.namespace}/${p.metadata.name}`, p]));
  const mirrors = new Map([...byKey].filter(([key, p]) => key in known || p.metadata.annotations?.["kubernetes.io/config.mirror"] || p.metadata.ownerReferences?.some((o) => o.kind === "Node" && o.name === node.name)));
  let nodeObj: KubeObject | undefined;
  const now = env.clock.now();
  for (const src of sources) {
    const key = `${src.namespace}/${src.name}`;
    const pod = byKey.get(key);
    mirrors.delete(key);
    if (pod && (first || !pod.metadata.annotations?.["kubernetes.io/config.mirror"]) && known[key] === undefined && sameContainers(pod, src.manifest)) {
      known[key] = src.hash;
      // A bootstrap pod becomes a proper mirror pod: the annotations and Node owner the kubelet posts with it.
      if (!pod.metadata.annotations?.["kubernetes.io/config.mirror"]) {
        try {
          nodeObj ??= cluster.api.get("nodes", node.name);
          const meta = mirrorPod(src, nodeObj, now).metadata;
          cluster.api.update({ ...pod, metadata: { ...pod.metadata, annotations: { ...meta.annotations, ...(pod.metadata.annotations ?? {}) }, ownerReferences: meta.ownerReferences } });
          wrote = true;
        } catch {
          // changed meanwhile: the next sync sees it again
        }
      }
      continue;
    }
    const current = pod?.metadata.annotations?.[HASH] ?? known[key];
    if (pod && current === src.hash && !pod.metadata.deletionTimestamp) continue;
    wrote = true;
    if (pod) {
      try {
        cluster.api.delete("pods", pod.metadata.name!, pod.metadata.namespace, { gracePeriodSeconds: 0 });
      } catch {
        // gone already
      }
    }
    try {
      nodeObj ??= cluster.api.get("nodes", node.name);
      const fresh = mirrorPod(src, nodeObj, now);
      // A mirror pod deleted through the API is posted again for the same running static pod.
      if (pod && current === src.hash) fresh.status = pod.status;
      const created = cluster.api.create(fresh);
      if (fresh.status) cluster.api.update({ ...created, metadata: { ...created.metadata, resourceVersion: undefined }, status: fresh.status }, {}, "status");
      known[key] = src.hash;
    } catch {
      // the namespace does not exist (yet): the kubelet retries on its next sync
    }
  }
  // Manifests that went away (or no longer parse): their mirror pods go too.
  for (const key of Object.keys(known)) if (!sources.some((src) => `${src.namespace}/${src.name}` === key)) delete known[key];
  for (const pod of mirrors.values()) {
    wrote = true;
    try {
      cluster.api.delete("pods", pod.metadata.name!, pod.metadata.namespace, { gracePeriodSeconds: 0 });
    } catch {
      // gone already
    }
  }
  return wrote;
}
