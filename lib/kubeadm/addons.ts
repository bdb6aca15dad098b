import type { ApiClient } from "../engine/client";

/**
 * Re-applies an add-on workload with a new image, as kubeadm's addon phase does
 * (phases/addons/dns and proxy create or update the Deployment / DaemonSet): the pod template
 * changes and the workload's controller rolls the pods.
 */
export function setTemplateImage(client: ApiClient, resource: "deployments" | "daemonsets", name: string, container: string, image: string): void {
  let obj;
  try {
    obj = client.get(resource, name, "kube-system");
  } catch {
    return; // the add-on was removed; kubeadm would recreate it, which this model leaves out
  }
  const c = (obj.spec?.template?.spec?.containers ?? []).find((x: { name: string }) => x.name === container);
  if (!c || c.image === image) return;
  c.image = image;
  client.update(obj);
}
