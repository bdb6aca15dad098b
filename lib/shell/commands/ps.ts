import type { Command, CommandContext } from "../types";
import { nodeProcesses, type Proc } from "../node/processes";
import { pidFor } from "../node/runtime";

/**
 * ps (procps-ng 4 layout on a node whose pid_max is 4194304, so PIDs take 7 columns):
 * `ps`, `ps aux`, `ps -ef`, `ps -e`/`-A`, `ps -p PID`, `ps -o pid,ppid,user,comm,args`.
 */

const pad2 = (n: number) => String(n).padStart(2, "0");
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function start(ms: number, now: number): string {
  const d = new Date(ms);
  if (now - ms < 24 * 3600_000) return `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
  if (new Date(now).getUTCFullYear() === d.getUTCFullYear()) return `${MONTHS[d.getUTCMonth()]}${pad2(d.getUTCDate())}`;
  return String(d.getUTCFullYear());
}

const cputime = (s: number) => `${Math.floor(s / 60)}:${pad2(s % 60)}`;
const cputimeLong = (s: number) => `${pad2(Math.floor(s / 3600))}:${pad2(Math.floor((s % 3600) / 60))}:${pad2(s % 60)}`;

/** The learner's own shell and this ps, on the terminal. */
function sessionProcs(ctx: CommandContext, now: number, argv: string[]): Proc[] {
  const bash = pidFor(`bash:${ctx.host.name}:${ctx.user}`);
  const base = { user: ctx.user === "root" ? "root" : ctx.user, cpu: 0, mem: 0.1, tty: "pts/0", startMs: now, cpuSeconds: 0 };
  return [
    { ...base, pid: bash, ppid: pidFor(`sshd-session:${ctx.host.name}`), vsz: 8732, rss: 5504, stat: "Ss", argv: ["-bash"], comm: "bash" },
    { ...base, pid: bash + 1217, ppid: bash, vsz: 11316, rss: 4480, stat: "R+", argv, comm: "ps" },
  ];
}

const FIELDS: Record<string, { head: string; right: boolean; get: (p: Proc, now: number) => string }> = {
  pid: { head: "PID", right: true, get: (p) => String(p.pid) },
  ppid: { head: "PPID", right: true, get: (p) => String(p.ppid) },
  user: { head: "USER", right: false, get: (p) => p.user },
  uid: { head: "UID", right: true, get: (p) => (p.user === "root" ? "0" : p.user) },
  comm: { head: "COMMAND", right: false, get: (p) => p.comm },
  cmd: { head: "CMD", right: false, get: (p) => p.argv.join(" ") },
  args: { head: "COMMAND", right: false, get: (p) => p.argv.join(" ") },
  command: { head: "COMMAND", right: false, get: (p) => p.argv.join(" ") },
  stat: { head: "STAT", right: false, get: (p) => p.stat },
  tty: { head: "TT", right: false, get: (p) => p.tty },
  "%cpu": { head: "%CPU", right: true, get: (p) => p.cpu.toFixed(1) },
  "%mem": { head: "%MEM", right: true, get: (p) => p.mem.toFixed(1) },
  rss: { head: "RSS", right: true, get: (p) => String(p.rss) },
  vsz: { head: "VSZ", right: true, get: (p) => String(p.vsz) },
};

export const ps: Command = {
  name: "ps",
  usage: "ps [aux | -ef | -e | -p PID | -o FIELDS]",
  run(argv, ctx) {
    const now = ctx.environment.clock.now();
    const args = argv.slice(1);
    let all = false;
    let bsd = false;
    let full = false;
    let pids: number[] | undefined;
    let fields: string[] | undefined;
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (/^[auxwf]+$/.test(a)) {
        bsd = a.includes("u");
        all = all || a.includes("a") || a.includes("x");
      } else if (/^-[eAfly]+$/.test(a)) {
        all = all || /[eA]/.test(a);
        full = full || a.includes("f");
      } else if (a === "-aux" || a === "-ax") {
        bsd = a === "-aux";
        all = true;
      } else if (a === "-p" || a === "--pid" || /^-p\d/.test(a)) {
        const v = a.length > 2 && a.startsWith("-p") ? a.slice(2) : args[++i];
        if (!v || !/^\d+(,\d+)*$/.test(v)) {
          ctx.err(`error: list of process IDs must follow -p\n\nUsage:\n ps [options]\n\n Try 'ps --help <simple|list|output|threads|misc|all>'\n  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.\n\nFor more details see ps(1).\n`);
          return 1;
        }
        pids = v.split(",").map(Number);
        all = true;
      } else if (a === "-o" || a === "-eo" || a === "o") {
        if (a === "-eo") all = true;
        const v = args[++i];
        fields = (v ?? "").split(",").filter(Boolean);
        const bad = fields.find((f) => !FIELDS[f.toLowerCase()]);
        if (!v || bad) {
          ctx.err(`error: unknown user-defined format specifier "${bad ?? ""}"\n\nUsage:\n ps [options]\n\n Try 'ps --help <simple|list|output|threads|misc|all>'\n  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.\n\nFor more details see ps(1).\n`);
          return 1;
        }
      } else {
        ctx.err(`error: unsupported option (BSD syntax)\n\nUsage:\n ps [options]\n\n Try 'ps --help <simple|list|output|threads|misc|all>'\n  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.\n\nFor more details see ps(1).\n`);
        return 1;
      }
    }
    const session = sessionProcs(ctx, now, ["ps", ...args]);
    let procs = all ? [...nodeProcesses(ctx), ...session].sort((a, b) => a.pid - b.pid) : session;
    if (pids) procs = procs.filter((p) => pids!.includes(p.pid));
    let out = "";
    if (fields) {
      const cols = fields.map((f) => FIELDS[f.toLowerCase()]);
      const cells = [cols.map((c) => c.head), ...procs.map((p) => cols.map((c) => c.get(p, now)))];
      const widths = cols.map((c, i) => (i === cols.length - 1 ? 0 : Math.max(...cells.map((r) => r[i].length), c.head === "PID" || c.head === "PPID" ? 7 : 0)));
      for (const r of cells) out += r.map((v, i) => (i === cols.length - 1 ? v : cols[i].right ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join(" ") + "\n";
    } else if (bsd) {
      out += "USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n";
      for (const p of procs) out += `${p.user.padEnd(8)} ${String(p.pid).padStart(7)} ${p.cpu.toFixed(1).padStart(4)} ${p.mem.toFixed(1).padStart(4)} ${String(p.vsz).padStart(6)} ${String(p.rss).padStart(5)} ${p.tty.padEnd(8)} ${p.stat.padEnd(4)} ${start(p.startMs, now).padStart(5)} ${cputime(p.cpuSeconds).padStart(6)} ${p.argv.join(" ")}\n`;
    } else if (full) {
      out += "UID          PID    PPID  C STIME TTY          TIME CMD\n";
      for (const p of procs) out += `${p.user.padEnd(8)} ${String(p.pid).padStart(7)} ${String(p.ppid).padStart(7)} ${String(Math.round(p.cpu)).padStart(2)} ${start(p.startMs, now).padStart(5)} ${p.tty.padEnd(8)} ${cputimeLong(p.cpuSeconds)} ${p.argv.join(" ")}\n`;
    } else {
      out += "    PID TTY          TIME CMD\n";
      for (const p of procs) out += `${String(p.pid).padStart(7)} ${p.tty.padEnd(8)} ${cputimeLong(p.cpuSeconds)} ${p.comm}\n`;
    }
    ctx.out(out);
    return pids && procs.length === 0 ? 1 : 0;
  },
};
