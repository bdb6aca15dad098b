import { reportError, type Subcommand } from "../context";
import { helpText } from "./create/generator";

const green = (s: string) => `\x1b[0;32m${s}\x1b[0m`;
const yellow = (s: string) => `\x1b[0;33m${s}\x1b[0m`;

export const clusterInfo: Subcommand = {
  name: "cluster-info",
  summary: "Display cluster information",
  flags: [],
  help: helpText("Print the addresses of the control plane and of cluster services.", "kubectl cluster-info [flags] [options]", ["kubectl cluster-info"], []),
  run(k) {
    let code = 0;
    try {
      const server = k.connection().server.replace(/\/$/, "");
      const services = k.client().list("services", "kube-system", { labelSelector: "kubernetes.io/cluster-service=true" }).items;
      k.out(`${green("Kubernetes control plane")} is running at ${yellow(server)}\n`);
      for (const s of services) {
        const name = s.metadata.labels?.["kubernetes.io/name"] ?? s.metadata.name!;
        const port = s.spec?.ports?.[0];
        const link = `${server}/api/v1/namespaces/kube-system/services/${s.metadata.name}${port?.name ? `:${port.name}` : ""}/proxy`;
        k.out(`${green(name)} is running at ${yellow(link)}\n`);
      }
    } catch (e) {
      code = reportError(k, e);
    }
    k.out("\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n");
    return code;
  },
};
