import YAML from "yaml";
import type { FileSystem } from "../engine/host";
import { toYaml } from "./printers/yaml";

export interface NamedCluster {
  name: string;
  cluster: Record<string, unknown> & { server?: string };
}
export interface NamedContext {
  name: string;
  context: { cluster: string; user: string; namespace?: string; [k: string]: unknown };
}
export interface NamedUser {
  name: string;
  user: Record<string, unknown>;
}

export interface KubeconfigFile {
  apiVersion?: string;
  kind?: string;
  clusters?: NamedCluster[] | null;
  contexts?: NamedContext[] | null;
  users?: NamedUser[] | null;
  "current-context"?: string;
  preferences?: Record<string, unknown>;
}

export class KubeconfigError extends Error {}

/** Where kubectl reads its config: --kubeconfig, then the first file of $KUBECONFIG, then ~/.kube/config. */
export function kubeconfigPath(flag: string | undefined, env: Record<string, string>, home: string): string {
  return flag ?? (env.KUBECONFIG ? env.KUBECONFIG.split(":")[0] : undefined) ?? `${home}/.kube/config`;
}

/** The last kubeconfig text parsed: every kubectl call reads the same file, and parsing YAML is the slow part. */
let lastParsed: { text: string; json: string } | undefined;

export function loadKubeconfig(fs: FileSystem, path: string): KubeconfigFile {
  if (!fs.exists(path)) return {};
  const text = fs.readFile(path);
  if (lastParsed?.text === text) return JSON.parse(lastParsed.json) as KubeconfigFile;
  try {
    const parsed = (YAML.parse(text) as KubeconfigFile) ?? {};
    lastParsed = { text, json: JSON.stringify(parsed) };
    return parsed;
  } catch (e) {
    const line = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 1;
    throw new KubeconfigError(`error loading config file "${path}": yaml: line ${line}: could not find expected ':'`);
  }
}

/** The v1 Config in Go struct order (what `config view -o json` prints); empty lists become null. */
export function normalized(cfg: KubeconfigFile): Record<string, unknown> {
  const orderCluster = ["server", "tls-server-name", "insecure-skip-tls-verify", "certificate-authority", "certificate-authority-data", "proxy-url", "disable-compression", "extensions"];
  const orderUser = ["client-certificate", "client-certificate-data", "client-key", "client-key-data", "token", "tokenFile", "as", "as-uid", "as-groups", "as-user-extra", "username", "password", "auth-provider", "exec", "extensions"];
  const ordered = (o: Record<string, unknown>, order: string[]) => Object.fromEntries([...order.filter((k) => o[k] !== undefined && o[k] !== null).map((k) => [k, o[k]]), ...Object.entries(o).filter(([k]) => !order.includes(k))]);
  const list = <T>(l: T[] | null | undefined) => (l && l.length ? l : null);
  return {
    kind: "Config",
    apiVersion: "v1",
    preferences: cfg.preferences ?? {},
    clusters: list(cfg.clusters?.map((c) => ({ name: c.name, cluster: ordered(c.cluster ?? {}, orderCluster) }))),
    users: list(cfg.users?.map((u) => ({ name: u.name, user: ordered(u.user ?? {}, orderUser) }))),
    contexts: list(cfg.contexts?.map((c) => ({ name: c.name, context: ordered(c.context ?? {}, ["cluster", "user", "namespace", "extensions"]) }))),
    "current-context": cfg["current-context"] ?? "",
  };
}

/** Writes the file the way clientcmd does: the whole v1 Config as sorted-key YAML. */
export function saveKubeconfig(fs: FileSystem, path: string, cfg: KubeconfigFile): void {
  const dir = path.slice(0, path.lastIndexOf("/"));
  if (dir && !fs.exists(dir)) fs.mkdir(dir, { recursive: true });
  fs.writeFile(path, toYaml(normalized(cfg)));
}

export interface Connection {
  server: string;
  user: string;
  namespace: string;
  context: string;
  /** The kubeconfig entries behind it, for credentials and server verification. */
  userEntry?: Record<string, unknown>;
  clusterName?: string;
  clusterEntry?: Record<string, unknown>;
}

/** Resolves the context to use (flag or current-context) into server, user and default namespace. */
export function resolveConnection(cfg: KubeconfigFile, contextFlag?: string, serverFlag?: string): Connection {
  const name = contextFlag ?? cfg["current-context"];
  if (!name) return { server: serverFlag ?? "http://localhost:8080", user: "", namespace: "default", context: "" };
  const ctx = cfg.contexts?.find((c) => c.name === name);
  if (!ctx) throw new KubeconfigError(`context was not found for specified context: ${name}`);
  const cluster = cfg.clusters?.find((c) => c.name === ctx.context.cluster);
  const server = serverFlag ?? cluster?.cluster.server;
  if (!server) throw new KubeconfigError(`cluster has no server defined`);
  const userEntry = cfg.users?.find((u) => u.name === ctx.context.user)?.user;
  return { server, user: ctx.context.user, namespace: ctx.context.namespace || "default", context: name, userEntry, clusterName: ctx.context.cluster, clusterEntry: cluster?.cluster };
}
