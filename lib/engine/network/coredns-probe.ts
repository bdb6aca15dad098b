import type { KubeObject } from "../api/types";
import { rfc3339 } from "../clock";
import type { Controller } from "../controllers/controller";
import { recordEvent } from "../events";
import { parseImage } from "../kubelet/images";
import { clusterCorefile } from "./dns";

/**
 * CoreDNS's readiness probe (GET :8181/ready) as the kubelet sees it: a CoreDNS container whose
 * Corefile does not load never reports ready, so the pod leaves the kube-dns endpoints and cluster
 * DNS stops answering. Runs in the kubelet's place after it has started the pods.
 */
export const corednsProbe: Controller = {
  name: "coredns-probe",
  sync(env, cluster) {
    const view = env.netView(cluster.spec.name);
    const corefile = clusterCorefile(view);
    const nowIso = rfc3339(env.clock.now());
    for (const pod of view.list("pods", "kube-system")) {
      const idx = ((pod.spec?.containers ?? []) as { image: string }[]).findIndex((c) => parseImage(c.image).repo === "registry.k8s.io/coredns/coredns");
      if (idx < 0 || pod.status?.phase !== "Running" || pod.metadata.deletionTimestamp) continue;
      const node = env.hosts.get(pod.spec?.nodeName ?? "");
      if (!node?.systemd.isActive("kubelet")) continue;
      const ready = corefile.ok;
      const statuses = (pod.status.containerStatuses ?? []) as { ready?: boolean }[];
      if (statuses[idx]?.ready === ready) continue;
      const status = structuredClone(pod.status);
      status.containerStatuses[idx].ready = ready;
      const all = status.containerStatuses.every((c: { ready?: boolean }) => c.ready);
      status.conditions = (status.conditions ?? []).map((c: { type: string; status: string }) => (c.type === "Ready" || c.type === "ContainersReady" ? { ...c, status: all ? "True" : "False", lastTransitionTime: nowIso, ...(all ? {} : { reason: "ContainersNotReady", message: `containers with unready status: [${pod.spec.containers[idx].name}]` }) } : c));
      if (all) {
        for (const c of status.conditions) {
          if (c.type !== "Ready" && c.type !== "ContainersReady") continue;
          delete c.reason;
          delete c.message;
        }
      }
      cluster.api.update({ ...pod, metadata: { ...pod.metadata, resourceVersion: undefined }, status } as KubeObject, {}, "status");
      if (!ready) recordEvent(cluster, env, pod, "Warning", "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 503", "kubelet", pod.spec.nodeName);
    }
  },
};
