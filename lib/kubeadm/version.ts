import type { KubeadmCommand } from "./types";
import { buildInfo, kubeadmVersion } from "./versions";
import { KubeadmError } from "./errors";

/** `kubeadm version [-o short|yaml|json]`: models cmd/kubeadm/app/cmd/version.go. */
export const version: KubeadmCommand = {
  path: "version",
  summary: "Print the version of kubeadm",
  flags: [{ name: "output", short: "o", type: "string", default: "" }],
  run(_args, f, ctx) {
    const v = kubeadmVersion(ctx.host.fs)!;
    const info = buildInfo(v);
    switch (f.output) {
      case "":
        ctx.out(
          `kubeadm version: &version.Info{Major:"${info.major}", Minor:"${info.minor}", GitVersion:"${info.gitVersion}", GitCommit:"${info.gitCommit}", GitTreeState:"${info.gitTreeState}", BuildDate:"${info.buildDate}", GoVersion:"${info.goVersion}", Compiler:"${info.compiler}", Platform:"${info.platform}"}\n`,
        );
        return 0;
      case "short":
        ctx.out(`${v}\n`);
        return 0;
      case "json":
        ctx.out(`${JSON.stringify({ clientVersion: info }, null, 2)}\n`);
        return 0;
      case "yaml": {
        const keys = Object.keys(info).sort() as (keyof typeof info)[];
        const quote = (s: string) => (/^\d+$/.test(s) || /^\d{4}-/.test(s) ? `"${s}"` : s);
        ctx.out(`clientVersion:\n${keys.map((k) => `  ${k}: ${quote(info[k])}`).join("\n")}\n\n`);
        return 0;
      }
      default:
        throw new KubeadmError(`invalid output format: ${f.output}`);
    }
  },
};
