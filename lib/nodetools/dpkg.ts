import type { Command } from "../shell/types";
import { DPKG_STATUS, readInstalled } from "../engine/nodes/packages";

/**
 * dpkg -l [PATTERN...] and dpkg -s PKG over /var/lib/dpkg/status (only the packages the simulator
 * models are listed). Models dpkg-query's list and status formats.
 */
const DESCRIPTIONS: Record<string, string> = {
  kubeadm: "Command-line utility for administering a Kubernetes cluster",
  kubectl: "Command-line utility for interacting with a Kubernetes cluster",
  kubelet: "Node agent for Kubernetes clusters",
};

function globRe(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`);
}

export const dpkg: Command = {
  name: "dpkg",
  usage: "dpkg [<option>...] <command>",
  run(argv, ctx) {
    const args = argv.slice(1);
    const installed = readInstalled(ctx.host.fs);
    const op = args.find((a) => a.startsWith("-"));
    const names = args.filter((a) => !a.startsWith("-"));
    if (op === "-l" || op === "--list") {
      const rows = Object.keys(installed)
        .sort()
        .filter((n) => names.length === 0 || names.some((p) => globRe(p).test(n)))
        .map((n) => [installed[n].hold ? "hi" : "ii", n, installed[n].version, "amd64", DESCRIPTIONS[n] ?? n]);
      if (rows.length === 0) {
        ctx.err(`dpkg-query: no packages found matching ${names.join(" ")}\n`);
        return 1;
      }
      const w = [1, 2, 3].map((i) => Math.max(["Name", "Version", "Architecture"][i - 1].length, ...rows.map((r) => r[i].length)));
      const pad = (s: string, n: number) => s.padEnd(n);
      ctx.out("Desired=Unknown/Install/Remove/Purge/Hold\n| Status=Not/Inst/Conf-files/Unpacked/halF-conf/Half-inst/trig-aWait/Trig-pend\n|/ Err?=(none)/Reinst-required (Status,Err: uppercase=bad)\n");
      ctx.out(`||/ ${pad("Name", w[0])} ${pad("Version", w[1])} ${pad("Architecture", w[2])} Description\n`);
      ctx.out(`+++-${"=".repeat(w[0])}-${"=".repeat(w[1])}-${"=".repeat(w[2])}-${"=".repeat(36)}\n`);
      for (const r of rows) ctx.out(`${r[0]}  ${pad(r[1], w[0])} ${pad(r[2], w[1])} ${pad(r[3], w[2])} ${r[4]}\n`);
      return 0;
    }
    if (op === "-s" || op === "--status") {
      if (names.length === 0) {
        ctx.err("dpkg-query: --status needs at least one package name argument\n\nUse --help for help about querying packages.\n");
        return 1;
      }
      const stanzas = ctx.host.fs.exists(DPKG_STATUS) ? ctx.host.fs.readFile(DPKG_STATUS).split(/\n\n+/) : [];
      let code = 0;
      for (const n of names) {
        const st = stanzas.find((s) => s.startsWith(`Package: ${n}\n`));
        if (!st) {
          ctx.err(`dpkg-query: package '${n}' is not installed and no information is available\nUse dpkg --info (= dpkg-deb --info) to examine archive files.\n`);
          code = 1;
          continue;
        }
        ctx.out(`${st.trimEnd()}\n`);
        if (names.length > 1) ctx.out("\n");
      }
      return code;
    }
    ctx.err("dpkg: error: need an action option\n\nType dpkg --help for help about installing and deinstalling packages [*];\nUse 'apt' or 'aptitude' for user-friendly package management;\nType dpkg -Dhelp for a list of dpkg debug flag values;\nType dpkg --force-help for a list of forcing options;\nType dpkg-deb --help for help about manipulating *.deb files;\n\nOptions marked [*] produce a lot of output - pipe it through 'less' or 'more' !\n");
    return 2;
  },
};
