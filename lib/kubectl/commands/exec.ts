import { reportError, type Subcommand } from "../context";
import { StatusError } from "../../engine/api/errors";
import { defaultContainer, podFor } from "./logs";
import { helpText } from "./create/generator";
import { execNetTool } from "./exec-net";
import { isInteractiveShell, openSession, startShell } from "../container-session";

export const exec: Subcommand = {
  name: "exec",
  summary: "Execute a command in a container",
  flags: [
    { name: "container", short: "c", type: "string" },
    { name: "stdin", short: "i", type: "bool" },
    { name: "tty", short: "t", type: "bool" },
    { name: "quiet", short: "q", type: "bool" },
    { name: "filename", short: "f", type: "array" },
    { name: "pod-running-timeout", type: "string", default: "1m0s" },
  ],
  help: helpText("Run a command inside a running container (arguments after --).", "kubectl exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...] [options]", ["kubectl exec web -- ls /usr/share/nginx/html", "kubectl exec -it web -c sidecar -- sh", "kubectl exec deploy/web -- env"], [["-c, --container=''", "Container name."], ["-i, --stdin=false", "Pass stdin."], ["-t, --tty=false", "Allocate a TTY."]]),
  run(k) {
    const target = k.dashAt === 0 ? undefined : k.args[0];
    if (!target) return (k.err("error: pod, type/name or --filename must be specified\n"), 1);
    const argv = k.dashAt >= 0 ? k.args.slice(k.dashAt) : k.args.slice(1);
    if (k.dashAt < 0 && argv.length) k.err("kubectl exec [POD] [COMMAND] is DEPRECATED and will be removed in a future version. Use kubectl exec [POD] -- [COMMAND] instead.\n");
    if (!argv.length) return (k.err("error: you must specify at least one command for the container\n"), 1);
    try {
      const pod = podFor(k, target);
      const phase = pod.status?.phase;
      if (phase === "Succeeded" || phase === "Failed") return (k.err(`error: cannot exec into a container in a completed pod; current phase is ${phase}\n`), 1);
      const container = k.str("container") ?? defaultContainer(k, pod);
      if (k.bool("stdin") && k.bool("tty") && isInteractiveShell(argv) && !k.ctx.stdin && k.ctx.shell.pushSession) {
        const started = startShell(k, openSession(k, pod, container ?? "", argv[0], { kind: "exec" }));
        if ("sh" in started) {
          k.ctx.shell.pushSession("kubectl", started);
          return 0;
        }
        k.err(started.stderr);
        if (started.exitCode !== 0) k.err(`command terminated with exit code ${started.exitCode}\n`);
        return started.exitCode;
      }
      const net = execNetTool(k, pod, container, argv);
      if (net !== undefined) {
        if (net !== 0) k.err(`command terminated with exit code ${net}\n`);
        return net;
      }
      const r = k.client().exec(pod.metadata.name!, pod.metadata.namespace!, container, argv, k.bool("stdin") ? k.ctx.stdin : undefined);
      k.out(r.stdout);
      k.err(r.stderr);
      if (r.exitCode !== 0) k.err(`command terminated with exit code ${r.exitCode}\n`);
      return r.exitCode;
    } catch (e) {
      // The streaming upgrade failed: kubectl reports the kubelet's answer as a plain error.
      if (e instanceof StatusError && e.status.message?.startsWith("unable to upgrade connection")) return (k.err(`error: ${e.status.message}\n`), 1);
      return reportError(k, e);
    }
  },
};
