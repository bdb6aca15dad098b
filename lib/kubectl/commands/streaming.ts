import type { Subcommand } from "../context";
import { reportError } from "../context";
import { defaultContainer, podFor } from "./logs";
import { attachToContainer } from "../container-session";
import { helpText } from "./create/generator";

/** port-forward needs a live stream to a local port; the simulation explains that. */
export const portForward: Subcommand = {
  name: "port-forward",
  summary: "Forward one or more local ports to a pod",
  flags: [
    { name: "address", type: "slice", default: "localhost" },
    { name: "pod-running-timeout", type: "string", default: "1m0s" },
  ],
  help: helpText("Forward local ports to a pod (this simulation cannot open local ports).", "kubectl port-forward TYPE/NAME [options] [LOCAL_PORT:]REMOTE_PORT [...[LOCAL_PORT_N:]REMOTE_PORT_N]", ["kubectl port-forward pod/web 8080:80"], [["--address=[localhost]", "Addresses to listen on."]]),
  run(k) {
    if (k.args.length < 2) return k.usageError("TYPE/NAME and list of ports are required for port-forward");
    try {
      podFor(k, k.args[0].includes("/") ? k.args[0] : `pod/${k.args[0]}`);
    } catch (e) {
      return reportError(k, e);
    }
    k.err("error: port-forward cannot listen on local ports in this simulated cluster; use curl from a node or `kubectl exec` instead\n");
    return 1;
  },
};

export const attach: Subcommand = {
  name: "attach",
  summary: "Attach to a running container",
  flags: [
    { name: "container", short: "c", type: "string" },
    { name: "stdin", short: "i", type: "bool" },
    { name: "tty", short: "t", type: "bool" },
    { name: "quiet", short: "q", type: "bool" },
    { name: "pod-running-timeout", type: "string", default: "1m0s" },
  ],
  help: helpText("Attach to a running container's console: its output, or with -i -t its shell.", "kubectl attach (POD | TYPE/NAME) -c CONTAINER [options]", ["kubectl attach web -c nginx", "kubectl attach tmp -c tmp -i -t"], [["-c, --container=''", "Container name."]]),
  run(k) {
    if (!k.args.length) return (k.err("error: at least 1 argument is required for attach\n"), 1);
    try {
      const pod = podFor(k, k.args[0]);
      if (k.bool("stdin")) {
        const phase = pod.status?.phase;
        if (phase === "Succeeded" || phase === "Failed") return (k.err(`error: cannot attach a container in a completed pod; current phase is ${phase}\n`), 1);
        const name = k.str("container") ?? defaultContainer(k, pod);
        const spec = [...(pod.spec?.containers ?? []), ...(pod.spec?.ephemeralContainers ?? [])].find((c: { name: string }) => c.name === name);
        if (!spec) return (k.err(`error: cannot attach to the container: container ${name} not found in pod ${pod.metadata.name}\n`), 1);
        if (k.bool("tty") && !spec.tty && !k.bool("quiet")) k.err(`error: Unable to use a TTY - container ${name} did not allocate one\n`);
        return attachToContainer(k, pod, name!, { tty: k.bool("tty") && !!spec.tty });
      }
      k.out(k.client().logs(pod.metadata.name!, pod.metadata.namespace!, { container: k.str("container") }));
      return 0;
    } catch (e) {
      return reportError(k, e);
    }
  },
};
