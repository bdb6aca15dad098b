import type { Clock } from "../clock";
import { FsError, type FileStat, type FileSystem } from "../host";

interface Entry {
  type: "file" | "dir";
  content: string;
  mode: number;
  owner: string;
  group: string;
  mtimeMs: number;
}

export interface MemFsJSON {
  entries: Record<string, Entry>;
}

function parentOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i <= 0 ? "/" : path.slice(0, i);
}

function normalise(path: string): string {
  if (!path.startsWith("/")) throw new FsError("EINVAL", path);
  const parts: string[] = [];
  for (const p of path.split("/")) {
    if (p === "" || p === ".") continue;
    if (p === "..") parts.pop();
    else parts.push(p);
  }
  return "/" + parts.join("/");
}

/** A host's filesystem held in one flat map of absolute paths; plain JSON in snapshots. */
export class MemFs implements FileSystem {
  private entries = new Map<string, Entry>();

  constructor(private readonly clock: Clock) {
    this.entries.set("/", this.entry("dir", "", 0o755));
  }

  private entry(type: Entry["type"], content: string, mode: number): Entry {
    return { type, content, mode, owner: "root", group: "root", mtimeMs: this.clock.now() };
  }

  private need(path: string): Entry {
    const e = this.entries.get(normalise(path));
    if (!e) throw new FsError("ENOENT", path);
    return e;
  }

  exists(path: string): boolean {
    return this.entries.has(normalise(path));
  }

  stat(path: string): FileStat {
    const e = this.need(path);
    return { type: e.type, size: e.type === "file" ? new TextEncoder().encode(e.content).length : 4096, mode: e.mode, owner: e.owner, group: e.group, mtimeMs: e.mtimeMs };
  }

  readFile(path: string): string {
    const e = this.need(path);
    if (e.type === "dir") throw new FsError("EISDIR", path);
    return e.content;
  }

  writeFile(path: string, content: string, opts: { append?: boolean; mode?: number } = {}): void {
    const p = normalise(path);
    const parent = this.entries.get(parentOf(p));
    if (!parent) throw new FsError("ENOENT", path);
    if (parent.type !== "dir") throw new FsError("ENOTDIR", path);
    const existing = this.entries.get(p);
    if (existing?.type === "dir") throw new FsError("EISDIR", path);
    if (existing) {
      existing.content = opts.append ? existing.content + content : content;
      existing.mtimeMs = this.clock.now();
      if (opts.mode !== undefined) existing.mode = opts.mode;
    } else {
      this.entries.set(p, this.entry("file", content, opts.mode ?? 0o644));
    }
  }

  readdir(path: string): string[] {
    const p = normalise(path);
    const e = this.need(p);
    if (e.type !== "dir") throw new FsError("ENOTDIR", path);
    const prefix = p === "/" ? "/" : p + "/";
    const names: string[] = [];
    for (const key of this.entries.keys()) {
      if (key !== p && key.startsWith(prefix) && !key.slice(prefix.length).includes("/")) names.push(key.slice(prefix.length));
    }
    return names.sort();
  }

  mkdir(path: string, opts: { recursive?: boolean } = {}): void {
    const p = normalise(path);
    const existing = this.entries.get(p);
    if (existing) {
      if (opts.recursive && existing.type === "dir") return;
      throw new FsError("EEXIST", path);
    }
    const parent = this.entries.get(parentOf(p));
    if (!parent) {
      if (!opts.recursive) throw new FsError("ENOENT", path);
      this.mkdir(parentOf(p), opts);
    } else if (parent.type !== "dir") throw new FsError("ENOTDIR", path);
    this.entries.set(p, this.entry("dir", "", 0o755));
  }

  remove(path: string, opts: { recursive?: boolean } = {}): void {
    const p = normalise(path);
    const e = this.need(p);
    if (p === "/") throw new FsError("EACCES", path);
    if (e.type === "dir") {
      const children = this.readdir(p);
      if (children.length && !opts.recursive) throw new FsError("ENOTEMPTY", path);
      for (const key of [...this.entries.keys()]) if (key.startsWith(p + "/")) this.entries.delete(key);
    }
    this.entries.delete(p);
  }

  rename(from: string, to: string): void {
    const src = normalise(from);
    const dst = normalise(to);
    const e = this.need(src);
    if (!this.entries.has(parentOf(dst))) throw new FsError("ENOENT", to);
    const moved: [string, Entry][] = [];
    for (const [key, value] of this.entries) if (key === src || key.startsWith(src + "/")) moved.push([dst + key.slice(src.length), value]);
    for (const [key] of moved) this.entries.delete(src + key.slice(dst.length));
    if (e.type === "dir") for (const key of [...this.entries.keys()]) if (key === dst || key.startsWith(dst + "/")) this.entries.delete(key);
    for (const [key, value] of moved) this.entries.set(key, value);
  }

  chmod(path: string, mode: number): void {
    this.need(path).mode = mode;
  }

  /** Convenience for setup code: write a file, creating its directories. */
  put(path: string, content: string, mode?: number): void {
    this.mkdir(parentOf(normalise(path)), { recursive: true });
    this.writeFile(path, content, { mode });
  }

  toJSON(): MemFsJSON {
    return { entries: Object.fromEntries([...this.entries].map(([k, v]) => [k, { ...v }])) };
  }

  static fromJSON(json: MemFsJSON, clock: Clock): MemFs {
    const fs = new MemFs(clock);
    fs.entries = new Map(Object.entries(json.entries).map(([k, v]) => [k, { ...v }]));
    return fs;
  }
}
