/**
 * A machine the learner can be on: a cluster node (`controlplane`, `node01`) or a standalone exam
 * host. Each has its own files and systemd units; the engine reads both (kubelet config, static pod
 * manifests, etcd data dir) so that what the learner edits drives the cluster.
 */

export interface FileStat {
  type: "file" | "dir" | "symlink";
  size: number;
  /** Octal permission bits, e.g. 0o644. */
  mode: number;
  owner: string;
  group: string;
  mtimeMs: number;
}

/** Errors carry errno-style codes; shell commands word them as coreutils do. */
export class FsError extends Error {
  constructor(
    readonly code: "ENOENT" | "EISDIR" | "ENOTDIR" | "EEXIST" | "ENOTEMPTY" | "EACCES" | "EINVAL",
    readonly path: string,
  ) {
    super(`${code}: ${path}`);
    this.name = "FsError";
  }
}

/** A per-host in-memory filesystem. Paths are absolute and already normalised by the caller. */
export interface FileSystem {
  exists(path: string): boolean;
  stat(path: string): FileStat;
  readFile(path: string): string;
  writeFile(path: string, content: string, opts?: { append?: boolean; mode?: number }): void;
  /** Names in a directory, sorted. */
  readdir(path: string): string[];
  mkdir(path: string, opts?: { recursive?: boolean }): void;
  remove(path: string, opts?: { recursive?: boolean }): void;
  rename(from: string, to: string): void;
  chmod(path: string, mode: number): void;
}

export type UnitActiveState = "active" | "inactive" | "failed" | "activating";

export interface UnitStatus {
  name: string;
  description: string;
  loaded: boolean;
  enabled: boolean;
  active: UnitActiveState;
  /** e.g. "running", "dead", "auto-restart". */
  sub: string;
  mainPid?: number;
  sinceMs: number;
  /** While restarting after a failed start: the pid of the process that exited. */
  failedPid?: number;
}

/** systemd as seen by `systemctl` and `journalctl`. */
export interface Systemd {
  units(): UnitStatus[];
  status(unit: string): UnitStatus | undefined;
  start(unit: string): void;
  stop(unit: string): void;
  restart(unit: string): void;
  enable(unit: string): void;
  disable(unit: string): void;
  daemonReload(): void;
  /** Whether the unit's files changed on disk since the last daemon-reload. */
  changedOnDisk?(unit: string): boolean;
  /** Journal lines for a unit, oldest first, already formatted as journalctl prints them. */
  journal(unit?: string): string[];
}

export interface Host {
  /** Hostname, e.g. `controlplane`. */
  readonly name: string;
  /** The cluster this host is a node of, if any. */
  readonly cluster?: string;
  readonly ip: string;
  readonly fs: FileSystem;
  readonly systemd: Systemd;
}
