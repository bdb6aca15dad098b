import type { KubeObject } from "../api/types";
import type { ContainerSpec, ObjectReader } from "./container-env";
import { podResolvConf } from "../network/resolv";
import { imageFiles } from "./image-files";

const decode = (v: string) => {
  try {
    return atob(v);
  } catch {
    return v;
  }
};

/**
 * The files a container sees: the image's own (image-files.ts) unless a volume covers them, what the
 * kubelet puts in (/etc/hostname, /etc/hosts, /etc/resolv.conf), and
 * the keys of mounted ConfigMap and Secret volumes (plus the service-account token volume).
 */
export function containerFiles(pod: KubeObject, c: ContainerSpec, reader: ObjectReader): Record<string, string> {
  const ns = pod.metadata.namespace ?? "default";
  const name = pod.metadata.name ?? "";
  const conf = podResolvConf(pod);
  const files: Record<string, string> = {
    "/etc/hostname": `${name}\n`,
    "/etc/hosts": `# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n${pod.status?.podIP ?? ""}\t${name}\n`,
    "/etc/resolv.conf": `${conf.search.length ? `search ${conf.search.join(" ")}\n` : ""}${conf.nameservers.map((n) => `nameserver ${n}\n`).join("")}options ndots:${conf.ndots}\n`,
  };
  // The image's own files, except where a volume is mounted over them.
  const mountPaths = ((c.volumeMounts ?? []) as { mountPath: string }[]).map((m) => m.mountPath.replace(/\/$/, ""));
  for (const [path, text] of Object.entries(imageFiles(String(c.image ?? "")))) if (!mountPaths.some((m) => path === m || path.startsWith(`${m}/`))) files[path] = text;
  const volumes = new Map<string, Record<string, unknown>>((pod.spec?.volumes ?? []).map((v: { name: string }) => [v.name, v]));
  for (const m of (c.volumeMounts ?? []) as { name: string; mountPath: string; subPath?: string }[]) {
    const v = volumes.get(m.name) as { configMap?: { name: string; items?: { key: string; path: string }[] }; secret?: { secretName: string; items?: { key: string; path: string }[] }; projected?: unknown } | undefined;
    if (!v) continue;
    const source = v.configMap ? { obj: reader.get("configmaps", v.configMap.name, ns), items: v.configMap.items, secret: false } : v.secret ? { obj: reader.get("secrets", v.secret.secretName, ns), items: v.secret.items, secret: true } : undefined;
    if (source?.obj) {
      const data = (source.obj.data ?? {}) as Record<string, string>;
      const entries = source.items?.length ? source.items.map((i) => [i.path, data[i.key]] as const) : Object.entries(data);
      for (const [path, value] of entries) {
        if (value === undefined) continue;
        const text = source.secret ? decode(value) : value;
        if (m.subPath) {
          if (m.subPath === path) files[m.mountPath] = text;
        } else files[`${m.mountPath.replace(/\/$/, "")}/${path}`] = text;
      }
    } else if (v.projected && m.mountPath === "/var/run/secrets/kubernetes.io/serviceaccount") {
      files[`${m.mountPath}/namespace`] = ns;
      files[`${m.mountPath}/token`] = `eyJhbGciOiJSUzI1NiIsImtpZCI6Imt1YmVsYWIifQ.${btoa(JSON.stringify({ sub: `system:serviceaccount:${ns}:${pod.spec?.serviceAccountName ?? "default"}` })).replace(/=+$/, "")}.c2lnbmF0dXJl`;
    }
  }
  return files;
}
