import type { ApiClient } from "../engine/client";
import { ConnectionError } from "../engine/environment";
import type { CommandContext } from "../shell/types";
import { KubeadmError } from "./errors";

export const ADMIN_CONF = "/etc/kubernetes/admin.conf";
export const KUBELET_CONF = "/etc/kubernetes/kubelet.conf";

export function serverOf(ctx: CommandContext, path: string): string | undefined {
  if (!ctx.host.fs.exists(path)) return undefined;
  return /^\s*server:\s*(\S+)/m.exec(ctx.host.fs.readFile(path))?.[1];
}

/** A client from a kubeconfig file kubeadm uses (admin.conf on a control plane, kubelet.conf on a worker). */
export function kubeadmClient(ctx: CommandContext, path = ADMIN_CONF): ApiClient {
  const server = serverOf(ctx, path);
  if (!server) throw new KubeadmError(`couldn't create a Kubernetes client from file "${path}": failed to load admin kubeconfig: open ${path}: no such file or directory`);
  try {
    return ctx.environment.dial(server, { name: "kubernetes-admin", groups: ["kubeadm:cluster-admins", "system:masters", "system:authenticated"] });
  } catch (e) {
    if (e instanceof ConnectionError) throw unreachable(server, e);
    throw e;
  }
}

export function unreachable(server: string, e: ConnectionError): KubeadmError {
  return new KubeadmError(`unable to fetch the kubeadm-config ConfigMap: failed to get config map: Get "${server}/api/v1/namespaces/kube-system/configmaps/kubeadm-config?timeout=10s": dial tcp ${e.hostPort}: connect: connection ${e.kind === "timeout" ? "timed out" : "refused"}`);
}

export const READ_CONFIG = (prefix: string) => `[${prefix}] Reading configuration from the "kubeadm-config" ConfigMap in namespace "kube-system"...\n[${prefix}] Use 'kubeadm init phase upload-config --config your-config.yaml' to re-upload it.\n`;
