import type { ApiClient } from "../engine/client";
import type { KubeObject } from "../engine/api/types";
import type { FileSystem } from "../engine/host";
import { renewKubeadmCert } from "../engine/pki/kubeadm-certs";
import type { CommandContext } from "../shell/types";

/**
 * What `kubeadm upgrade apply` does to the control plane of the node it runs on: new static pod
 * manifests (image tags moved, everything else kept), the old ones backed up, certificates
 * renewed, and the kubelet restarting the pods — whose mirror pods then show the new images.
 * Models cmd/kubeadm/app/phases/upgrade/staticpods.go.
 */
export const MANIFESTS = "/etc/kubernetes/manifests";

const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace(/[T:]/g, "-");
export const tmpSuffix = (ms: number, salt: number) => String((Math.floor(ms / 1000) * 7919 + salt * 104729) % 4294967296);

export function backupDir(ms: number): string {
  return `/etc/kubernetes/tmp/kubeadm-backup-manifests-${stamp(ms)}`;
}

/** Rewrites a component's image tag in its manifest; returns whether the manifest changed. */
export function moveImage(fs: FileSystem, component: string, tag: string, backup: string): boolean {
  const path = `${MANIFESTS}/${component}.yaml`;
  if (!fs.exists(path)) return false;
  const before = fs.readFile(path);
  const after = before.replace(new RegExp(`(image: \\S*/${component}):\\S+`), `$1:${tag}`);
  fs.mkdir(backup, { recursive: true });
  fs.writeFile(`${backup}/${component}.yaml`, before);
  if (after !== before) fs.writeFile(path, after);
  return after !== before;
}

export const CERTS_FOR: Record<string, string[]> = {
  etcd: ["etcd-server", "etcd-peer", "etcd-healthcheck-client"],
  "kube-apiserver": ["apiserver", "apiserver-kubelet-client", "front-proxy-client", "apiserver-etcd-client"],
  "kube-controller-manager": ["controller-manager.conf"],
  "kube-scheduler": ["scheduler.conf"],
};

export function renewFor(ctx: CommandContext, component: string): void {
  for (const name of CERTS_FOR[component] ?? []) {
    ctx.out(`[upgrade/staticpods] Renewing ${name} certificate\n`);
    renewKubeadmCert(ctx.host.fs, name, ctx.environment.clock.now());
  }
}

/** The kubelet recreates a static pod from its new manifest: the mirror pod shows the new image. */
export function setPodImages(client: ApiClient, pods: KubeObject[], image: string): void {
  for (const pod of pods) {
    const fresh = client.get("pods", pod.metadata.name!, "kube-system");
    if (fresh.spec.containers[0].image === image) continue;
    fresh.spec.containers[0].image = image;
    const updated = client.update(fresh);
    const statuses = updated.status?.containerStatuses;
    if (statuses?.[0]) {
      statuses[0].image = image;
      client.updateStatus(updated);
    }
  }
}

export function podsWithLabel(client: ApiClient, key: string, value: string): KubeObject[] {
  return client.list("pods", "kube-system").items.filter((p) => p.metadata.labels?.[key] === value);
}
