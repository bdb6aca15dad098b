import YAML from "yaml";
import type { FileSystem } from "../engine/host";

export interface KubeconfigFile {
  apiVersion?: string;
  kind?: string;
  clusters?: { name: string; cluster: { server?: string; "certificate-authority-data"?: string; "certificate-authority"?: string } }[];
  contexts?: { name: string; context: { cluster: string; user: string; namespace?: string } }[];
  users?: { name: string; user: Record<string, unknown> }[];
  "current-context"?: string;
  preferences?: Record<string, unknown>;
}

export class KubeconfigError extends Error {}

/** Where kubectl reads its config: --kubeconfig, then $KUBECONFIG, then ~/.kube/config. */
export function kubeconfigPath(flag: string | undefined, env: Record<string, string>, home: string): string {
  return flag ?? env.KUBECONFIG?.split(":")[0] ?? `${home}/.kube/config`;
}

export function loadKubeconfig(fs: FileSystem, path: string): KubeconfigFile {
  if (!fs.exists(path)) return {};
  const text = fs.readFile(path);
  try {
    return (YAML.parse(text) as KubeconfigFile) ?? {};
  } catch {
    throw new KubeconfigError(`error loading config file "${path}": yaml: line 1: could not find expected ':'`);
  }
}

export function saveKubeconfig(fs: FileSystem, path: string, cfg: KubeconfigFile): void {
  fs.writeFile(path, YAML.stringify(cfg, { indentSeq: false }));
}

export interface Connection {
  server: string;
  user: string;
  namespace: string;
  context: string;
}

/** Resolves the context to use (flag or current-context) into server, user and default namespace. */
export function resolveConnection(cfg: KubeconfigFile, contextFlag?: string): Connection {
  const name = contextFlag ?? cfg["current-context"];
  if (!name) throw new KubeconfigError("The connection to the server localhost:8080 was refused - did you specify the right host or port?");
  const ctx = cfg.contexts?.find((c) => c.name === name);
  if (!ctx) throw new KubeconfigError(`error: context "${name}" does not exist`);
  const cluster = cfg.clusters?.find((c) => c.name === ctx.context.cluster);
  if (!cluster?.cluster.server) throw new KubeconfigError(`error: cluster "${ctx.context.cluster}" does not exist`);
  return { server: cluster.cluster.server, user: ctx.context.user, namespace: ctx.context.namespace ?? "default", context: name };
}
