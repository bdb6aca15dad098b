import type { KubeObject } from "../api/types";
import { rfc3339 } from "../clock";
import type { Controller } from "../controllers/controller";
import { recordEvent } from "../events";
import { lookupImage } from "./images";

/** How long pulling an image and starting a container take in simulated time. */
const START_DELAY_MS = 2000;
/** Image pull back-off: 10 s doubling to 300 s, as the kubelet's image back-off. */
const BACKOFF_MS = 10_000;

type Status = Record<string, unknown> & { containerStatuses?: Record<string, unknown>[] };

function podIpFor(env: { controllerState: Record<string, unknown> }, nodeIndex: number): string {
  const counters = (env.controllerState["ipam"] ??= {}) as Record<string, number>;
  const next = (counters[nodeIndex] ?? 1) + 1;
  counters[nodeIndex] = next;
  return `192.168.${nodeIndex}.${next}`;
}

/**
 * The kubelet of every node whose kubelet unit is running: takes bound pods through
 * Pending → ContainerCreating → Running, or to ErrImagePull/ImagePullBackOff for images that cannot
 * be pulled. Models the stages kwok describes (pod-ready, pod-container-running).
 */
export const kubelet: Controller = {
  name: "kubelet",
  sync(env, cluster) {
    const now = env.clock.now();
    const nowIso = rfc3339(now);
    const started = (env.controllerState["kubelet"] ??= {}) as Record<string, number>;
    cluster.spec.nodes.forEach((spec, nodeIndex) => {
      if (!env.hosts.get(spec.name)?.systemd.isActive("kubelet")) return;
      for (const pod of cluster.api.list("pods", undefined, { fieldSelector: `spec.nodeName=${spec.name}` }).items) {
        if (pod.status?.phase !== "Pending") continue;
        const key = pod.metadata.uid!;
        started[key] ??= now;
        const elapsed = now - started[key];
        const containers: { name: string; image: string }[] = pod.spec.containers ?? [];
        const status: Status = { ...pod.status };
        status.hostIP = spec.ip;
        status.hostIPs = [{ ip: spec.ip }];
        status.startTime ??= nowIso;
        if (elapsed < START_DELAY_MS) {
          if (!status.containerStatuses) {
            status.containerStatuses = containers.map((c) => ({ name: c.name, image: c.image, imageID: "", ready: false, restartCount: 0, started: false, state: { waiting: { reason: "ContainerCreating" } }, lastState: {} }));
            writeStatus(cluster, pod, status);
            recordEvent(cluster, env, pod, "Normal", "Pulling", `Pulling image "${containers[0]?.image}"`, "kubelet", spec.name);
          }
          continue;
        }
        const bad = containers.find((c) => !lookupImage(c.image));
        if (bad) {
          const inBackoff = elapsed >= START_DELAY_MS + BACKOFF_MS;
          const reason = inBackoff ? "ImagePullBackOff" : "ErrImagePull";
          const message = inBackoff ? `Back-off pulling image "${bad.image}"` : `rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/${bad.image}": failed to resolve reference "docker.io/library/${bad.image}": not found`;
          const current = (status.containerStatuses ?? []).find((c) => c.name === bad.name) as { state?: { waiting?: { reason?: string } } } | undefined;
          if (current?.state?.waiting?.reason === reason) continue;
          status.containerStatuses = containers.map((c) => ({ name: c.name, image: c.image, imageID: "", ready: false, restartCount: 0, started: false, state: { waiting: c === bad ? { reason, message } : { reason: "PodInitializing" } }, lastState: {} }));
          writeStatus(cluster, pod, status);
          recordEvent(cluster, env, pod, "Warning", inBackoff ? "BackOff" : "Failed", inBackoff ? `Back-off pulling image "${bad.image}"` : `Failed to pull image "${bad.image}": ${message}`, "kubelet", spec.name);
          continue;
        }
        const ip = pod.spec.hostNetwork ? spec.ip : podIpFor(env, nodeIndex);
        status.phase = "Running";
        status.podIP = ip;
        status.podIPs = [{ ip }];
        status.conditions = ["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled"].map((type) => ({ type, status: "True", lastProbeTime: null, lastTransitionTime: nowIso }));
        status.containerStatuses = containers.map((c) => ({ name: c.name, image: c.image, imageID: `${c.image.split(":")[0]}@sha256:${"0".repeat(64)}`, containerID: `containerd://${env.rand.string(64, "0123456789abcdef")}`, ready: true, restartCount: 0, started: true, state: { running: { startedAt: nowIso } }, lastState: {} }));
        delete started[key];
        writeStatus(cluster, pod, status);
        for (const c of containers) {
          recordEvent(cluster, env, pod, "Normal", "Created", `Created container: ${c.name}`, "kubelet", spec.name);
          recordEvent(cluster, env, pod, "Normal", "Started", `Started container ${c.name}`, "kubelet", spec.name);
        }
      }
    });
  },
};

function writeStatus(cluster: { api: { update(o: KubeObject, opts: object, sub: "status"): KubeObject } }, pod: KubeObject, status: Status) {
  cluster.api.update({ ...pod, metadata: { ...pod.metadata, resourceVersion: undefined }, status }, {}, "status");
}
