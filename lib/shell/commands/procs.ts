import type { Command, CommandContext } from "../types";
import { nodeProcesses } from "../node/processes";
import { binaryPath, SHELL_BUILTINS } from "../builtins/script";
import { formatDate } from "./system";

/** kill, which, man and watch. */

const SIGNALS = " 1) SIGHUP\t 2) SIGINT\t 3) SIGQUIT\t 4) SIGILL\t 5) SIGTRAP\n 6) SIGABRT\t 7) SIGBUS\t 8) SIGFPE\t 9) SIGKILL\t10) SIGUSR1\n11) SIGSEGV\t12) SIGUSR2\t13) SIGPIPE\t14) SIGALRM\t15) SIGTERM\n16) SIGSTKFLT\t17) SIGCHLD\t18) SIGCONT\t19) SIGSTOP\t20) SIGTSTP\n21) SIGTTIN\t22) SIGTTOU\t23) SIGURG\t24) SIGXCPU\t25) SIGXFSZ\n26) SIGVTALRM\t27) SIGPROF\t28) SIGWINCH\t29) SIGIO\t30) SIGPWR\n31) SIGSYS\t34) SIGRTMIN\t35) SIGRTMIN+1\t36) SIGRTMIN+2\t37) SIGRTMIN+3\n38) SIGRTMIN+4\t39) SIGRTMIN+5\t40) SIGRTMIN+6\t41) SIGRTMIN+7\t42) SIGRTMIN+8\n43) SIGRTMIN+9\t44) SIGRTMIN+10\t45) SIGRTMIN+11\t46) SIGRTMIN+12\t47) SIGRTMIN+13\n48) SIGRTMIN+14\t49) SIGRTMIN+15\t50) SIGRTMAX-14\t51) SIGRTMAX-13\t52) SIGRTMAX-12\n53) SIGRTMAX-11\t54) SIGRTMAX-10\t55) SIGRTMAX-9\t56) SIGRTMAX-8\t57) SIGRTMAX-7\n58) SIGRTMAX-6\t59) SIGRTMAX-5\t60) SIGRTMAX-4\t61) SIGRTMAX-3\t62) SIGRTMAX-2\n63) SIGRTMAX-1\t64) SIGRTMAX\t\n";
const KILL_USAGE = "kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n";
const SIGNAMES = ["HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM"];

export const kill: Command = {
  name: "kill",
  usage: "kill [-s SIGNAL | -SIGNAL] PID...",
  run(argv, ctx) {
    let args = argv.slice(1);
    if (args[0] === "-l" || args[0] === "-L") {
      if (args[1]) {
        const n = Number(args[1]);
        ctx.out((Number.isInteger(n) && SIGNAMES[n - 1] ? SIGNAMES[n - 1] : String(SIGNAMES.indexOf(args[1].replace(/^SIG/, "")) + 1)) + "\n");
        return 0;
      }
      ctx.out(SIGNALS);
      return 0;
    }
    if (args[0] === "-s" || args[0] === "-n") {
      if (!args[1]) {
        ctx.err(`bash: kill: ${args[0]}: option requires an argument\n`);
        return 2;
      }
      args = args.slice(2);
    } else if (args[0]?.startsWith("-")) {
      const sig = args[0].slice(1).replace(/^SIG/, "");
      if (!/^\d+$/.test(sig) && !SIGNAMES.includes(sig) && !["CONT", "STOP", "CHLD", "TSTP"].includes(sig)) {
        ctx.err(`bash: kill: ${args[0].slice(1)}: invalid signal specification\n`);
        return 1;
      }
      args = args.slice(1);
    }
    if (args.length === 0) {
      ctx.err(KILL_USAGE);
      return 2;
    }
    const procs = nodeProcesses(ctx);
    let code = 0;
    for (const a of args) {
      if (!/^-?\d+$/.test(a)) {
        ctx.err(`bash: kill: ${a}: arguments must be process or job IDs\n`);
        code = 1;
        continue;
      }
      const p = procs.find((x) => x.pid === Number(a));
      if (!p) {
        ctx.err(`bash: kill: (${a}) - No such process\n`);
        code = 1;
        continue;
      }
      // systemd restarts its services (Restart=always); the kubelet restarts killed containers.
      const unit = ctx.host.systemd.units().find((u) => u.mainPid === p.pid && u.active === "active");
      if (unit) ctx.host.systemd.restart(unit.name);
    }
    return code;
  },
};

function known(ctx: CommandContext, name: string): boolean {
  return (ctx.shell.commandNames?.() ?? []).includes(name) && (!SHELL_BUILTINS.has(name) || ["echo", "printf", "test", "[", "kill", "true", "false", "pwd"].includes(name));
}

export const which: Command = {
  name: "which",
  usage: "which [-a] COMMAND...",
  run(argv, ctx) {
    const all = argv.includes("-a");
    let code = 0;
    const names = argv.slice(1).filter((a) => !a.startsWith("-"));
    if (names.length === 0) return 1;
    for (const n of names) {
      if (n.includes("/")) {
        if (ctx.host.fs.exists(ctx.resolve(n))) ctx.out(n + "\n");
        else code = 1;
        continue;
      }
      if (!known(ctx, n)) {
        code = 1;
        continue;
      }
      const path = binaryPath(n);
      ctx.out(path + "\n");
      if (all && path.startsWith("/usr/")) ctx.out(path.slice(4) + "\n");
    }
    return code;
  },
};

export const man: Command = {
  name: "man",
  usage: "man PAGE",
  run(argv, ctx) {
    const page = argv.slice(1).find((a) => !a.startsWith("-") && !/^\d$/.test(a));
    if (!page) {
      ctx.err("What manual page do you want?\nFor example, try 'man man'.\n");
      return 1;
    }
    const all = ctx.shell.commandNames?.() ?? [];
    if (!all.includes(page)) {
      ctx.err(`No manual entry for ${page}\n`);
      return 16;
    }
    const title = `${page.toUpperCase()}(1)`;
    const mid = "User Commands";
    const gap = Math.max(1, 78 - title.length * 2 - mid.length);
    const head = `${title}${" ".repeat(Math.floor(gap / 2))}${mid}${" ".repeat(Math.ceil(gap / 2))}${title}`;
    const builtin = SHELL_BUILTINS.has(page) ? "bash builtin; see also `help`" : `${page} (kubelab short page)`;
    ctx.out(`${head}\n\nNAME\n       ${page} - ${builtin}\n\nSYNOPSIS\n       ${ctx.shell.commandUsage?.(page) ?? page}\n\nDESCRIPTION\n       Run \`${page} --help\` for the options this environment supports.\n\n${" ".repeat(Math.floor((78 - 13) / 2))}kubelab 1.0${" ".repeat(Math.ceil((78 - 13) / 2))}${title}\n`);
    return 0;
  },
};

export const watch: Command = {
  name: "watch",
  usage: "watch [-n SECONDS] COMMAND",
  run(argv, ctx) {
    const args = argv.slice(1);
    let interval = "2.0";
    let title = true;
    while (args[0]?.startsWith("-")) {
      const a = args.shift()!;
      if (a === "-n" || a === "--interval") interval = Number(args.shift() ?? 2).toFixed(1);
      else if (a.startsWith("-n")) interval = Number(a.slice(2)).toFixed(1);
      else if (a === "-t" || a === "--no-title") title = false;
      else if (a === "-d" || a === "--differences" || a === "-x" || a === "--exec") continue;
      else {
        ctx.err(`watch: invalid option -- '${a.replace(/^-+/, "")[0]}'\n\nUsage:\n watch [options] command\n`);
        return 1;
      }
    }
    if (args.length === 0) {
      ctx.err("\nUsage:\n watch [options] command\n\nOptions:\n  -b, --beep             beep if command has a non-zero exit\n  -c, --color            interpret ANSI color and style sequences\n  -d, --differences[=<permanent>]\n                         highlight changes between updates\n  -e, --errexit          exit if command has a non-zero exit\n  -g, --chgexit          exit when output from command changes\n  -n, --interval <secs>  seconds to wait between updates\n  -p, --precise          attempt run command in precise intervals\n  -t, --no-title         turn off header\n  -w, --no-wrap          turn off line wrapping\n  -x, --exec             pass command to exec instead of \"sh -c\"\n\n -h, --help     display this help and exit\n -v, --version  output version information and exit\n\nFor more details see watch(1).\n");
      return 1;
    }
    const line = args.join(" ");
    const r = ctx.run(line, { stdin: "" });
    if (title) {
      const left = `Every ${interval}s: ${line}`;
      const right = `${ctx.host.name}: ${formatDate(ctx.environment.clock.now(), "%a %b %e %H:%M:%S %Y")}`;
      ctx.out(`${left}${" ".repeat(Math.max(1, 80 - left.length - right.length))}${right}\n\n`);
    }
    ctx.out(r.stdout + r.stderr);
    return 0;
  },
};
