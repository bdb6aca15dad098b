import type { Command } from "../types";
import { formatDate } from "./system";

function ago(ms: number): string {
  const s = Math.floor(ms / 1000);
  if (s < 60) return `${s}s ago`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}min ago`;
  const h = Math.floor(m / 60);
  return `${h}h ${m % 60}min ago`;
}

const unitName = (u: string) => (u.endsWith(".service") ? u : `${u}.service`);

/** systemctl over the host's units; stopping kubelet is what takes a node NotReady. */
export const systemctl: Command = {
  name: "systemctl",
  usage: "systemctl COMMAND [UNIT...]",
  run(argv, ctx) {
    const args = argv.slice(1).filter((a) => !a.startsWith("-"));
    const [verb, ...units] = args;
    const sd = ctx.host.systemd;
    const now = ctx.environment.clock.now();
    const missing = (u: string) => {
      ctx.err(verb === "status" ? `Unit ${unitName(u)} could not be found.\n` : `Failed to ${verb} ${unitName(u)}: Unit ${unitName(u)} not found.\n`);
      return verb === "status" ? 4 : 5;
    };
    if (!verb) {
      for (const u of sd.units()) ctx.out(`  ${unitName(u.name).padEnd(24)} loaded ${u.active.padEnd(8)} ${u.sub.padEnd(7)} ${u.description}\n`);
      return 0;
    }
    if (verb === "daemon-reload") return sd.daemonReload(), 0;
    if (verb === "list-units") {
      for (const u of sd.units()) ctx.out(`  ${unitName(u.name).padEnd(24)} loaded ${u.active.padEnd(8)} ${u.sub.padEnd(7)} ${u.description}\n`);
      return 0;
    }
    if (units.length === 0) {
      ctx.err(`Too few arguments.\n`);
      return 1;
    }
    let code = 0;
    for (const u of units) {
      const st = sd.status(u);
      if (!st) {
        code = missing(u);
        continue;
      }
      if ((verb === "start" || verb === "restart") && sd.changedOnDisk?.(u)) ctx.err(`Warning: The unit file, source configuration file or drop-ins of ${unitName(u)} changed on disk. Run 'systemctl daemon-reload' to reload units.\n`);
      switch (verb) {
        case "start":
        case "stop":
        case "restart":
        case "enable":
        case "disable":
          if (verb === "enable" && argv.includes("--now")) sd.start(u);
          if (verb === "disable" && argv.includes("--now")) sd.stop(u);
          sd[verb](u);
          if (verb === "enable" && !st.enabled) ctx.err(`Created symlink /etc/systemd/system/multi-user.target.wants/${unitName(u)} → /usr/lib/systemd/system/${unitName(u)}.\n`);
          if (verb === "disable" && st.enabled) ctx.err(`Removed "/etc/systemd/system/multi-user.target.wants/${unitName(u)}".\n`);
          break;
        case "is-active":
          ctx.out(`${st.active}\n`);
          if (st.active !== "active") code = 3;
          break;
        case "is-enabled":
          ctx.out(`${st.enabled ? "enabled" : "disabled"}\n`);
          if (!st.enabled) code = 1;
          break;
        case "status": {
          const running = st.active === "active";
          const since = `${formatDate(st.sinceMs, "%a %F %T %Z")}; ${ago(now - st.sinceMs)}`;
          const dropIn = st.name === "kubelet" ? "    Drop-In: /usr/lib/systemd/system/kubelet.service.d\n             └─10-kubeadm.conf\n" : "";
          ctx.out(
            `${running || st.active === "activating" ? "●" : "○"} ${unitName(st.name)} - ${st.description}\n` +
              `     Loaded: loaded (/usr/lib/systemd/system/${unitName(st.name)}; ${st.enabled ? "enabled" : "disabled"}; preset: enabled)\n` +
              dropIn +
              `     Active: ${running ? "active (running)" : st.active === "activating" ? "activating (auto-restart) (Result: exit-code)" : "inactive (dead)"} since ${since}\n` +
              (running ? `   Main PID: ${st.mainPid} (${st.name})\n` : "") +
              (st.failedPid ? `    Process: ${st.failedPid} ExecStart=/usr/bin/${st.name}${st.name === "kubelet" ? " $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS" : ""} (code=exited, status=1/FAILURE)\n   Main PID: ${st.failedPid} (code=exited, status=1/FAILURE)\n` : "") +
              sd.journal(st.name).slice(-10).map((l) => `${l}\n`).join("").replace(/^(?=.)/, "\n"),
          );
          if (!running) code = 3;
          break;
        }
        case "cat":
          ctx.out(`# /usr/lib/systemd/system/${unitName(st.name)}\n[Unit]\nDescription=${st.description}\n\n[Service]\nExecStart=/usr/bin/${st.name}\nRestart=always\n\n[Install]\nWantedBy=multi-user.target\n`);
          if (st.name === "kubelet" && ctx.host.fs.exists("/etc/systemd/system/kubelet.service.d/10-kubeadm.conf"))
            ctx.out(`\n# /usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf\n${ctx.host.fs.readFile("/etc/systemd/system/kubelet.service.d/10-kubeadm.conf")}`);
          break;
        default:
          ctx.err(`Unknown command verb '${verb}'.\n`);
          return 1;
      }
    }
    return code;
  },
};
