import type { Kubectl } from "../../context";
import { loadKubeconfig, saveKubeconfig, type KubeconfigFile } from "../../kubeconfig";

/** Loads the kubeconfig the command works on, and saves it back. */
export function load(k: Kubectl): KubeconfigFile {
  return loadKubeconfig(k.ctx.host.fs, k.configPath);
}

export function save(k: Kubectl, cfg: KubeconfigFile): void {
  saveKubeconfig(k.ctx.host.fs, k.configPath, cfg);
}

export function fail(k: Kubectl, message: string): number {
  k.err(`error: ${message}\n`);
  return 1;
}

/** Reads a file named on the command line for --embed-certs, base64-encoded. */
export function embed(k: Kubectl, path: string): string {
  const abs = k.ctx.resolve(path);
  if (!k.ctx.host.fs.exists(abs)) throw new Error(`could not read certificate-authority data from ${path}: open ${path}: no such file or directory`);
  return btoa(k.ctx.host.fs.readFile(abs));
}
