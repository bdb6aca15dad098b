import { KUBERNETES_VERSION } from "../../engine/topology";
import { readInstalled, upstreamVersion } from "../../engine/nodes/packages";
import { buildInfo } from "../../engine/nodes/releases";
import { reportError, type Subcommand } from "../context";
import type { ApiClient } from "../../engine/client";
import { toYaml } from "../printers/yaml";
import { helpText } from "./create/generator";

/** Build info of the kubectl 1.32.5 release the simulator mirrors. */
const CLIENT = {
  major: "1",
  minor: "32",
  gitVersion: KUBERNETES_VERSION,
  gitCommit: "9894294ef13a5b32803e3ca2c0d620a088cc84d1",
  gitTreeState: "clean",
  buildDate: "2025-05-15T09:12:10Z",
  goVersion: "go1.23.8",
  compiler: "gc",
  platform: "linux/amd64",
};

/** The version of the kube-apiserver image the control plane runs (moves with `kubeadm upgrade apply`). */
export function apiserverVersion(c: ApiClient): string {
  try {
    const image: string | undefined = c.list("pods", "kube-system").items.find((p) => p.metadata.labels?.component === "kube-apiserver")?.spec?.containers?.[0]?.image;
    return /:(v\d+\.\d+\.\d+)$/.exec(image ?? "")?.[1] ?? KUBERNETES_VERSION;
  } catch {
    return KUBERNETES_VERSION; // a user without access to kube-system still gets the server version from /version
  }
}

/** What the API server's /version answers for a kube-apiserver image version. */
export function serverBuildInfo(serverVersion: string): object {
  return serverVersion === KUBERNETES_VERSION ? { ...CLIENT, buildDate: "2025-05-15T08:58:50Z", goVersion: "go1.23.8" } : buildInfo(serverVersion);
}

export const version: Subcommand = {
  name: "version",
  summary: "Print the client and server version information",
  flags: [
    { name: "client", type: "bool" },
    { name: "output", short: "o", type: "string", default: "" },
  ],
  help: helpText("Print the kubectl and cluster versions.", "kubectl version [flags] [options]", ["kubectl version", "kubectl version --client -o yaml"], [["--client=false", "Only the kubectl version (no server needed)."], ["-o, --output=''", "yaml or json."]]),
  run(k) {
    const output = k.str("output") ?? "";
    if (output && output !== "yaml" && output !== "json") return (k.err(`error: --output must be 'yaml' or 'json'\n`), 1);
    k.discoveryRetries = 0;
    // The client is the kubectl package installed on this host; the server is the kube-apiserver
    // image the control plane runs (both move with apt and `kubeadm upgrade apply`).
    const pkg = readInstalled(k.ctx.host.fs).kubectl;
    const clientVersion = pkg ? upstreamVersion(pkg.version) : KUBERNETES_VERSION;
    const client = clientVersion === KUBERNETES_VERSION ? CLIENT : buildInfo(clientVersion);
    const data: Record<string, unknown> = { clientVersion: client, kustomizeVersion: "v5.5.0" };
    let serverError: unknown;
    let serverVersion = KUBERNETES_VERSION;
    if (!k.bool("client")) {
      try {
        const c = k.client();
        serverVersion = apiserverVersion(c);
        data.serverVersion = serverBuildInfo(serverVersion);
      } catch (e) {
        serverError = e;
      }
    }
    if (output === "yaml") k.out(`${toYaml(data)}\n`);
    else if (output === "json") k.out(`${JSON.stringify(data, null, 2)}\n`);
    else {
      k.out(`Client Version: ${clientVersion}\nKustomize Version: v5.5.0\n`);
      if (data.serverVersion) k.out(`Server Version: ${serverVersion}\n`);
    }
    return serverError ? reportError(k, serverError) : 0;
  },
};
