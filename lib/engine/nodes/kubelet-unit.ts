import YAML from "yaml";
import type { FileSystem } from "../host";

/**
 * How systemd starts the kubelet on a kubeadm node: the drop-in's Environment= and EnvironmentFile=
 * lines feed ExecStart, and the kubelet refuses to start on an unknown flag, a missing config file,
 * a config that does not decode, or a client CA / kubeconfig it cannot read — with the error it logs.
 * Models cmd/kubelet/app/server.go's start-up checks.
 */

export const KUBELET_DROPIN_PATH = "/etc/systemd/system/kubelet.service.d/10-kubeadm.conf";

function read(fs: FileSystem, path: string): string | undefined {
  try {
    return fs.readFile(path);
  } catch {
    return undefined;
  }
}

/** argv of the kubelet as systemd builds it from `dropIn` (the loaded unit text) and the environment files it names. */
export function kubeletArgv(fs: FileSystem, dropIn = read(fs, KUBELET_DROPIN_PATH) ?? ""): string[] {
  const env: Record<string, string> = {};
  const assign = (line: string) => {
    const m = /^\s*([A-Za-z_]\w*)=(.*)$/.exec(line);
    if (m) env[m[1]] = m[2].trim().replace(/^"(.*)"$/, "$1");
  };
  let exec = "/usr/bin/kubelet";
  for (const raw of dropIn.split("\n")) {
    const line = raw.trim();
    const e = /^Environment=(.*)$/.exec(line);
    if (e) assign(e[1].replace(/^"(.*)"$/, "$1"));
    const f = /^EnvironmentFile=-?(.*)$/.exec(line);
    if (f) (read(fs, f[1].trim()) ?? "").split("\n").forEach(assign);
    const x = /^ExecStart=(.+)$/.exec(line);
    if (x) exec = x[1];
  }
  return exec
    .replace(/\$\{?([A-Za-z_]\w*)\}?/g, (_m, v: string) => env[v] ?? "")
    .split(/\s+/)
    .filter(Boolean);
}

/** Flags a v1.32 kubelet accepts (the ones kubeadm and exam tasks use, plus the common deprecated ones). */
const KNOWN_FLAGS = new Set([
  "bootstrap-kubeconfig", "kubeconfig", "config", "container-runtime-endpoint", "pod-infra-container-image", "node-ip", "hostname-override", "v", "node-labels",
  "register-with-taints", "fail-swap-on", "cloud-provider", "resolv-conf", "max-pods", "cluster-dns", "cluster-domain", "anonymous-auth", "authorization-mode",
  "client-ca-file", "rotate-certificates", "runtime-request-timeout", "eviction-hard", "kube-reserved", "system-reserved", "pod-manifest-path", "port", "address",
  "read-only-port", "healthz-port", "tls-cert-file", "tls-private-key-file", "cgroup-driver", "image-service-endpoint", "root-dir", "cert-dir", "feature-gates",
  "register-node", "provider-id", "seccomp-default", "serialize-image-pulls", "log-file", "logtostderr", "vmodule",
]);

function flagValue(argv: string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith(`--${name}=`)) return argv[i].slice(name.length + 3);
    if (argv[i] === `--${name}`) return argv[i + 1];
  }
  return undefined;
}

/** The error the kubelet exits with (its `"command failed" err=...` text), or undefined when it starts. */
export function kubeletStartError(fs: FileSystem, dropIn?: string): string | undefined {
  const argv = kubeletArgv(fs, dropIn).slice(1);
  for (const a of argv) {
    const m = /^--?([^=]+)/.exec(a);
    if (a.startsWith("-") && m && !KNOWN_FLAGS.has(m[1])) return `failed to parse kubelet flag: unknown flag: --${m[1]}`;
  }
  const config = flagValue(argv, "config");
  let clientCA: string | undefined;
  if (config) {
    const text = read(fs, config);
    const base = `failed to load kubelet config file, path: ${config}, error: failed to load Kubelet config file ${config}, error`;
    if (text === undefined) return `${base} failed to read kubelet config file "${config}", error: open ${config}: no such file or directory`;
    let doc: Record<string, unknown> | undefined;
    try {
      doc = YAML.parse(text) as Record<string, unknown>;
    } catch (e) {
      return `${base} failed to decode: ${(e as Error).message.split("\n")[0]}`;
    }
    if (!doc || typeof doc !== "object" || doc.kind !== "KubeletConfiguration") return `${base} failed to decode: Object 'Kind' is missing in '${text.split("\n")[0]}'`;
    clientCA = (doc.authentication as { x509?: { clientCAFile?: string } } | undefined)?.x509?.clientCAFile;
    const path = doc.staticPodPath;
    if (path !== undefined && typeof path !== "string") return `${base} failed to decode: json: cannot unmarshal ${typeof path} into Go struct field KubeletConfiguration.staticPodPath of type string`;
  }
  clientCA = flagValue(argv, "client-ca-file") ?? clientCA;
  if (clientCA && read(fs, clientCA) === undefined) return `failed to construct kubelet dependencies: unable to load client CA file ${clientCA}: open ${clientCA}: no such file or directory`;
  const kubeconfig = flagValue(argv, "kubeconfig");
  const bootstrap = flagValue(argv, "bootstrap-kubeconfig");
  if (kubeconfig && read(fs, kubeconfig) === undefined && (!bootstrap || read(fs, bootstrap) === undefined)) return `failed to run Kubelet: unable to load bootstrap kubeconfig: stat ${bootstrap ?? kubeconfig}: no such file or directory`;
  return undefined;
}
