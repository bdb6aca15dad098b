import type { Command } from "../shell/types";
import { readInstalled, upstreamVersion } from "../engine/nodes/packages";

/** The kubelet binary: only `--version` is meaningful from a shell (the service runs it otherwise). */
export const kubeletBinary: Command = {
  name: "kubelet",
  usage: "kubelet --version",
  run(argv, ctx) {
    const pkg = readInstalled(ctx.host.fs).kubelet;
    if (!pkg) {
      ctx.err("bash: kubelet: command not found\n");
      return 127;
    }
    if (argv.includes("--version") || argv.includes("--version=true")) {
      ctx.out(`Kubernetes ${upstreamVersion(pkg.version)}\n`);
      return 0;
    }
    ctx.err(`E0101 00:00:00.000000 ${4242} run.go:72] "command failed" err="failed to run Kubelet: the kubelet is managed by systemd here: use systemctl status kubelet"\n`);
    return 1;
  },
};
