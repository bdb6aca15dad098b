import type { KubeObject } from "../api/types";
import type { NetAccess } from "./container-net";
import type { ImageBehaviour } from "./images";
import { expandKubeRefs } from "./program";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ContainerSpec = Record<string, any>;

/** Reads ConfigMaps and Secrets for env resolution (the kubelet's API client), and lends containers the network. */
export interface ObjectReader {
  get(resource: string, name: string, namespace: string): KubeObject | undefined;
  network?: NetAccess;
}

/** The container's environment, or the CreateContainerConfigError message the kubelet would give. */
export function containerEnv(pod: KubeObject, c: ContainerSpec, reader: ObjectReader): { env: Record<string, string> } | { error: string } {
  const ns = pod.metadata.namespace ?? "default";
  const env: Record<string, string> = {};
  const decode = (v: string) => {
    try {
      return atob(v);
    } catch {
      return v;
    }
  };
  for (const from of c.envFrom ?? []) {
    const ref = from.configMapRef ?? from.secretRef;
    const kind = from.configMapRef ? "configmaps" : "secrets";
    const obj = reader.get(kind, ref?.name ?? "", ns);
    if (!obj) {
      if (ref?.optional) continue;
      return { error: `${kind === "configmaps" ? "configmap" : "secret"} "${ref?.name}" not found` };
    }
    for (const [k, v] of Object.entries((obj.data ?? {}) as Record<string, string>)) env[(from.prefix ?? "") + k] = kind === "secrets" ? decode(v) : v;
  }
  for (const e of c.env ?? []) {
    if (e.value !== undefined || !e.valueFrom) {
      env[e.name] = expandKubeRefs(String(e.value ?? ""), env);
      continue;
    }
    const f = e.valueFrom;
    if (f.fieldRef) {
      const path: string = f.fieldRef.fieldPath;
      const label = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(path);
      env[e.name] = label
        ? (pod.metadata[label[1] as "labels" | "annotations"]?.[label[2]] ?? "")
        : String(({ "metadata.name": pod.metadata.name, "metadata.namespace": ns, "metadata.uid": pod.metadata.uid, "spec.nodeName": pod.spec?.nodeName, "spec.serviceAccountName": pod.spec?.serviceAccountName, "status.podIP": pod.status?.podIP, "status.hostIP": pod.status?.hostIP } as Record<string, unknown>)[path] ?? "");
      continue;
    }
    if (f.resourceFieldRef) {
      env[e.name] = String(c.resources?.[f.resourceFieldRef.resource.split(".")[0]]?.[f.resourceFieldRef.resource.split(".")[1]] ?? "");
      continue;
    }
    const ref = f.configMapKeyRef ?? f.secretKeyRef;
    const kind = f.configMapKeyRef ? "configmap" : "secret";
    const obj = reader.get(kind === "configmap" ? "configmaps" : "secrets", ref?.name ?? "", ns);
    if (!obj) {
      if (ref?.optional) continue;
      return { error: `${kind} "${ref?.name}" not found` };
    }
    const value = (obj.data as Record<string, string> | undefined)?.[ref.key];
    if (value === undefined) {
      if (ref?.optional) continue;
      return { error: `couldn't find key ${ref.key} in ${kind === "configmap" ? "ConfigMap" : "Secret"} ${ns}/${ref.name}` };
    }
    env[e.name] = kind === "secret" ? decode(value) : value;
  }
  return { env };
}

/**
 * The process a container runs, as the runtime builds it from the pod spec and the image config:
 * `command` replaces the image's ENTRYPOINT (and drops its CMD), `args` alone replace CMD, and with
 * neither the container runs ENTRYPOINT + CMD. Only `command` and `args` get `$(VAR)` expansion.
 */
export function containerArgv(c: ContainerSpec, image: ImageBehaviour, env: Record<string, string>): string[] {
  const expand = (xs: unknown[]) => xs.map((x) => expandKubeRefs(String(x), env));
  if (c.command?.length) return expand([...c.command, ...(c.args ?? [])]);
  const entrypoint = image.entrypoint ?? [];
  if (c.args?.length) return [...entrypoint, ...expand(c.args)];
  return [...entrypoint, ...(image.cmd ?? [])];
}
