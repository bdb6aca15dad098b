import type { Subcommand } from "../context";
import { helpText } from "./create/generator";

/** `kubectl proxy` serves the API on a local port; the simulated terminal cannot listen on ports. */
export const proxy: Subcommand = {
  name: "proxy",
  summary: "Run a proxy to the Kubernetes API server",
  flags: [
    { name: "port", short: "p", type: "int", default: 8001 },
    { name: "address", type: "string", default: "127.0.0.1" },
    { name: "accept-hosts", type: "string" },
    { name: "api-prefix", type: "string", default: "/" },
    { name: "www", short: "w", type: "string" },
    { name: "unix-socket", short: "u", type: "string" },
    { name: "disable-filter", type: "bool" },
  ],
  help: helpText("Serve the API server on a local port (not available in this simulated terminal).", "kubectl proxy [--port=PORT] [--www=static-dir] [--www-prefix=prefix] [--api-prefix=prefix] [options]", ["kubectl proxy --port=8001"], [["-p, --port=8001", "Local port to listen on."]]),
  run(k) {
    k.err("error: kubectl proxy cannot listen on local ports in this simulated cluster; read objects with kubectl get -o json instead\n");
    return 1;
  },
};
