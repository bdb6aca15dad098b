import type { Proc } from "./script-run";
import { tarApplet } from "./tar";

/** Standard streams of one command inside a container. */
export interface Io {
  stdin: string;
  out(s: string): void;
  err(s: string): void;
}

type Applet = (p: Proc, argv: string[], io: Io) => number;

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/** `date` in the C locale: `Thu Jan  1 09:00:03 UTC 2026`. */
export function cDate(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, " ")} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

/** `sleep 5`, `sleep 0.5`, `sleep 1m`, `sleep infinity` → milliseconds. */
function duration(arg: string): number | undefined {
  if (arg === "infinity" || arg === "inf") return Infinity;
  const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(arg);
  if (!m) return undefined;
  return Number(m[1]) * { "": 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as "" | "s" | "m" | "h" | "d"];
}

/** Megabytes as stress spells them (`150M`, `1G`, `512k`). */
function megabytes(arg: string): number {
  const m = /^(\d+)([kKmMgG]?)$/.exec(arg);
  if (!m) return 0;
  return Number(m[1]) * ({ k: 1 / 1024, m: 1, g: 1024, "": 1 / (1024 * 1024) }[m[2].toLowerCase() as "k" | "m" | "g" | ""] ?? 1);
}

const cantOpen = (p: Proc, cmd: string, file: string) => (p.flavour === "busybox" ? `${cmd}: can't open '${file}': No such file or directory\n` : `${cmd}: ${file}: No such file or directory\n`);

function readFiles(p: Proc, cmd: string, files: string[], io: Io): { text: string; status: number } {
  if (!files.length) return { text: io.stdin, status: 0 };
  let text = "";
  let status = 0;
  for (const f of files) {
    const content = f === "-" ? io.stdin : p.files.get(p.abs(f));
    if (content === undefined) {
      io.err(p.dirs.has(p.abs(f)) ? `${cmd}: read error: Is a directory\n` : cantOpen(p, cmd, f));
      status = 1;
    } else text += content;
  }
  return { text, status };
}

function lastLines(text: string, n: number): string {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines.slice(Math.max(0, lines.length - n)).map((l) => l + "\n").join("");
}

function unescape(s: string): string {
  return s.replace(/\\(n|t|\\|c)/g, (_, c) => ({ n: "\n", t: "\t", "\\": "\\", c: "" })[c as "n"]);
}

function test(p: Proc, args: string[]): boolean {
  if (args[0] === "!") return !test(p, args.slice(1));
  if (args.length === 1) return args[0] !== "";
  if (args.length === 2) {
    const [op, a] = [args[0], args[0].length === 2 && "fesd".includes(args[0][1]) ? p.abs(args[1]) : args[1]];
    if (op === "-f" || op === "-e" || op === "-s") return p.files.has(a) && (op !== "-s" || p.files.get(a) !== "") || (op === "-e" && p.dirs.has(a));
    if (op === "-d") return p.dirs.has(a);
    if (op === "-z") return a === "";
    if (op === "-n") return a !== "";
  }
  if (args.length === 3) {
    const [a, op, b] = args;
    const numeric: Record<string, (x: number, y: number) => boolean> = { "-eq": (x, y) => x === y, "-ne": (x, y) => x !== y, "-lt": (x, y) => x < y, "-le": (x, y) => x <= y, "-gt": (x, y) => x > y, "-ge": (x, y) => x >= y };
    if (op === "=" || op === "==") return a === b;
    if (op === "!=") return a !== b;
    if (numeric[op]) return numeric[op](Number(a), Number(b));
  }
  return false;
}

/**
 * `tail -f FILE` on a file another container of the pod writes (a shared emptyDir): wakes at each
 * of its writes and prints what was added. Anything else never changes, so it just waits.
 */
function followFile(p: Proc, file: string | undefined, io: Io): never {
  if (!file || !p.shares(file)) return p.forever();
  let seen = p.files.get(file) ?? "";
  for (;;) {
    const next = file ? p.nextWrite(file) : undefined;
    if (next === undefined || ++p.steps > 20_000) return p.forever();
    p.sleep(Math.max(0, next - (p.input.startMs + p.t)));
    p.syncVolumes();
    const now = p.files.get(file) ?? "";
    io.out(now.startsWith(seen) ? now.slice(seen.length) : now);
    seen = now;
  }
}

/** Commands busybox (and the GNU userland of the Debian-based images) provide inside containers. */
export const APPLETS: Record<string, Applet> = {
  true: () => 0,
  ":": () => 0,
  false: () => 1,
  echo(_p, argv, io) {
    let args = argv.slice(1);
    let newline = true;
    let escapes = false;
    while (/^-[neE]+$/.test(args[0] ?? "")) {
      if (args[0].includes("n")) newline = false;
      if (args[0].includes("e")) escapes = true;
      args = args.slice(1);
    }
    const text = args.join(" ");
    io.out((escapes ? unescape(text) : text) + (newline ? "\n" : ""));
    return 0;
  },
  printf(_p, argv, io) {
    const [fmt = "", ...args] = argv.slice(1);
    let k = 0;
    const once = () => unescape(fmt).replace(/%([sd%])/g, (_, c) => (c === "%" ? "%" : c === "d" ? String(Number(args[k++] ?? 0) || 0) : (args[k++] ?? "")));
    let out = once();
    while (k > 0 && k < args.length) out += once();
    io.out(out);
    return 0;
  },
  sleep(p, argv, io) {
    const ms = duration(argv[1] ?? "");
    if (ms === undefined) {
      io.err(argv[1] === undefined ? "sleep: missing operand\n" : `sleep: invalid number '${argv[1]}'\n`);
      return 1;
    }
    p.sleep(ms);
    return 0;
  },
  exit(p, argv) {
    return p.exitWith(Number(argv[1] ?? p.status) & 255);
  },
  cat(p, argv, io) {
    const { text, status } = readFiles(p, "cat", argv.slice(1).filter((a) => !a.startsWith("-") || a === "-"), io);
    io.out(text);
    return status;
  },
  tail(p, argv, io) {
    const args = argv.slice(1);
    const follow = args.some((a) => a === "-f" || a === "-F" || /^-[a-z]*f/.test(a));
    let n = 10;
    const files: string[] = [];
    for (let i = 0; i < args.length; i++) {
      if (args[i] === "-n") n = Number(args[++i]);
      else if (/^-n\d+$/.test(args[i])) n = Number(args[i].slice(2));
      else if (/^-\d+$/.test(args[i])) n = Number(args[i].slice(1));
      else if (!args[i].startsWith("-")) files.push(args[i]);
    }
    const real = files.filter((f) => f !== "/dev/null");
    const { text, status } = readFiles(p, "tail", real, real.length || !files.length ? io : { ...io, stdin: "" });
    if (status && !follow) return status;
    io.out(lastLines(text, n));
    if (follow) followFile(p, real[real.length - 1], io);
    return status;
  },
  head(p, argv, io) {
    let n = 10;
    const files: string[] = [];
    const args = argv.slice(1);
    for (let i = 0; i < args.length; i++) {
      if (args[i] === "-n") n = Number(args[++i]);
      else if (/^-\d+$/.test(args[i])) n = Number(args[i].slice(1));
      else files.push(args[i]);
    }
    const { text, status } = readFiles(p, "head", files, io);
    io.out(text.split("\n").slice(0, n).map((l) => l + "\n").join("").replace(/\n$/, text.endsWith("\n") || text.split("\n").length > n ? "\n" : ""));
    return status;
  },
  touch(p, argv) {
    for (const f of argv.slice(1).filter((a) => !a.startsWith("-")).map((a) => p.abs(a))) if (!p.files.has(f)) p.files.set(f, "");
    return 0;
  },
  rm(p, argv, io) {
    let status = 0;
    const force = argv.slice(1).some((a) => /^-[a-z]*f/.test(a));
    for (const f of argv.slice(1).filter((a) => !a.startsWith("-"))) {
      if (p.files.delete(p.abs(f)) || p.dirs.delete(p.abs(f))) continue;
      if (!force) {
        io.err(p.flavour === "busybox" ? `rm: can't remove '${f}': No such file or directory\n` : `rm: cannot remove '${f}': No such file or directory\n`);
        status = 1;
      }
    }
    return status;
  },
  mkdir(p, argv) {
    for (const d of argv.slice(1).filter((a) => !a.startsWith("-"))) {
      const parts = p.abs(d).split("/").filter(Boolean);
      for (let i = 1; i <= parts.length; i++) p.dirs.add("/" + parts.slice(0, i).join("/"));
    }
    return 0;
  },
  date(p, _argv, io) {
    io.out(`${cDate(p.input.startMs + p.t)}\n`);
    return 0;
  },
  hostname(p, _argv, io) {
    io.out(`${p.input.hostname}\n`);
    return 0;
  },
  env(p, _argv, io) {
    io.out(Object.entries(p.vars).map(([k, v]) => `${k}=${v}\n`).join(""));
    return 0;
  },
  printenv(p, argv, io) {
    if (argv.length < 2) return APPLETS.env(p, argv, io);
    const v = p.vars[argv[1]];
    if (v === undefined) return 1;
    io.out(`${v}\n`);
    return 0;
  },
  export(p, argv) {
    for (const a of argv.slice(1)) {
      const eq = a.indexOf("=");
      if (eq > 0) p.vars[a.slice(0, eq)] = a.slice(eq + 1);
    }
    return 0;
  },
  test: (p, argv) => (test(p, argv.slice(1)) ? 0 : 1),
  "[": (p, argv) => (test(p, argv.slice(1, argv[argv.length - 1] === "]" ? -1 : undefined)) ? 0 : 1),
  grep(p, argv, io) {
    const args = argv.slice(1);
    const flags = args.filter((a) => a.startsWith("-")).join("");
    const [pattern = "", ...files] = args.filter((a) => !a.startsWith("-"));
    const { text } = readFiles(p, "grep", files, io);
    let re: RegExp;
    try {
      re = new RegExp(pattern, flags.includes("i") ? "i" : "");
    } catch {
      return 2;
    }
    const hits = text.split("\n").filter((l, i, all) => !(i === all.length - 1 && l === "") && re.test(l) !== flags.includes("v"));
    if (!flags.includes("q")) io.out(flags.includes("c") ? `${hits.length}\n` : hits.map((l) => l + "\n").join(""));
    return hits.length ? 0 : 1;
  },
  wc(p, argv, io) {
    const files = argv.slice(1).filter((a) => !a.startsWith("-"));
    const { text, status } = readFiles(p, "wc", files, io);
    const lines = (text.match(/\n/g) ?? []).length;
    io.out(argv.includes("-l") ? `${lines}${files.length ? ` ${files[0]}` : ""}\n` : `${lines} ${text.split(/\s+/).filter(Boolean).length} ${text.length}\n`);
    return status;
  },
  tee(p, argv, io) {
    const append = argv.includes("-a");
    for (const f of argv.slice(1).filter((a) => !a.startsWith("-")).map((a) => p.abs(a))) p.files.set(f, (append ? (p.files.get(f) ?? "") : "") + io.stdin);
    io.out(io.stdin);
    return 0;
  },
  ls(p, argv, io) {
    const dir = argv.slice(1).find((a) => !a.startsWith("-")) ?? ".";
    if (p.files.has(p.abs(dir))) return (io.out(`${dir}\n`), 0);
    if (!p.dirs.has(p.abs(dir))) {
      io.err(p.flavour === "busybox" ? `ls: ${dir}: No such file or directory\n` : `ls: cannot access '${dir}': No such file or directory\n`);
      return p.flavour === "busybox" ? 1 : 2;
    }
    const prefix = p.abs(dir) === "/" ? "/" : `${p.abs(dir)}/`;
    const names = new Set([...p.files.keys(), ...p.dirs].filter((f) => f.startsWith(prefix) && f !== prefix).map((f) => f.slice(prefix.length).split("/")[0]));
    io.out([...names].sort().map((n) => `${n}\n`).join(""));
    return 0;
  },
  stress(p, argv) {
    const args = argv.slice(1);
    const bytes = args[args.indexOf("--vm-bytes") + 1];
    const timeout = args.includes("--timeout") ? duration(args[args.indexOf("--timeout") + 1]) : undefined;
    p.log.out(`stress: info: [1] dispatching hogs: ${args.includes("--cpu") ? args[args.indexOf("--cpu") + 1] : 0} cpu, 0 io, ${args.includes("--vm") ? args[args.indexOf("--vm") + 1] : 0} vm, 0 hdd\n`);
    if (args.includes("--vm-bytes")) p.allocate(p.memoryMi + megabytes(bytes));
    if (timeout !== undefined) {
      p.sleep(timeout);
      p.log.out(`stress: info: [1] successful run completed in ${Math.round(timeout / 1000)}s\n`);
      return 0;
    }
    return p.forever();
  },
  kill: () => 0,
  trap: () => 0,
  wait: () => 0,
  set: () => 0,
  cd(p, argv, io) {
    const target = argv[1] === undefined || argv[1] === "~" ? (p.vars.HOME ?? "/") : argv[1];
    if (!p.dirs.has(p.abs(target))) {
      if (p.bash) return (io.err(`bash: cd: ${target}: No such file or directory\n`), 1);
      io.err(p.flavour === "busybox" ? `sh: cd: can't cd to ${target}: No such file or directory\n` : `sh: 1: cd: can't cd to ${target}\n`);
      return 2;
    }
    p.cwd = p.abs(target);
    p.vars.PWD = p.cwd;
    return 0;
  },
  pwd(p, _argv, io) {
    io.out(`${p.cwd}\n`);
    return 0;
  },
  sync: () => 0,
  umask: () => 0,
  tar: tarApplet,
};
