import type { FileSystem } from "../engine/host";
import type { CommandResult } from "./types";

/** Runs a process substitution's list in a subshell with `stdin`; its output and exit code. */
export type ListRunner = (list: string, stdin: string) => CommandResult;

interface OpenFd {
  fs: FileSystem;
  path: string;
  dir: "<" | ">";
  list: string;
  /** What `<(list)` printed on stderr. */
  stderr: string;
}

/** The first fd bash hands to a process substitution; later ones count down (63, 62, ...). */
const FIRST_FD = 63;

/**
 * Process substitution (`<(list)`, `>(list)`) as bash does it on Linux: the word becomes a
 * `/dev/fd/N` path that lives as long as the command it is an argument of. `<(list)` runs the list
 * first and the path holds its output; `>(list)` gives an empty path and, once the command is done,
 * feeds what the command wrote to the list. The list's stderr (and a `>(list)`'s stdout) goes to
 * where the shell's own output went when the word was expanded, not through the command's redirects.
 */
export class ProcSubsts {
  private fds: OpenFd[] = [];
  /** Directories made for /dev/fd on a filesystem that had none, removed with the last fd. */
  private madeDirs = new Map<FileSystem, string[]>();
  mark(): number {
    return this.fds.length;
  }

  open(fs: FileSystem, list: string, dir: "<" | ">", run: ListRunner): string {
    const r = dir === "<" ? run(list, "") : { stdout: "", stderr: "" };
    const used = new Set(this.fds.filter((f) => f.fs === fs).map((f) => f.path));
    let n = FIRST_FD;
    while (used.has(`/dev/fd/${n}`) && n > 10) n--;
    const path = `/dev/fd/${n}`;
    if (!this.madeDirs.has(fs)) {
      const made = ["/dev", "/dev/fd"].filter((d) => !fs.exists(d));
      if (made.length) fs.mkdir("/dev/fd", { recursive: true });
      this.madeDirs.set(fs, made);
    }
    fs.writeFile(path, r.stdout, { mode: 0o600 });
    this.fds.push({ fs, path, dir, list, stderr: r.stderr });
    return path;
  }

  /** Closes the fds opened since `mark`: runs pending `>(list)`s and adds what they printed to `r`. */
  release(mark: number, r: CommandResult | undefined, run: ListRunner): CommandResult | undefined {
    if (this.fds.length === mark) return r;
    let stdout = "";
    let stderr = "";
    const closing = this.fds.splice(mark);
    for (const fd of closing) {
      stderr += fd.stderr;
      let content = "";
      try {
        content = fd.fs.readFile(fd.path);
        fd.fs.remove(fd.path);
      } catch {
        // The command removed or replaced it; nothing left to feed.
      }
      if (fd.dir === ">") {
        const out = run(fd.list, content);
        stdout += out.stdout;
        stderr += out.stderr;
      }
    }
    for (const fs of new Set(closing.map((f) => f.fs))) {
      if (this.fds.some((f) => f.fs === fs)) continue;
      for (const d of [...(this.madeDirs.get(fs) ?? [])].reverse()) {
        try {
          if (fs.readdir(d).length === 0) fs.remove(d);
        } catch {
          // Already gone.
        }
      }
      this.madeDirs.delete(fs);
    }
    if (!r) return r;
    return { stdout: r.stdout + stdout, stderr: stderr + r.stderr, exitCode: r.exitCode };
  }
}
