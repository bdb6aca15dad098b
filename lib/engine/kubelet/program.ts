import type { ImageBehaviour } from "./images";
import { APPLETS, type Io } from "./applets";
import { parseScript, ScriptSyntaxError, type Node, type Word } from "./script-parse";

/**
 * What one container instance does over simulated time: runs its command (busybox-like shell
 * semantics) on a virtual clock that starts at 0 when the container starts. Pure: the same inputs
 * give the same log lines, files and exit, so logs are recomputed on demand instead of stored.
 */
export interface RunInput {
  /** The effective command line (command + args, or the image's defaults). */
  argv: string[];
  image: ImageBehaviour;
  env: Record<string, string>;
  hostname: string;
  /** Wall-clock start of the container (for `date`). */
  startMs: number;
  /** Stop simulating at this offset (ms since start). */
  horizonMs: number;
  /** Memory limit in MiB; allocating past it kills the process (OOMKilled). */
  memoryLimitMi?: number;
  /** Record log lines (off when only the exit time is wanted). */
  collect?: boolean;
  /** Files present when the process starts (mounted volumes, /etc/resolv.conf); `kubectl exec` passes them. */
  files?: Record<string, string>;
  /** The process is known to have got past its start-up (a running instance): its configuration is not checked again. */
  started?: boolean;
  /** Writable volumes (emptyDir...) this container mounts, and what the pod's other containers write there. */
  volumes?: VolumeView;
  /** The container keeps stdin open (`stdin: true`): a shell waits for input instead of exiting. */
  stdin?: boolean;
  /** Working directory and extra directories (an interactive `kubectl exec` session keeps them between lines). */
  cwd?: string;
  dirs?: string[];
  /** `$?` when the script starts (the session's last line). */
  status?: number;
}

/** One change to a file in a writable volume, at absolute simulated time `at`. */
export interface VolumeWrite {
  at: number;
  volume: string;
  /** Path inside the volume, without a leading slash. */
  rel: string;
  op: "set" | "append" | "delete";
  text: string;
}

export interface VolumeView {
  /** The container's writable mounts: volume name → mount path. */
  mounts: { volume: string; path: string }[];
  /** Writes of the pod's other containers to those volumes, sorted by time. */
  writes: VolumeWrite[];
}

export interface RunResult {
  lines: { at: number; text: string; open?: boolean }[];
  /** Set when the process ended before the horizon. */
  exit?: { at: number; code: number; oom?: boolean };
  /** The runtime could not start the process (exec of a missing binary). */
  startError?: string;
  /** Files the process created, as they are at the horizon (or at exit). */
  files: Map<string, string>;
  listens: number[];
  memoryMi: number;
  /** Whether the container is serving (a server binary or `sleep`), for probes. */
  serving: boolean;
  /** What the process wrote into its writable volumes, in order. */
  writes: VolumeWrite[];
  /** The shell's state when it stopped (an interactive session carries it to the next line). */
  shell: { cwd: string; vars: Record<string, string>; dirs: string[] };
}

/** The process's files; changes under a writable volume mount are recorded as volume writes. */
class FileTable extends Map<string, string> {
  record?: (path: string, op: VolumeWrite["op"], text: string) => void;

  set(path: string, value: string): this {
    if (this.record) {
      const prev = super.get(path);
      if (prev !== undefined && value.startsWith(prev)) {
        if (value.length > prev.length) this.record(path, "append", value.slice(prev.length));
      } else this.record(path, "set", value);
    }
    return super.set(path, value);
  }

  delete(path: string): boolean {
    const had = super.delete(path);
    if (had) this.record?.(path, "delete", "");
    return had;
  }
}

class Stop {
  constructor(
    readonly kind: "exit" | "horizon" | "forever",
    readonly code = 0,
  ) {}
}

const MAX_STEPS = 20_000;
const MAX_LINES = 5_000;
const SHELLS = new Set(["sh", "ash", "bash", "dash"]);

export class Proc {
  t = 0;
  steps = 0;
  lines: { at: number; text: string; open?: boolean }[] = [];
  files: Map<string, string> = new FileTable();
  writes: VolumeWrite[] = [];
  /** Index of the next write of another container not yet applied. */
  private shared = 0;
  dirs = new Set<string>(["/", "/tmp", "/var", "/var/log", "/etc", "/dev", "/proc", "/root", "/bin", "/usr", "/home"]);
  vars: Record<string, string>;
  listens: number[] = [];
  memoryMi: number;
  serving = false;
  oom = false;
  private partial = "";
  status = 0;
  cwd: string;

  constructor(readonly input: RunInput) {
    this.vars = { PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", HOSTNAME: input.hostname, HOME: "/root", ...input.env };
    this.memoryMi = input.image.memoryMi;
    this.cwd = input.cwd ?? "/";
    this.status = input.status ?? 0;
    for (const d of input.dirs ?? []) this.dirs.add(d);
    this.files.set("/etc/hostname", `${input.hostname}\n`);
    for (const [path, text] of Object.entries(input.files ?? {})) {
      this.files.set(path, text);
      for (let dir = path.slice(0, path.lastIndexOf("/")); dir; dir = dir.slice(0, dir.lastIndexOf("/"))) this.dirs.add(dir);
    }
    const mounts = input.volumes?.mounts ?? [];
    for (const m of mounts) for (let dir = m.path.replace(/\/+$/, ""); dir; dir = dir.slice(0, dir.lastIndexOf("/"))) this.dirs.add(dir);
    if (mounts.length) {
      (this.files as FileTable).record = (path, op, text) => {
        const m = this.mountOf(path);
        if (m) this.writes.push({ at: input.startMs + this.t, volume: m.volume, rel: path.slice(m.path.replace(/\/+$/, "").length + 1), op, text });
      };
      this.syncVolumes();
    }
  }

  private mountOf(path: string) {
    return this.input.volumes?.mounts.find((m) => path.startsWith(`${m.path.replace(/\/+$/, "")}/`));
  }

  /** Whether another container of the pod may write `path` (it sits in a shared volume). */
  shares(path: string): boolean {
    return !!this.input.volumes?.writes.length && !!this.mountOf(path);
  }

  /** Applies the other containers' volume writes made up to now (they do not count as this process's writes). */
  syncVolumes() {
    const view = this.input.volumes;
    if (!view) return;
    const table = this.files as FileTable;
    const record = table.record;
    table.record = undefined;
    const now = this.input.startMs + this.t;
    for (; this.shared < view.writes.length && view.writes[this.shared].at <= now; this.shared++) {
      const w = view.writes[this.shared];
      const m = view.mounts.find((x) => x.volume === w.volume);
      if (!m) continue;
      const path = `${m.path.replace(/\/+$/, "")}/${w.rel}`;
      if (w.op === "delete") table.delete(path);
      else table.set(path, (w.op === "append" ? (table.get(path) ?? "") : "") + w.text);
      for (let dir = path.slice(0, path.lastIndexOf("/")); dir; dir = dir.slice(0, dir.lastIndexOf("/"))) this.dirs.add(dir);
    }
    table.record = record;
  }

  /** Absolute time of the next write by another container to `path` (in this container's paths), if any. */
  nextWrite(path: string): number | undefined {
    const view = this.input.volumes;
    if (!view) return undefined;
    for (let i = this.shared; i < view.writes.length; i++) {
      const w = view.writes[i];
      const m = view.mounts.find((x) => x.volume === w.volume);
      if (m && `${m.path.replace(/\/+$/, "")}/${w.rel}` === path) return w.at;
    }
    return undefined;
  }

  /** An absolute, normalised path for `path` as typed in the working directory. */
  abs(path: string): string {
    const parts: string[] = [];
    for (const part of (path.startsWith("/") ? path : `${this.cwd}/${path}`).split("/")) {
      if (part === "..") parts.pop();
      else if (part && part !== ".") parts.push(part);
    }
    return `/${parts.join("/")}`;
  }

  get flavour() {
    return this.input.image.userland;
  }

  /** Advances the virtual clock; stops the run when it passes the horizon. */
  sleep(ms: number) {
    if (!Number.isFinite(ms)) throw new Stop("forever");
    this.t += ms;
    if (this.t > this.input.horizonMs) throw new Stop("horizon");
  }

  forever(): never {
    throw new Stop("forever");
  }

  exitWith(code: number): never {
    throw new Stop("exit", code);
  }

  allocate(mi: number) {
    this.memoryMi = Math.max(this.memoryMi, mi);
    if (this.input.memoryLimitMi !== undefined && mi > this.input.memoryLimitMi) {
      this.oom = true;
      throw new Stop("exit", 137);
    }
  }

  /** Standard output of the container: log lines stamped with the virtual time. */
  readonly log: Io = {
    stdin: "",
    out: (s) => this.emit(s),
    err: (s) => this.emit(s),
  };

  private emit(s: string) {
    if (this.input.collect === false) return;
    const parts = (this.partial + s).split("\n");
    this.partial = parts.pop()!;
    for (const text of parts) this.lines.push({ at: this.t, text });
    if (this.lines.length > MAX_LINES) this.lines.splice(0, this.lines.length - MAX_LINES);
  }

  flush() {
    // The last output without a newline stays open: exec prints it as is (logs end every line).
    if (this.partial) this.lines.push({ at: this.t, text: this.partial, open: true });
    this.partial = "";
  }

  /** Whether the shell running the script is bash (its messages differ from busybox ash and dash). */
  get bash(): boolean {
    return /(^|\/)bash$/.test(this.input.argv[0] ?? "") && this.flavour === "gnu";
  }

  notFound(name: string, io: Io): number {
    io.err(this.bash ? `bash: ${name}: command not found\n` : this.flavour === "busybox" ? `sh: ${name}: not found\n` : `sh: 1: ${name}: not found\n`);
    return 127;
  }

  runScript(src: string, io: Io): number {
    let node: Node;
    try {
      node = parseScript(src);
    } catch (e) {
      if (!(e instanceof ScriptSyntaxError)) throw e;
      io.err(this.flavour === "busybox" ? `sh: ${e.message}\n` : `sh: 1: ${e.message.replace(/^syntax error: unexpected "?([^"]*)"?.*/, "Syntax error: \"$1\" unexpected")}\n`);
      return 2;
    }
    return this.exec(node, io);
  }

  exec(node: Node, io: Io): number {
    if (++this.steps > MAX_STEPS) this.forever();
    switch (node.type) {
      case "list": {
        let status = 0;
        for (const item of node.items) {
          if (item.op === "&&" && status !== 0) continue;
          if (item.op === "||" && status === 0) continue;
          status = this.exec(item.node, io);
        }
        return (this.status = status);
      }
      case "not":
        return (this.status = this.exec(node.node, io) === 0 ? 1 : 0);
      case "pipe": {
        let stdin = io.stdin;
        let status = 0;
        node.cmds.forEach((cmd, i) => {
          const last = i === node.cmds.length - 1;
          let captured = "";
          status = this.exec(cmd, last ? { ...io, stdin } : { stdin, out: (s) => (captured += s), err: io.err });
          stdin = captured;
        });
        return (this.status = status);
      }
      case "while":
        return this.loop(node.cond, node.body, node.until, io);
      case "for": {
        let status = 0;
        for (const v of node.values.flatMap((w) => this.expand(w))) {
          this.vars[node.name] = v;
          status = this.exec(node.body, io);
        }
        return (this.status = status);
      }
      case "if":
        if (this.exec(node.cond, io) === 0) return (this.status = this.exec(node.then, io));
        return (this.status = node.else ? this.exec(node.else, io) : 0);
      case "simple":
        return (this.status = this.simple(node, io));
    }
  }

  private loop(cond: Node, body: Node, until: boolean, io: Io): number {
    let status = 0;
    let iterations = 0;
    let lastStart = this.t;
    for (;;) {
      const ok = this.exec(cond, io) === 0;
      if (ok === until) return status;
      const start = this.t;
      status = this.exec(body, io);
      const period = this.t - start;
      if (period === 0 && ++iterations > 1_000) this.forever();
      // A long-running periodic loop: skip whole periods the horizon will never show in full.
      if (period > 0 && period === start - lastStart && (this.input.horizonMs - this.t) / period > 1_000) {
        const skip = Math.floor((this.input.horizonMs - this.t) / period) - 500;
        this.t += skip * period;
      }
      lastStart = start;
    }
  }

  private simple(node: Extract<Node, { type: "simple" }>, io: Io): number {
    this.syncVolumes();
    for (const [name, w] of node.assigns) this.vars[name] = this.expand(w, false).join("");
    const argv = node.words.flatMap((w) => this.expand(w));
    let cmdIo = io;
    for (const r of node.redirects) {
      const typed = this.expand(r.target, false).join("");
      const target = r.op === ">&" ? typed : this.abs(typed);
      if (r.op === ">&") {
        if (r.fd === 2 && target === "1") cmdIo = { ...cmdIo, err: cmdIo.out };
        continue;
      }
      if (r.op === "<") {
        const text = this.files.get(target);
        if (text === undefined) {
          io.err(this.flavour === "busybox" ? `sh: can't open '${typed}': no such file\n` : `sh: 1: cannot open ${typed}: No such file\n`);
          return 1;
        }
        cmdIo = { ...cmdIo, stdin: text };
        continue;
      }
      if (target === "/dev/null") {
        cmdIo = r.fd === 1 ? { ...cmdIo, out: () => {} } : { ...cmdIo, err: () => {} };
        continue;
      }
      if (target === "/dev/stdout" || target === "/proc/1/fd/1") continue;
      const dir = target.slice(0, target.lastIndexOf("/")) || "/";
      if (!this.dirs.has(dir) && ![...this.files.keys()].some((f) => f.startsWith(dir + "/"))) {
        io.err(this.flavour === "busybox" ? `sh: can't create ${typed}: nonexistent directory\n` : `sh: 1: cannot create ${typed}: Directory nonexistent\n`);
        return 2;
      }
      if (r.op === ">") this.files.set(target, "");
      else if (!this.files.has(target)) this.files.set(target, "");
      const write = (s: string) => this.files.set(target, (this.files.get(target) ?? "") + s);
      cmdIo = r.fd === 1 ? { ...cmdIo, out: write } : { ...cmdIo, err: write };
    }
    if (!argv.length) return 0;
    return this.command(argv, cmdIo);
  }

  /** Runs one command by name: a shell, an applet, or one of the image's binaries. */
  command(argv: string[], io: Io): number {
    const name = argv[0].slice(argv[0].lastIndexOf("/") + 1);
    if (SHELLS.has(name) && (name !== "bash" || this.flavour === "gnu")) {
      const c = argv.indexOf("-c");
      // A shell without a script reads its stdin: EOF at once, unless the container keeps stdin open (`kubectl run -it`).
      if (c < 0) return this.input.stdin ? this.forever() : 0;
      return this.runScript(argv[c + 1] ?? "", io);
    }
    if (name === "exec" || name === "nohup") return argv.length > 1 ? this.command(argv.slice(1), io) : 0;
    if (this.input.image.binaries?.includes(name) || this.input.image.binaries?.includes(argv[0])) {
      if (this.input.image.mode === "serve") return this.serve(io, argv);
      // An interpreter (python, node): a module server listens; a REPL without a terminal exits.
      const http = argv.indexOf("http.server");
      if (http < 0) return 0;
      this.listens = [Number(argv[http + 1]) || 8000];
      this.forever();
    }
    const applet = APPLETS[name];
    if (applet) return applet(this, argv, io);
    return this.notFound(name, io);
  }

  /** The image's server process: its startup logs, then it listens until stopped. */
  serve(io: Io, argv: string[] = []): never {
    const error = this.input.started ? undefined : this.input.image.preflight?.(argv, this.files);
    if (error) {
      io.err(`${error}\n`);
      this.exitWith(1);
    }
    for (const l of this.input.image.startupLogs ?? []) io.out(`${l}\n`);
    this.listens = this.input.image.listens ?? [];
    this.serving = true;
    this.forever();
  }

  /** Word expansion: quotes, `$VAR`, `${VAR:-x}`, `$(cmd)`, `$((1+2))`; unquoted results split on blanks. */
  expand(w: Word, split = true): string[] {
    const raw = w.raw;
    const fields: string[] = [];
    let cur = "";
    let quoted = false;
    let i = 0;
    const pushUnquoted = (s: string) => {
      if (!split) return void (cur += s);
      const parts = s.split(/[ \t\n]+/);
      parts.forEach((part, k) => {
        if (k > 0 && (cur || quoted)) {
          fields.push(cur);
          cur = "";
          quoted = false;
        }
        cur += part;
      });
    };
    const dollar = (inQuotes: boolean) => {
      const rest = raw.slice(i);
      let m: RegExpExecArray | null;
      let value: string;
      if ((m = /^\$\(\((.*?)\)\)/.exec(rest))) value = String(arith(m[1], this.vars));
      else if (rest.startsWith("$(")) {
        let depth = 0;
        let j = 1;
        for (; j < rest.length; j++) {
          if (rest[j] === "(") depth++;
          else if (rest[j] === ")" && --depth === 0) break;
        }
        m = [rest.slice(0, j + 1)] as unknown as RegExpExecArray;
        let out = "";
        this.runScript(rest.slice(2, j), { stdin: "", out: (s) => (out += s), err: this.log.err });
        value = out.replace(/\n+$/, "");
      } else if ((m = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(:?-([^}]*))?\}/.exec(rest))) value = this.vars[m[1]] || (m[2] ? m[3] : "") || "";
      else if ((m = /^\$([A-Za-z_][A-Za-z0-9_]*|[?$#0-9])/.exec(rest))) value = m[1] === "?" ? String(this.status) : m[1] === "$" ? "1" : m[1] === "#" ? "0" : (this.vars[m[1]] ?? "");
      else {
        m = ["$"] as unknown as RegExpExecArray;
        value = "$";
      }
      i += m[0].length;
      if (inQuotes) cur += value;
      else pushUnquoted(value);
    };
    while (i < raw.length) {
      const c = raw[i];
      if (c === "'") {
        const end = raw.indexOf("'", i + 1);
        cur += raw.slice(i + 1, end);
        quoted = true;
        i = end + 1;
      } else if (c === '"') {
        quoted = true;
        i++;
        while (i < raw.length && raw[i] !== '"') {
          if (raw[i] === "\\" && '"\\$`'.includes(raw[i + 1])) {
            cur += raw[i + 1];
            i += 2;
          } else if (raw[i] === "$") dollar(true);
          else cur += raw[i++];
        }
        i++;
      } else if (c === "\\") {
        cur += raw[i + 1] ?? "";
        quoted = true;
        i += 2;
      } else if (c === "$") dollar(false);
      else {
        cur += c;
        i++;
      }
    }
    if (cur || quoted || !split) fields.push(cur);
    return fields;
  }
}

function arith(expr: string, vars: Record<string, string>): number {
  const src = expr.replace(/\$?([A-Za-z_][A-Za-z0-9_]*)/g, (_, v) => String(Number(vars[v] ?? 0) || 0));
  if (!/^[\d\s+\-*/%()]*$/.test(src)) return 0;
  const toks = src.match(/\d+|[+\-*/%()]/g) ?? [];
  let p = 0;
  const atom = (): number => {
    const t = toks[p++];
    if (t === "(") {
      const v = sum();
      p++;
      return v;
    }
    if (t === "-") return -atom();
    return Number(t ?? 0);
  };
  const prod = (): number => {
    let v = atom();
    while (toks[p] === "*" || toks[p] === "/" || toks[p] === "%") {
      const op = toks[p++];
      const r = atom();
      v = op === "*" ? v * r : r === 0 ? 0 : op === "/" ? Math.trunc(v / r) : v % r;
    }
    return v;
  };
  const sum = (): number => {
    let v = prod();
    while (toks[p] === "+" || toks[p] === "-") v = toks[p++] === "+" ? v + prod() : v - prod();
    return v;
  };
  return sum();
}

/** Kubernetes expands `$(VAR)` in command and args from the container's env; `$$(VAR)` escapes it. */
export function expandKubeRefs(s: string, env: Record<string, string>): string {
  return s.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (m, name) => (m === "$$" ? "$" : name in env ? env[name] : m));
}

/** Runs a container's process from its start up to the horizon. */
export function runProcess(input: RunInput): RunResult {
  const proc = new Proc(input);
  const result = (exit?: RunResult["exit"], startError?: string): RunResult => {
    proc.flush();
    return { lines: proc.lines, exit, startError, files: proc.files, listens: proc.listens, memoryMi: proc.memoryMi, serving: proc.serving, writes: proc.writes, shell: { cwd: proc.cwd, vars: proc.vars, dirs: [...proc.dirs] } };
  };
  const [first] = input.argv;
  const name = first?.slice(first.lastIndexOf("/") + 1) ?? "";
  const known = SHELLS.has(name) ? name !== "bash" || input.image.userland === "gnu" : !!APPLETS[name] || name === "exec" || !!input.image.binaries?.some((b) => b === name || b === first);
  if (!known) {
    const why = first?.includes("/") ? `stat ${first}: no such file or directory` : "executable file not found in $PATH";
    return result(undefined, `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "${first}": ${why}: unknown`);
  }
  try {
    const code = proc.command(input.argv, proc.log);
    return result({ at: proc.t, code });
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    if (e.kind === "exit") return result({ at: proc.t, code: e.code, ...(proc.oom ? { oom: true } : {}) });
    if (e.kind === "forever") proc.serving = true;
    return result();
  }
}

export { Stop };
