import type { Io } from "./applets";
import type { ContainerNet } from "./container-net";
import type { ImageBehaviour } from "./images";

/**
 * The state of one simulated container process: its virtual clock, files, volumes, memory and
 * output. The script interpreter (script-run.ts) and the applets act on it.
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
  /** The image's network clients and the pod's network (container-net.ts). */
  net?: ContainerNet;
  /** What the command reads on its standard input (`kubectl exec -i`, `kubectl cp`). */
  stdinText?: string;
  /** Takes standard error apart from the log (a non-interactive `kubectl exec` keeps the streams apart). */
  stderr?: (text: string) => void;
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

export class Stop {
  constructor(
    readonly kind: "exit" | "horizon" | "forever",
    readonly code = 0,
  ) {}
}

const MAX_LINES = 5_000;

/** A process's clock, files, writable volumes and standard output; the interpreter builds on it. */
export class ProcessState {
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
    this.log.stdin = input.stdinText ?? "";
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
    err: (s) => (this.input.stderr ? this.input.stderr(s) : this.emit(s)),
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
}
