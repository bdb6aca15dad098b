import type { KubeObject } from "../api/types";
import type { SimCluster, SimEnvironment } from "../cluster";
import type { Controller } from "../controllers/controller";
import { recordEvent } from "../events";
import type { ObjectReader } from "./container-env";
import { parseImage } from "./images";
import { pruneLayers } from "./container-layer";
import { syncPod, type PodMem } from "./pod-worker";
import { readManifests, staticPodsChanged, syncStaticPods } from "./static-pods";
import { pruneJournal, type NetJournal } from "./container-net";

interface KubeletState {
  /** Pod memory by uid. */
  pods: Record<string, PodMem>;
  /** Images present on each node (`repo:tag`). */
  images: Record<string, string[]>;
  /** What containers' network clients got, by pod uid (container-net.ts). */
  net: Record<string, NetJournal>;
}

/** The kubelets' memory for one cluster (pods of other clusters are not theirs to forget). */
export function kubeletState(env: SimEnvironment, cluster: SimCluster): KubeletState {
  const all = (env.controllerState["kubelet"] ??= {}) as Record<string, Partial<KubeletState>>;
  const s = (all[cluster.spec.name] ??= {});
  s.pods ??= {};
  s.images ??= {};
  s.net ??= {};
  return s as KubeletState;
}

function podIpFor(env: { controllerState: Record<string, unknown> }, nodeIndex: number): string {
  const counters = (env.controllerState["ipam"] ??= {}) as Record<string, number>;
  const next = (counters[nodeIndex] ?? 1) + 1;
  counters[nodeIndex] = next;
  return `192.168.${nodeIndex}.${next}`;
}

/** The kubelet's view of ConfigMaps and Secrets (for env) and, given the environment, the pods' network. */
export function apiReader(cluster: SimCluster, env?: SimEnvironment): ObjectReader {
  return {
    ...(env ? { network: { view: () => env.netView(cluster.spec.name), journals: kubeletState(env, cluster).net } } : {}),
    get(resource, name, namespace) {
      try {
        return cluster.api.get(resource, name, namespace);
      } catch {
        return undefined;
      }
    },
  };
}

const imageKey = (image: string) => {
  const { repo, tag } = parseImage(image);
  return `${repo}:${tag}`;
};

/** What the last sync saw: nothing to do until the store changes, a kubelet starts or stops, or a timer is due. */
const quiet = new WeakMap<SimCluster, { key: string; wake: number }>();

/** Something outside the API changed a pod's containers (an attached shell exited): the next sync looks at every pod again. */
export function wakeKubelet(cluster: SimCluster): void {
  quiet.delete(cluster);
}

/**
 * The kubelet of every node whose kubelet unit is running: runs each bound pod's worker
 * (pod-worker.ts) when something may have changed — the pod was written, or a timer it asked for
 * (a container exit, a back-off, a probe) is due — writes the status and records the events.
 */
export const kubelet: Controller = {
  name: "kubelet",
  sync(env, cluster) {
    const now = env.clock.now();
    const state = kubeletState(env, cluster);
    const key = `${cluster.store.revision}/${cluster.spec.nodes.map((n) => (env.hosts.get(n.name)?.systemd.isActive("kubelet") ? 1 : 0)).join("")}`;
    const last = quiet.get(cluster);
    const active = cluster.spec.nodes.filter((n) => env.hosts.get(n.name)?.systemd.isActive("kubelet"));
    const manifests = active.map((n) => readManifests(env, n));
    const staticDirty = active.some((n, i) => staticPodsChanged(env, cluster, n, manifests[i]));
    if (!staticDirty && last && last.key === key && now < last.wake) return;
    let minWake = Infinity;
    let pods = cluster.api.list("pods", undefined).items;
    // The file source first: mirror pods for the manifests in each node's staticPodPath.
    if (active.map((n, i) => syncStaticPods(env, cluster, n, manifests[i], pods)).some(Boolean)) pods = cluster.api.list("pods", undefined).items;
    const byNode = new Map<string, KubeObject[]>();
    for (const p of pods) if (p.spec?.nodeName) (byNode.get(p.spec.nodeName) ?? byNode.set(p.spec.nodeName, []).get(p.spec.nodeName)!).push(p);
    const reader = apiReader(cluster, env);
    cluster.spec.nodes.forEach((spec, nodeIndex) => {
      if (!env.hosts.get(spec.name)?.systemd.isActive("kubelet")) return;
      const images = (state.images[spec.name] ??= []);
      for (const pod of byNode.get(spec.name) ?? []) {
        const uid = pod.metadata.uid!;
        let mem = state.pods[uid];
        if (!mem) {
          // A pod already running when this kubelet first sees it (bootstrap, restore) keeps its sandbox.
          mem = state.pods[uid] = { seen: pod.status?.podIP ? now - 2000 : now, c: {} };
        }
        if (mem.rv === pod.metadata.resourceVersion && (mem.wake ?? 0) > now) {
          minWake = Math.min(minWake, mem.wake!);
          continue;
        }
        const result = syncPod(pod, mem, {
          now,
          nodeIp: spec.ip,
          reader,
          podIp: () => podIpFor(env, nodeIndex),
          newContainerId: () => env.rand.string(64, "0123456789abcdef"),
          imagePresent: (image) => images.includes(imageKey(image)),
          markPulled: (image) => void (images.includes(imageKey(image)) || images.push(imageKey(image))),
        });
        let current = pod;
        for (const e of result.events) recordEvent(cluster, env, current, e.type, e.reason, e.message, "kubelet", spec.name, e.at);
        if (result.remove) {
          try {
            cluster.api.delete("pods", pod.metadata.name!, pod.metadata.namespace, { gracePeriodSeconds: 0 });
          } catch {
            // already gone
          }
          delete state.pods[uid];
          continue;
        }
        if (JSON.stringify(result.status) !== JSON.stringify(pod.status)) {
          current = cluster.api.update({ ...pod, metadata: { ...pod.metadata, resourceVersion: undefined }, status: result.status }, {}, "status");
        }
        if (state.net[uid]) pruneJournal(state.net[uid], current);
        mem.rv = current.metadata.resourceVersion;
        mem.wake = Number.isFinite(result.wake) ? result.wake : 8.64e15;
        minWake = Math.min(minWake, mem.wake);
      }
    });
    // Forget pods that no longer exist.
    if (Object.keys(state.pods).length > pods.length) {
      const live = new Set(pods.map((p) => p.metadata.uid));
      for (const uid of Object.keys(state.pods)) if (!live.has(uid)) delete state.pods[uid];
      for (const uid of Object.keys(state.net)) if (!live.has(uid)) delete state.net[uid];
    }
    // A restarted container, or a deleted pod's, starts again from its image: drop its layer.
    pruneLayers(env, cluster.spec.name, () => cluster.api.list("pods", undefined).items);
    quiet.set(cluster, { key: `${cluster.store.revision}/${key.split("/")[1]}`, wake: minWake });
  },
};
